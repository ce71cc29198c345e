use super::opaque::{classify, Opaque};
use super::{Context, Example, Rule, Source, PROFILE_KINDS};
use crate::diagnostic::Severity;
use crate::syntax::{NodeValue, ScalarStyle, ScalarType};

pub static RULE: Rule = Rule {
    code: "placeholder-value",
    severity: Severity::Error,
    summary: "a placeholder left over from an example: `<id>`, `${var.region}`, `YOUR_SSH_KEY`",
    explanation: "The value still holds a placeholder copied from an example: a name in angle \
brackets (`<id>`, `<admin-group-object-id>`, `<YOUR_SUBSCRIPTION_ID>`), a Terraform interpolation \
(`${var.azure_region}`), which Crossplane and Palette do not evaluate but send as it is, or an \
all-caps `YOUR_...` word (`YOUR_SSH_KEY`). Palette would pass it to Azure literally and the \
deployment fails (or, for admin groups, nobody gets access). Replace it with the real value. \
No other rule reports a placeholder value, so you see the problem once.",
    sources: &[Source::new(
        "Palette docs examples use `<id>`-style placeholders",
        "https://docs.spectrocloud.com/clusters/public-cloud/azure/architecture/",
    )],
    examples: &[
        Example::invalid(
            "\
managedControlPlane:
  aadProfile:
    managed: true
    adminGroupObjectIDs:
      - <admin-group-object-id>
",
        ),
        Example::valid(
            "\
managedControlPlane:
  aadProfile:
    managed: true
    adminGroupObjectIDs:
      - 3f2504e0-4f89-11d3-9a0c-0305e82c3301
",
        ),
    ],
    kinds: PROFILE_KINDS,
    check: Some(check),
};

fn check(cx: &mut Context) {
    let doc = cx.doc;
    for (id, node) in doc.nodes.iter().enumerate() {
        let NodeValue::Scalar(scalar) = &node.value else {
            continue;
        };
        // Block scalars hold embedded YAML, which is checked on its own.
        let single_line = matches!(
            scalar.style,
            ScalarStyle::Plain | ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted
        ) && !scalar.text.contains('\n');
        if cx.is_key(id) || scalar.ty != ScalarType::Str || !single_line || cx.is_deferred(id) {
            continue;
        }
        let Some(Opaque::Placeholder(found)) = classify(&scalar.text) else {
            continue;
        };
        let placeholder = &scalar.text[found];
        let source = &cx.text[node.span.clone()];
        let span = match source.find(placeholder) {
            Some(at) => node.span.start + at..node.span.start + at + placeholder.len(),
            None => node.span.clone(),
        };
        cx.push(RULE.diagnostic(
            span,
            format!(
                "`{placeholder}` is a placeholder from an example; replace it with the real value"
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::kind::DocumentKind::{CrossplaneAks, KubernetesAksValues as Aks};
    use crate::rules::testing::{assert_clean, findings};

    #[test]
    fn flags_doc_placeholders() {
        let text = "managedControlPlane:\n  aadProfile:\n    managed: true\n    adminGroupObjectIDs:\n      - <id>\n";
        assert_eq!(
            findings(text, Aks, "placeholder-value"),
            [("<id>".to_owned(), 5)]
        );
        let xp = "apiVersion: cluster.palette.crossplane.io/v1alpha1\nkind: Aks\nspec:\n  forProvider:\n    cloudConfig:\n      - subscriptionId: \"<YOUR_SUBSCRIPTION_ID>\"\n";
        assert_eq!(
            findings(xp, CrossplaneAks, "placeholder-value"),
            [("<YOUR_SUBSCRIPTION_ID>".to_owned(), 6)]
        );
    }

    #[test]
    fn real_values_pass() {
        assert_clean(
            "managedControlPlane:\n  sku: Free\n  additionalTags:\n    note: a<b\n",
            Aks,
            "placeholder-value",
        );
    }

    #[test]
    fn terraform_interpolations_and_your_words_are_placeholders() {
        // Shapes seen in provider-palette's generated examples and docs.
        let text = "apiVersion: cluster.palette.crossplane.io/v1alpha1\nkind: Aks\nmetadata:\n  name: ${var.cluster_name}\nspec:\n  forProvider:\n    name: ${var.cluster_name}\n    cloudConfig:\n      - subscriptionId: YOUR_AZURE_SUBSCRIPTION_ID\n        region: ${var.azure_region}\n        sshKey: \"YOUR_SSH_KEY\"\n";
        let found = findings(text, CrossplaneAks, "placeholder-value");
        let flagged: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            flagged,
            [
                "${var.cluster_name}",
                "${var.cluster_name}",
                "YOUR_AZURE_SUBSCRIPTION_ID",
                "${var.azure_region}",
                "YOUR_SSH_KEY"
            ]
        );
        // Each is reported once: not also as a GUID, an SSH key or a cluster name.
        let all = crate::rules::testing::diagnostics(text, CrossplaneAks);
        assert!(
            all.iter().all(|d| d.code != "invalid-guid"
                && d.code != "ssh-key"
                && d.code != "cluster-name"),
            "{all:?}"
        );
    }
}
