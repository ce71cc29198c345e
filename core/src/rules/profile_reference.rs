//! A Terraform cluster's `cluster_profile` that references a profile of the module which does
//! not fit it: an infrastructure profile for another cloud, or a pack override for a pack the
//! profile does not have.

use super::{Context, Example, Rule, Source};
use crate::diagnostic::Severity;
use crate::kind::DocumentKind;
use crate::syntax::NodeId;
use crate::terraform::ProfileResource;

pub static RULE: Rule = Rule {
    code: "profile-reference",
    severity: Severity::Warning,
    summary: "a Terraform cluster's `cluster_profile` that references a module profile made for \
another cloud, or overrides a pack that profile does not have",
    explanation: "A `cluster_profile` block gives a cluster a profile by its ID, usually \
`spectrocloud_cluster_profile.NAME.id`. When that profile is declared in the same module (any \
`.tf` file of the folder) with literal arguments, palint compares it with the cluster:
- an infrastructure profile (`type = \"cluster\"` or `\"infra\"`) carries the OS, Kubernetes, network \
and storage layers of one cloud, so its `cloud` must be the cluster's: `aks` for \
`spectrocloud_cluster_aks`, `azure` for `spectrocloud_cluster_azure` (`all` is for add-on \
profiles);
- a `pack` block inside `cluster_profile` overrides the values of one of the profile's packs, by \
name, so a name the profile does not list overrides nothing.
The provider does not check either when planning, and Palette's exact response is not documented, \
so both are warnings. Profiles from data sources or other modules are not judged.",
    sources: &[
        Source::new(
            "Spectro Cloud Terraform provider, spectrocloud_cluster_profile (`cloud`, `type`, `pack`)",
            "https://registry.terraform.io/providers/spectrocloud/spectrocloud/latest/docs/resources/cluster_profile",
        ),
        Source::new(
            "Spectro Cloud Terraform provider, spectrocloud_cluster_aks (`cluster_profile`)",
            "https://registry.terraform.io/providers/spectrocloud/spectrocloud/latest/docs/resources/cluster_aks",
        ),
        Source::new(
            "Palette docs, Cluster Profiles (infrastructure profiles are made for one environment)",
            "https://docs.spectrocloud.com/profiles/cluster-profiles/",
        ),
    ],
    examples: &[
        Example::invalid(
            r#"resource "spectrocloud_cluster_profile" "base" {
  name  = "azure-iaas-base"
  cloud = "azure"
  type  = "cluster"
}

resource "spectrocloud_cluster_aks" "this" {
  name             = "aks-1"
  cloud_account_id = var.account_id
  cluster_profile {
    id = spectrocloud_cluster_profile.base.id
  }
}
"#,
        )
        .as_kind(DocumentKind::TerraformClusterAks),
        Example::valid(
            r#"resource "spectrocloud_cluster_profile" "base" {
  name  = "aks-base"
  cloud = "aks"
  type  = "cluster"
}

resource "spectrocloud_cluster_aks" "this" {
  name             = "aks-1"
  cloud_account_id = var.account_id
  cluster_profile {
    id = spectrocloud_cluster_profile.base.id
  }
}
"#,
        )
        .as_kind(DocumentKind::TerraformClusterAks),
    ],
    kinds: &[
        DocumentKind::TerraformClusterAks,
        DocumentKind::TerraformClusterAzure,
    ],
    check: Some(check),
};

/// The profile resource name in `spectrocloud_cluster_profile.NAME.id`.
fn referenced_name(expression: &str) -> Option<&str> {
    let name = expression
        .trim()
        .strip_prefix("spectrocloud_cluster_profile.")?
        .strip_suffix(".id")?;
    let plain = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    plain.then_some(name)
}

fn check(cx: &mut Context) {
    let Some(module) = cx.terraform_module else {
        return;
    };
    let Some(references) = cx.resource().and_then(|r| cx.doc.get(r, "cluster_profile")) else {
        return;
    };
    let expected = match cx.kind {
        DocumentKind::TerraformClusterAks => "aks",
        _ => "azure",
    };
    let mut found = Vec::new();
    for &reference in cx.doc.items(references) {
        let Some(id) = cx.doc.get(reference, "id") else {
            continue;
        };
        // The reference is an expression, so it is among the deferred spans.
        if !cx.is_deferred(id) {
            continue;
        }
        let Some(name) = referenced_name(&cx.text[cx.doc.span(id)]) else {
            continue;
        };
        let Some(profile) = module.profile(name) else {
            continue;
        };
        if let Some(message) = cloud_mismatch(profile, expected) {
            found.push(RULE.diagnostic(cx.doc.span(id), message));
        }
        found.extend(unknown_pack_overrides(cx, reference, profile));
    }
    cx.diagnostics.extend(found);
}

fn cloud_mismatch(profile: &ProfileResource, expected: &str) -> Option<String> {
    let profile_type = profile.profile_type.as_deref()?;
    if !matches!(profile_type, "cluster" | "infra") {
        return None;
    }
    let cloud = profile.cloud.as_deref()?;
    if cloud == expected || cloud == "all" {
        return None;
    }
    let cluster = if expected == "aks" {
        "an AKS cluster"
    } else {
        "an Azure IaaS cluster"
    };
    Some(format!(
        "`spectrocloud_cluster_profile.{}` is a `{profile_type}` profile for cloud `{cloud}`, but \
         {cluster} needs one for `{expected}`",
        profile.name
    ))
}

fn unknown_pack_overrides(
    cx: &Context,
    reference: NodeId,
    profile: &ProfileResource,
) -> Vec<crate::Diagnostic> {
    let (Some(packs), Some(overrides)) = (&profile.packs, cx.doc.get(reference, "pack")) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for &pack in cx.doc.items(overrides) {
        let Some(name_node) = cx.doc.get(pack, "name").filter(|&n| !cx.is_deferred(n)) else {
            continue;
        };
        let Some(name) = cx.doc.str_value(name_node) else {
            continue;
        };
        if packs.iter().any(|p| p == name) {
            continue;
        }
        let listed = if packs.is_empty() {
            "no packs".to_owned()
        } else {
            packs
                .iter()
                .map(|p| format!("`{p}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        found.push(RULE.diagnostic(
            cx.doc.span(name_node),
            format!(
                "`spectrocloud_cluster_profile.{}` has no pack named `{name}` (it has {listed}); \
                 this override has nothing to override",
                profile.name
            ),
        ));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::referenced_name;

    #[test]
    fn reads_only_plain_profile_references() {
        assert_eq!(
            referenced_name("spectrocloud_cluster_profile.base.id"),
            Some("base")
        );
        assert_eq!(
            referenced_name("data.spectrocloud_cluster_profile.base.id"),
            None
        );
        assert_eq!(
            referenced_name("spectrocloud_cluster_profile.base[0].id"),
            None
        );
        assert_eq!(referenced_name("var.profile_id"), None);
    }
}
