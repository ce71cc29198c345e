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
sign in, and Cluster API for Azure rejects the setting.",
    sources: &[
        Source::new("Palette docs, Create and Manage Azure AKS Cluster and Enable Microsoft Entra ID for AKS", "https://docs.spectrocloud.com/clusters/public-cloud/azure/"),
        Source::unlinked("Cluster API Provider Azure, managed control plane validation"),
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
    kinds: &[DocumentKind::KubernetesAksValues],
    check: Some(check),
};

fn check(cx: &mut Context) {
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
