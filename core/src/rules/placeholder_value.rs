use std::collections::HashSet;

use super::{Context, Rule, PROFILE_KINDS};
use crate::diagnostic::Severity;
use crate::syntax::{NodeValue, ScalarStyle, ScalarType};

pub static RULE: Rule = Rule {
    code: "placeholder-value",
    severity: Severity::Error,
    summary: "a placeholder left over from the docs, like `<id>` or `<YOUR_SUBSCRIPTION_ID>`",
    explanation: "The value still holds a placeholder in angle brackets copied from an example, \
such as `<id>`, `<admin-group-object-id>`, `<pod-cidr>` or `<YOUR_SUBSCRIPTION_ID>`. Palette would \
send it to Azure as it is and the deployment fails (or, for admin groups, nobody gets access). \
Replace it with the real value.",
    source: "Palette docs examples use `<id>`-style placeholders \
(https://docs.spectrocloud.com/clusters/public-cloud/azure/architecture/)",
    kinds: PROFILE_KINDS,
    check: Some(check),
};

/// The byte range of the first `<placeholder>` in `text`.
pub(crate) fn find_placeholder(text: &str) -> Option<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut start = 0;
    while let Some(open) = text[start..].find('<').map(|i| start + i) {
        let body_len = bytes[open + 1..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b' '))
            .count();
        let close = open + 1 + body_len;
        let body = &bytes[open + 1..close];
        let has_letter = body.iter().any(u8::is_ascii_alphabetic);
        let trimmed = body.first().is_some_and(u8::is_ascii_alphanumeric)
            && body.last().is_some_and(u8::is_ascii_alphanumeric);
        if body_len <= 64 && has_letter && trimmed && bytes.get(close) == Some(&b'>') {
            return Some(open..close + 1);
        }
        start = open + 1;
    }
    None
}

fn check(cx: &mut Context) {
    let doc = cx.doc;
    let keys: HashSet<usize> = doc
        .nodes
        .iter()
        .filter_map(|n| match &n.value {
            NodeValue::Mapping(entries) => Some(entries.iter().map(|(k, _)| *k)),
            _ => None,
        })
        .flatten()
        .collect();
    for (id, node) in doc.nodes.iter().enumerate() {
        let NodeValue::Scalar(scalar) = &node.value else {
            continue;
        };
        // Block scalars hold embedded YAML, which is checked on its own.
        let single_line = matches!(
            scalar.style,
            ScalarStyle::Plain | ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted
        ) && !scalar.text.contains('\n');
        if keys.contains(&id) || scalar.ty != ScalarType::Str || !single_line {
            continue;
        }
        let Some(found) = find_placeholder(&scalar.text) else {
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
    use super::find_placeholder;
    use crate::kind::DocumentKind::{CrossplaneAks, KubernetesAksValues as Aks};
    use crate::rules::testing::{assert_clean, findings};

    #[test]
    fn finds_placeholders() {
        assert_eq!(find_placeholder("<id>"), Some(0..4));
        assert_eq!(
            find_placeholder("azure:///subscriptions/<sub-id>/x"),
            Some(23..31)
        );
        assert_eq!(find_placeholder("a < b > c"), None);
        assert_eq!(find_placeholder("<123>"), None);
        assert_eq!(find_placeholder("plain"), None);
    }

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
}
