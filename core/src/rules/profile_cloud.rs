//! A Profile's `cloud` that is a near miss of a Palette cloud type.

use super::{Context, Example, Rule, Source};
use crate::diagnostic::Severity;
use crate::kind::DocumentKind;
use crate::suggest::closest;

pub static RULE: Rule = Rule {
    code: "profile-cloud",
    severity: Severity::Warning,
    summary: "a Profile `cloud` that looks like a misspelled Palette cloud type or an Azure environment name",
    explanation: "`spec.forProvider.cloud` names the infrastructure provider the profile is for, as \
a lowercase Palette cloud type: `all`, `aks`, `azure`, `aws`, `eks`, `gcp`, `gke`, `vsphere`, \
`maas`, `virtual`, `baremetal`, `edge-native` or `generic`. `Azure` or `AKS` (capitals) and Azure \
environment names such as `AzurePublicCloud` (which belong in a cloud account) are near misses: \
the profile would target a provider that does not exist. Palette also accepts custom cloud types \
registered in it, so a name that is not close to a known one is left alone, and this is a warning.",
    sources: &[
        Source::new("provider-palette Profile CRD, `spec.forProvider.cloud`", "https://github.com/crossplane-contrib/provider-palette/blob/main/package/crds/cluster.palette.crossplane.io_profiles.yaml"),
    ],
    examples: &[
        Example::invalid(
            "\
apiVersion: cluster.palette.crossplane.io/v1alpha1
kind: Profile
metadata:
  name: aks-base
spec:
  forProvider:
    name: aks-base
    cloud: Azure
    type: cluster
",
        ),
        Example::valid(
            "\
apiVersion: cluster.palette.crossplane.io/v1alpha1
kind: Profile
metadata:
  name: aks-base
spec:
  forProvider:
    name: aks-base
    cloud: azure
    type: cluster
",
        ),
    ],
    kinds: &[
        DocumentKind::CrossplaneProfile,
        DocumentKind::TerraformClusterProfile,
    ],
    check: Some(check),
};

/// Azure environment names, which belong in a cloud account, not in a profile's `cloud`.
const AZURE_ENVIRONMENTS: &[&str] = &[
    "AzurePublicCloud",
    "AzureUSGovernmentCloud",
    "AzureUSGovernment",
    "AzureChinaCloud",
    "AzureGermanCloud",
];

/// Where the schema describes `cloud`.
fn cloud_path(cx: &Context) -> Vec<crate::syntax::PathSegment> {
    crate::layout::resource_path(cx.kind)
        .iter()
        .chain(&["cloud"])
        .map(|k| crate::syntax::PathSegment::Key((*k).into()))
        .collect()
}

fn check(cx: &mut Context) {
    let doc = cx.doc;
    let Some(provider) = cx.resource() else {
        return;
    };
    let Some((_, value, text)) = cx.string_entry(provider, "cloud") else {
        return;
    };
    let known: Vec<&str> = cx
        .schema
        .node_at(&cloud_path(cx))
        .and_then(|n| n.get("x-palint-known-values"))
        .and_then(|v| v.as_array())
        .map(|values| values.iter().filter_map(|v| v.as_str()).collect())
        .unwrap_or_default();
    if known.contains(&text) {
        return;
    }
    let span = doc.span(value);
    let diagnostic = if AZURE_ENVIRONMENTS
        .iter()
        .any(|e| e.eq_ignore_ascii_case(text.trim()))
    {
        RULE.diagnostic(
            span,
            format!("`{text}` is an Azure environment (it belongs in a cloud account), not a Palette cloud type; use `aks` for AKS or `azure` for Azure IaaS clusters"),
        )
    } else if let Some(better) = closest(text, known.iter().copied()) {
        RULE.diagnostic(
            span.clone(),
            format!("`{text}` is not a Palette cloud type; did you mean `{better}`? (Custom cloud types are allowed, so this is a warning.)"),
        )
        .with_suggestion(format!("Replace with `{better}`"), span, better, text)
    } else {
        return;
    };
    cx.push(diagnostic);
}

#[cfg(test)]
mod tests {
    use crate::kind::DocumentKind::CrossplaneProfile;
    use crate::rules::testing::{apply_first_fix, assert_clean, findings};

    fn profile(cloud: &str) -> String {
        format!("apiVersion: cluster.palette.crossplane.io/v1alpha1\nkind: Profile\nmetadata:\n  name: p\nspec:\n  forProvider:\n    name: p\n    cloud: {cloud}\n    type: cluster\n")
    }

    #[test]
    fn near_misses_and_environments_are_warned() {
        for cloud in ["Azure", "AzurePublicCloud", "AKS", "azur"] {
            assert_eq!(
                findings(&profile(cloud), CrossplaneProfile, "profile-cloud"),
                [(cloud.to_owned(), 8)],
                "{cloud}"
            );
        }
        assert!(
            apply_first_fix(&profile("Azure"), CrossplaneProfile, "profile-cloud")
                .contains("cloud: azure\n")
        );
    }

    #[test]
    fn known_and_custom_clouds_pass() {
        for cloud in ["aks", "azure", "all", "edge-native", "nutanix", "openstack"] {
            assert_clean(&profile(cloud), CrossplaneProfile, "profile-cloud");
        }
    }
}
