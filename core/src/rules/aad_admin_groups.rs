use super::{Context, Example, Rule, Source};
use crate::diagnostic::Severity;
use crate::kind::DocumentKind;

pub static RULE: Rule = Rule {
    code: "aad-admin-groups",
    severity: Severity::Error,
    summary: "`aadProfile.managed: true` without a non-empty `adminGroupObjectIDs`",
    explanation:
        "With `managedControlPlane.aadProfile.managed: true` the cluster uses Microsoft Entra \
ID for Kubernetes authentication, and `adminGroupObjectIDs` lists the Entra groups whose members \
become cluster admins. Palette requires at least one group when `managed` is true; without one, \
the cluster is created with nobody able to administer it through Entra ID. The admin groups cannot \
be changed after the cluster is created, so get them right before deploying.",
    sources: &[Source::new(
        "Palette docs, Azure Architecture and Enable Microsoft Entra ID for AKS",
        "https://docs.spectrocloud.com/clusters/public-cloud/azure/architecture/",
    )],
    examples: &[
        Example::invalid(
            "\
managedControlPlane:
  aadProfile:
    managed: true
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
    kinds: &[DocumentKind::KubernetesAksValues],
    check: Some(check),
};

fn check(cx: &mut Context) {
    let doc = cx.doc;
    let Some(profile) = doc.at_path(&["managedControlPlane", "aadProfile"]) else {
        return;
    };
    let Some((managed_key, managed)) = doc.entry(profile, "managed") else {
        return;
    };
    if !doc.is_true(managed) {
        return;
    }
    let message = "`aadProfile.managed: true` needs at least one Entra ID group object ID in `adminGroupObjectIDs`";
    match doc.entry(profile, "adminGroupObjectIDs") {
        None => {
            cx.push(RULE.diagnostic(doc.span(managed_key).start..doc.span(managed).end, message))
        }
        // An empty list or no value; a string is a `type-mismatch` (or a variable).
        Some((key, list)) if doc.items(list).is_empty() && doc.str_value(list).is_none() => {
            cx.push(RULE.diagnostic(doc.span(key).start..doc.span(list).end, message))
        }
        Some(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use crate::kind::DocumentKind::KubernetesAksValues as Aks;
    use crate::rules::testing::{assert_clean, findings};

    #[test]
    fn managed_needs_groups() {
        let missing = "managedControlPlane:\n  aadProfile:\n    managed: true\n";
        assert_eq!(
            findings(missing, Aks, "aad-admin-groups"),
            [("managed: true".to_owned(), 3)]
        );
        let empty =
            "managedControlPlane:\n  aadProfile:\n    managed: true\n    adminGroupObjectIDs: []\n";
        assert_eq!(
            findings(empty, Aks, "aad-admin-groups"),
            [("adminGroupObjectIDs: []".to_owned(), 4)]
        );
    }

    #[test]
    fn unmanaged_or_filled_is_fine() {
        assert_clean(
            "managedControlPlane:\n  aadProfile:\n    managed: false\n",
            Aks,
            "aad-admin-groups",
        );
        assert_clean(
            "managedControlPlane:\n  aadProfile:\n    managed: true\n    adminGroupObjectIDs:\n      - aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb\n",
            Aks,
            "aad-admin-groups",
        );
    }
}
