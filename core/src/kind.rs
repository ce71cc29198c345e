//! Which kind of document a YAML document is, and so which schema and rules apply.

use crate::syntax::Document;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocumentKind {
    /// Values of the `kubernetes-aks` pack layer of a cluster profile.
    KubernetesAksValues,
    /// Crossplane provider-palette `Aks` cluster.
    CrossplaneAks,
    /// Crossplane provider-palette `Azure` (IaaS) cluster.
    CrossplaneAzure,
    /// Crossplane provider-palette `Profile` (cluster profile).
    CrossplaneProfile,
    /// A Kubernetes workload (Deployment, StatefulSet, DaemonSet, Job, CronJob).
    KubernetesWorkload,
}

/// The two API groups of provider-palette's cluster resources (cluster-scoped, namespaced).
pub const CROSSPLANE_API_VERSIONS: [&str; 2] = [
    "cluster.palette.crossplane.io/v1alpha1",
    "cluster.palette.m.crossplane.io/v1alpha1",
];

const WORKLOAD_KINDS: [&str; 5] = ["Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob"];

impl DocumentKind {
    pub const ALL: [DocumentKind; 5] = [
        DocumentKind::KubernetesAksValues,
        DocumentKind::CrossplaneAks,
        DocumentKind::CrossplaneAzure,
        DocumentKind::CrossplaneProfile,
        DocumentKind::KubernetesWorkload,
    ];

    /// The name used in modelines, the config file and the schema file name.
    pub fn name(self) -> &'static str {
        match self {
            DocumentKind::KubernetesAksValues => "kubernetes-aks-values",
            DocumentKind::CrossplaneAks => "crossplane-aks",
            DocumentKind::CrossplaneAzure => "crossplane-azure",
            DocumentKind::CrossplaneProfile => "crossplane-profile",
            DocumentKind::KubernetesWorkload => "kubernetes-workload",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            DocumentKind::KubernetesAksValues => {
                "AKS Kubernetes layer values (kubernetes-aks pack)"
            }
            DocumentKind::CrossplaneAks => "Crossplane Palette Aks cluster",
            DocumentKind::CrossplaneAzure => "Crossplane Palette Azure IaaS cluster",
            DocumentKind::CrossplaneProfile => "Crossplane Palette cluster Profile",
            DocumentKind::KubernetesWorkload => "Kubernetes workload",
        }
    }

    pub fn from_name(name: &str) -> Option<DocumentKind> {
        DocumentKind::ALL.into_iter().find(|k| k.name() == name)
    }

    pub fn is_crossplane(self) -> bool {
        matches!(
            self,
            DocumentKind::CrossplaneAks
                | DocumentKind::CrossplaneAzure
                | DocumentKind::CrossplaneProfile
        )
    }
}

impl std::fmt::Display for DocumentKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Recognizes a document by its content. Anything unrecognized is `None` and is not checked:
/// a GitHub workflow with `sku: Premium` in it must stay silent.
pub fn detect(doc: &Document) -> Option<DocumentKind> {
    let root = doc.root?;
    if !doc.is_mapping(root) {
        return None;
    }
    let api_version = doc.get(root, "apiVersion").and_then(|v| doc.str_value(v));
    let kind = doc.get(root, "kind").and_then(|v| doc.str_value(v));
    if let (Some(api_version), Some(kind)) = (api_version, kind) {
        if CROSSPLANE_API_VERSIONS.contains(&api_version) {
            return match kind {
                "Aks" => Some(DocumentKind::CrossplaneAks),
                "Azure" => Some(DocumentKind::CrossplaneAzure),
                "Profile" => Some(DocumentKind::CrossplaneProfile),
                _ => None,
            };
        }
        let workload_api = matches!(api_version, "apps/v1" | "batch/v1" | "batch/v1beta1");
        if workload_api && WORKLOAD_KINDS.contains(&kind) {
            return Some(DocumentKind::KubernetesWorkload);
        }
        return None;
    }
    let layers: Vec<_> = ["managedControlPlane", "managedMachinePool"]
        .iter()
        .filter_map(|key| doc.get(root, key).map(|v| (*key, v)))
        .filter(|(_, v)| doc.is_mapping(*v))
        .collect();
    let other_cloud = layers.iter().any(|(layer, map)| {
        doc.entries(*map).iter().any(|(k, _)| {
            doc.key_text(*k)
                .is_some_and(|key| is_other_cloud_key(layer, key))
        })
    });
    (!layers.is_empty() && !other_cloud).then_some(DocumentKind::KubernetesAksValues)
}

