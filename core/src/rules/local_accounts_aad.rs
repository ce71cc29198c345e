use super::{Context, Example, Rule, Source};
use crate::diagnostic::Severity;
use crate::kind::DocumentKind;

pub static RULE: Rule = Rule {
    code: "local-accounts-aad",
    severity: Severity::Error,
    summary: "`disableLocalAccounts: true` without Entra ID (`aadProfile.managed: true`)",
    explanation:
        "`managedControlPlane.aadProfile.disableLocalAccounts: true` turns off the cluster's \
local admin credentials, leaving Microsoft Entra ID as the only way in. It is only allowed on \
clusters with managed Entra ID integration (`aadProfile.managed: true`); without it nobody could \
sign in, and Cluster API for Azure rejects the setting.

In a Cluster API `AzureManagedControlPlane` the field is `spec.disableLocalAccounts`, next to \
`spec.aadProfile`, and CAPZ's webhook rejects it, with any value, when there is no `aadProfile`. \
(In an override Palette may set the profile itself, so overrides are not checked.)",
    sources: &[
        Source::new("Palette docs, Create and Manage Azure AKS Cluster and Enable Microsoft Entra ID for AKS", "https://docs.spectrocloud.com/clusters/public-cloud/azure/"),
        Source::new("Cluster API Provider Azure, AzureManagedControlPlane webhook (validateAzureManagedControlPlaneDisableLocalAccounts)", "https://github.com/kubernetes-sigs/cluster-api-provider-azure/blob/69ec3a40a818ccbc32b8ce88c84609404d8cb7a2/internal/webhooks/azuremanagedcontrolplane_validation.go#L169-L176"),
    ],
    examples: &[
        Example::invalid(
            "\
managedControlPlane:
  aadProfile:
    managed: false
    disableLocalAccounts: true
",
        ),
        Example::valid(
            "\
managedControlPlane:
  aadProfile:
    managed: true
    adminGroupObjectIDs: [3f2504e0-4f89-11d3-9a0c-0305e82c3301]
    disableLocalAccounts: true
",
        ),
    ],
    kinds: &[
        DocumentKind::KubernetesAksValues,
        DocumentKind::CapzManagedControlPlane,
    ],
    check: Some(check),
};

/// Cluster API for Azure keeps `disableLocalAccounts` beside `aadProfile`, and its webhook
/// rejects it (any value) without an `aadProfile`.
fn check_capz(cx: &mut Context) {
    let doc = cx.doc;
    let Some(plane) = cx.control_plane() else {
        return;
    };
    let Some((key, value)) = doc.entry(plane, "disableLocalAccounts") else {
        return;
    };
    if doc.get(plane, "aadProfile").is_some() {
        return;
    }
    cx.push(RULE.diagnostic(
        doc.span(key).start..doc.span(value).end,
        "`spec.disableLocalAccounts` is only allowed on clusters with Entra ID: add `spec.aadProfile` (`managed: true` and `adminGroupObjectIDs`); Cluster API for Azure rejects it otherwise, even when `false`",
    ));
}

fn check(cx: &mut Context) {
    if cx.kind == DocumentKind::CapzManagedControlPlane {
        check_capz(cx);
        return;
    }
    let doc = cx.doc;
    let Some(profile) = doc.at_path(&["managedControlPlane", "aadProfile"]) else {
        return;
    };
    let Some((key, value)) = doc.entry(profile, "disableLocalAccounts") else {
        return;
    };
    if !doc.is_true(value) {
        return;
    }
    if !doc
        .get(profile, "managed")
        .is_some_and(|m| cx.may_be_true(m))
    {
        cx.push(RULE.diagnostic(
            doc.span(key).start..doc.span(value).end,
            "`disableLocalAccounts: true` needs Entra ID integration: set `aadProfile.managed: true` (with admin groups)",
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::kind::DocumentKind::KubernetesAksValues as Aks;
    use crate::rules::testing::{assert_clean, findings};

    #[test]
    fn capz_needs_an_aad_profile() {
        use crate::kind::DocumentKind::CapzManagedControlPlane as Capz;
        let doc = "apiVersion: infrastructure.cluster.x-k8s.io/v1beta1\nkind: AzureManagedControlPlane\nmetadata:\n  name: c\nspec:\n  disableLocalAccounts: false\n";
        assert_eq!(
            findings(doc, Capz, "local-accounts-aad"),
            [("disableLocalAccounts: false".to_owned(), 6)]
        );
        let with = doc.replace("spec:\n", "spec:\n  aadProfile:\n    managed: true\n    adminGroupObjectIDs: [3f2504e0-4f89-11d3-9a0c-0305e82c3301]\n");
        assert_clean(&with, Capz, "local-accounts-aad");
    }

    #[test]
    fn requires_managed_aad() {
        let text = "managedControlPlane:\n  aadProfile:\n    managed: false\n    disableLocalAccounts: true\n";
        assert_eq!(
            findings(text, Aks, "local-accounts-aad"),
            [("disableLocalAccounts: true".to_owned(), 4)]
        );
        assert_clean(
            &text.replace("managed: false", "managed: true"),
            Aks,
            "local-accounts-aad",
        );
    }
}
