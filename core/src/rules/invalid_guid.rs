use super::opaque::classify;
use super::{Context, Example, Rule, Source};
use crate::diagnostic::Severity;
use crate::kind::DocumentKind;
use crate::syntax::{NodeId, ScalarType};

pub static RULE: Rule = Rule {
    code: "invalid-guid",
    severity: Severity::Error,
    summary: "an admin group, subscription, tenant or client ID that is not a GUID",
    explanation:
        "Microsoft Entra ID group object IDs (`aadProfile.adminGroupObjectIDs`) and Azure \
subscription IDs (`subscriptionId`), and a cloud account's tenant and client (application) IDs \
(`azureTenantId`, `azureClientId`) are GUIDs: 32 hexadecimal digits in groups of 8-4-4-4-12, such \
as `aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb`. A group name, a display name or a truncated ID is \
rejected by Azure; with `managed: true` it can leave the cluster without any admin.",
    sources: &[
        Source::new(
            "Palette docs, Enable Microsoft Entra ID for AKS",
            "https://docs.spectrocloud.com/clusters/public-cloud/azure/",
        ),
        Source::unlinked("Azure Resource Manager subscription IDs"),
    ],
    examples: &[
        Example::invalid(
            "\
managedControlPlane:
  aadProfile:
    managed: true
    adminGroupObjectIDs:
      - platform-admins
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
    kinds: &[
        DocumentKind::KubernetesAksValues,
        DocumentKind::CapzManagedControlPlane,
        DocumentKind::PaletteCapiOverride,
        DocumentKind::CrossplaneAks,
        DocumentKind::CrossplaneAzure,
        DocumentKind::CrossplaneCloudAccountAzure,
        DocumentKind::TerraformClusterAks,
        DocumentKind::TerraformClusterAzure,
        DocumentKind::TerraformCloudAccountAzure,
    ],
    check: Some(check),
};

/// 8-4-4-4-12 hexadecimal digits.
pub(crate) fn is_guid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, len)| g.len() == len && g.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn check(cx: &mut Context) {
    let doc = cx.doc;
    let mut candidates: Vec<(NodeId, &str)> = Vec::new();
    if let Some(plane) = cx.control_plane() {
        if let Some(list) = doc
            .get(plane, "aadProfile")
            .and_then(|profile| doc.get(profile, "adminGroupObjectIDs"))
        {
            candidates.extend(
                doc.items(list)
                    .iter()
                    .map(|&id| (id, "admin group object ID")),
            );
        }
    } else if matches!(
        cx.kind,
        DocumentKind::CrossplaneCloudAccountAzure | DocumentKind::TerraformCloudAccountAzure
    ) {
        for (field, what) in [
            ("azureTenantId", "tenant ID"),
            ("azureClientId", "client ID"),
        ] {
            if let Some(id) = cx.resource().and_then(|r| cx.get(r, field)) {
                candidates.push((id, what));
            }
        }
    } else {
        for config in cx.cloud_configs() {
            if let Some(id) = cx.get(config, "subscriptionId") {
                candidates.push((id, "subscription ID"));
            }
        }
    }
    for (id, what) in candidates {
        let Some(scalar) = doc.scalar(id) else {
            continue;
        };
        if scalar.ty == ScalarType::Null || classify(&scalar.text).is_some() {
            continue;
        }
        let text = scalar.text.as_str();
        if is_guid(text) {
            continue;
        }
        let cleaned = text.trim().trim_start_matches('{').trim_end_matches('}');
        let mut d = RULE.diagnostic(
            doc.span(id),
            format!("`{text}` is not a valid {what}: expected a GUID like `aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb`"),
        );
        if is_guid(cleaned) {
            d = d.with_fix(format!("Replace with `{cleaned}`"), doc.span(id), cleaned);
        }
        cx.push(d);
    }
}

#[cfg(test)]
mod tests {
    use super::is_guid;
    use crate::kind::DocumentKind::{CrossplaneAzure, KubernetesAksValues as Aks};
    use crate::rules::testing::{apply_first_fix, assert_clean, findings};

    #[test]
    fn guid_shape() {
        assert!(is_guid("aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb"));
        assert!(is_guid("3F2504E0-4F89-11D3-9A0C-0305E82C3301"));
        assert!(!is_guid("3F2504E04F8911D39A0C0305E82C3301"));
        assert!(!is_guid("platform-admins"));
        assert!(!is_guid("aaaaaaaa-0000-1111-2222-bbbbbbbbbbbz"));
    }

    #[test]
    fn checks_admin_groups() {
        let text = "managedControlPlane:\n  aadProfile:\n    managed: true\n    adminGroupObjectIDs:\n      - platform-admins\n      - aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb\n";
        assert_eq!(
            findings(text, Aks, "invalid-guid"),
            [("platform-admins".to_owned(), 5)]
        );
    }

    #[test]
    fn checks_subscription_and_strips_braces() {
        let text = "apiVersion: cluster.palette.crossplane.io/v1alpha1\nkind: Azure\nspec:\n  forProvider:\n    cloudConfig:\n      - subscriptionId: \"{aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb}\"\n";
        assert_eq!(findings(text, CrossplaneAzure, "invalid-guid").len(), 1);
        assert!(apply_first_fix(text, CrossplaneAzure, "invalid-guid")
            .contains("subscriptionId: aaaaaaaa-0000"));
    }

    #[test]
    fn placeholders_are_left_to_their_rule() {
        assert_clean("managedControlPlane:\n  aadProfile:\n    managed: true\n    adminGroupObjectIDs: [<id>]\n", Aks, "invalid-guid");
    }

    #[test]
    fn cloud_account_ids() {
        let text = "apiVersion: cloudaccount.palette.crossplane.io/v1alpha1\nkind: Azure\nmetadata:\n  name: a\nspec:\n  forProvider:\n    name: a\n    cloud: AzurePublicCloud\n    azureTenantId: \"<YOUR_AZURE_TENANT_ID>\"\n    azureClientId: my-app\n    azureClientSecretSecretRef: {key: k, name: n, namespace: ns}\n";
        let kind = crate::kind::DocumentKind::CrossplaneCloudAccountAzure;
        assert_eq!(
            findings(text, kind, "invalid-guid"),
            [("my-app".to_owned(), 10)]
        );
        assert_eq!(
            findings(text, kind, "placeholder-value"),
            [("<YOUR_AZURE_TENANT_ID>".to_owned(), 9)]
        );
        let codes: Vec<&str> = crate::rules::testing::diagnostics(text, kind)
            .iter()
            .map(|d| d.code)
            .collect();
        assert_eq!(codes, ["placeholder-value", "invalid-guid"]);
    }
}