/// Keys that the EKS and GKE Kubernetes layers have under the same top-level
/// `managedControlPlane` / `managedMachinePool` mappings and AKS does not (from Cluster API's
/// AWS and GCP managed control planes and machine pools, and Palette's EKS pack). One of them
/// means the values are not AKS values.
fn is_other_cloud_key(layer: &str, key: &str) -> bool {
    const CONTROL_PLANE: &[&str] = &[
        // EKS
        "addons",
        "associateOIDCProvider",
        "bastion",
        "disableVPCCNI",
        "eksClusterName",
        "encryptionConfig",
        "endpointAccess",
        "fargateProfiles",
        "iamAuthenticatorConfig",
        "irsaRoles",
        "kubeProxy",
        "logging",
        "oidcIdentityProvider",
        "oidcIdentityProviderConfig",
        "region",
        "restrictPrivateSubnets",
        "roleAdditionalPolicies",
        "roleName",
        "secondaryCidrBlock",
        "sshKeyName",
        "tokenMethod",
        "vpcCni",
        // GKE
        "enableAutopilot",
        "location",
        "masterAuthorizedNetworksConfig",
        "project",
        "releaseChannel",
    ];
    const MACHINE_POOL: &[&str] = &[
        // EKS
        "amiType",
        "amiVersion",
        "awsLaunchTemplate",
        "capacityType",
        "diskSize",
        "eksNodegroupName",
        "instanceType",
        "remoteAccess",
        "roleAdditionalPolicies",
        "roleName",
        "subnetIDs",
        "updateConfig",
        // GKE
        "diskSizeGb",
        "imageType",
        "machineType",
        "nodePoolName",
    ];
    let keys = if layer == "managedControlPlane" {
        CONTROL_PLANE
    } else {
        MACHINE_POOL
    };
    keys.contains(&key)
}

/// A fallback for a document that did not parse far enough to be recognized: looks for the
/// top-level lines that identify each kind, so its syntax error is still reported.
pub fn detect_text(text: &str) -> Option<DocumentKind> {
    let mut api_version = None;
    let mut kind = None;
    for line in text.lines().take(200) {
        let line = line.trim_end();
        if let Some(value) = line.strip_prefix("apiVersion:") {
            api_version = Some(value.trim().trim_matches(['"', '\'']));
        } else if let Some(value) = line.strip_prefix("kind:") {
            kind = Some(value.trim().trim_matches(['"', '\'']));
        } else if line.starts_with("managedControlPlane:")
            || line.starts_with("managedMachinePool:")
        {
            return Some(DocumentKind::KubernetesAksValues);
        }
    }
    match (api_version?, kind?) {
        (api, "Aks") if CROSSPLANE_API_VERSIONS.contains(&api) => Some(DocumentKind::CrossplaneAks),
        (api, "Azure") if CROSSPLANE_API_VERSIONS.contains(&api) => {
            Some(DocumentKind::CrossplaneAzure)
        }
        (api, "Profile") if CROSSPLANE_API_VERSIONS.contains(&api) => {
            Some(DocumentKind::CrossplaneProfile)
        }
        ("apps/v1" | "batch/v1" | "batch/v1beta1", k) if WORKLOAD_KINDS.contains(&k) => {
            Some(DocumentKind::KubernetesWorkload)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::parse;

    fn kind_of(text: &str) -> Option<DocumentKind> {
        parse(text).documents.first().and_then(detect)
    }

    #[test]
    fn detects_each_kind() {
        assert_eq!(
            kind_of("managedControlPlane:\n  sku: Free\n"),
            Some(DocumentKind::KubernetesAksValues)
        );
        assert_eq!(
            kind_of("apiVersion: cluster.palette.crossplane.io/v1alpha1\nkind: Aks\n"),
            Some(DocumentKind::CrossplaneAks)
        );
        assert_eq!(
            kind_of("apiVersion: cluster.palette.m.crossplane.io/v1alpha1\nkind: Profile\n"),
            Some(DocumentKind::CrossplaneProfile)
        );
        assert_eq!(
            kind_of("apiVersion: apps/v1\nkind: Deployment\n"),
            Some(DocumentKind::KubernetesWorkload)
        );
    }

    #[test]
    fn ignores_other_yaml() {
        assert_eq!(kind_of("jobs:\n  build:\n    sku: Premium\n"), None);
        assert_eq!(kind_of("services:\n  web:\n    image: azure\n"), None);
        assert_eq!(kind_of("apiVersion: v1\nkind: ConfigMap\n"), None);
        assert_eq!(kind_of("managedControlPlane: text\n"), None);
        assert_eq!(kind_of("- a\n- b\n"), None);
        // The kubernetes-eks pack's values use the same top-level keys.
        assert_eq!(
            kind_of("managedControlPlane:\n  logging:\n    apiServer: false\n  irsaRoles: []\nmanagedMachinePool:\n  roleName: nodes\n"),
            None
        );
        assert_eq!(
            kind_of("managedMachinePool:\n  roleAdditionalPolicies:\n    - arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy\n"),
            None
        );
        assert_eq!(kind_of(""), None);
    }
}
