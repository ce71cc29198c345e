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
    /// Crossplane provider-palette `Azure` cloud account.
    CrossplaneCloudAccountAzure,
    /// A Kubernetes workload (Deployment, StatefulSet, DaemonSet, Job, CronJob).
    KubernetesWorkload,
    /// palint's own settings file, `.palint.yaml` (recognized by its file name).
    PalintConfig,
    /// Terraform `spectrocloud_cluster_aks` resource.
    TerraformClusterAks,
    /// Terraform `spectrocloud_cluster_azure` resource.
    TerraformClusterAzure,
    /// Terraform `spectrocloud_cluster_profile` resource.
    TerraformClusterProfile,
    /// Terraform `spectrocloud_cloudaccount_azure` resource.
    TerraformCloudAccountAzure,
    /// Cluster API Provider Azure `AzureManagedControlPlane` (v1beta1).
    CapzManagedControlPlane,
    /// Cluster API Provider Azure `AzureManagedMachinePool` (v1beta1).
    CapzManagedMachinePool,
    /// Cluster API Provider Azure `AzureManagedCluster` (v1beta1).
    CapzManagedCluster,
    /// Palette's Cluster API override YAML (`azureManagedControlPlane: {spec: ...}`, ...).
    PaletteCapiOverride,
}

/// Everything palint knows about a document kind, in one place: adding a kind is adding a
/// row here (and its schema file and variant).
pub struct KindSpec {
    pub kind: DocumentKind,
    /// The name used in modelines, the config file, the editors and the schema file name.
    pub name: &'static str,
    pub description: &'static str,
    /// The JSON Schema, as shipped in `schemas/`.
    pub schema: &'static str,
    /// `apiVersion`s and `kind`s that identify the document (empty: recognized otherwise).
    pub api_versions: &'static [&'static str],
    pub kinds: &'static [&'static str],
    /// File names that identify the document whatever its content (empty: none).
    pub file_names: &'static [&'static str],
    /// The Terraform resource type of a block in a `.tf` file (empty: not Terraform).
    pub terraform_resource: &'static str,
    /// Where the document keeps the AKS control plane's settings and the node pool's (paths
    /// from the root to a mapping; empty: none). Rules about those settings read them here,
    /// whatever the format.
    pub control_plane: &'static [&'static str],
    pub machine_pool: &'static [&'static str],
    /// `${VAR}` is a variable filled in before use (clusterctl templates), not a leftover
    /// placeholder.
    pub substitutes_variables: bool,
}

macro_rules! schema_file {
    ($name:literal) => {
        // Minified by build.rs from `schemas/`.
        include_str!(concat!(env!("OUT_DIR"), "/schemas/", $name, ".schema.json"))
    };
}

/// The two API groups of provider-palette's cluster resources (cluster-scoped, namespaced).
pub const CROSSPLANE_API_VERSIONS: [&str; 2] = [
    "cluster.palette.crossplane.io/v1alpha1",
    "cluster.palette.m.crossplane.io/v1alpha1",
];

/// Cluster API Provider Azure's API group and version.
pub const CAPZ_API_VERSION: &str = "infrastructure.cluster.x-k8s.io/v1beta1";

/// The top-level keys of Palette's Cluster API override YAML (Azure).
const OVERRIDE_KEYS: [&str; 4] = [
    "azureManagedControlPlane",
    "azureManagedMachinePool",
    "azureCluster",
    "azureMachineTemplate",
];

/// The kind registry.
pub static KINDS: [KindSpec; 15] = [
    KindSpec {
        kind: DocumentKind::KubernetesAksValues,
        name: "kubernetes-aks-values",
        description: "AKS Kubernetes layer values (kubernetes-aks pack)",
        schema: schema_file!("kubernetes-aks-values"),
        api_versions: &[],
        kinds: &[],
        file_names: &[],
        terraform_resource: "",
        control_plane: &["managedControlPlane"],
        machine_pool: &["managedMachinePool"],
        substitutes_variables: false,
    },
    KindSpec {
        kind: DocumentKind::CrossplaneAks,
        name: "crossplane-aks",
        description: "Crossplane Palette Aks cluster",
        schema: schema_file!("crossplane-aks"),
        api_versions: &CROSSPLANE_API_VERSIONS,
        kinds: &["Aks"],
        file_names: &[],
        terraform_resource: "",
        control_plane: &[],
        machine_pool: &[],
        substitutes_variables: false,
    },
    KindSpec {
        kind: DocumentKind::CrossplaneAzure,
        name: "crossplane-azure",
        description: "Crossplane Palette Azure IaaS cluster",
        schema: schema_file!("crossplane-azure"),
        api_versions: &CROSSPLANE_API_VERSIONS,
        kinds: &["Azure"],
        file_names: &[],
        terraform_resource: "",
        control_plane: &[],
        machine_pool: &[],
        substitutes_variables: false,
    },
    KindSpec {
        kind: DocumentKind::CrossplaneProfile,
        name: "crossplane-profile",
        description: "Crossplane Palette cluster Profile",
        schema: schema_file!("crossplane-profile"),
        api_versions: &CROSSPLANE_API_VERSIONS,
        kinds: &["Profile"],
        file_names: &[],
        terraform_resource: "",
        control_plane: &[],
        machine_pool: &[],
        substitutes_variables: false,
    },
    KindSpec {
        kind: DocumentKind::CrossplaneCloudAccountAzure,
        name: "crossplane-cloudaccount-azure",
        description: "Crossplane Palette Azure cloud account",
        schema: schema_file!("crossplane-cloudaccount-azure"),
        api_versions: &[
            "cloudaccount.palette.crossplane.io/v1alpha1",
            "cloudaccount.palette.m.crossplane.io/v1alpha1",
        ],
        kinds: &["Azure"],
        file_names: &[],
        terraform_resource: "",
        control_plane: &[],
        machine_pool: &[],
        substitutes_variables: false,
    },
    KindSpec {
        kind: DocumentKind::KubernetesWorkload,
        name: "kubernetes-workload",
        description: "Kubernetes workload",
        schema: schema_file!("kubernetes-workload"),
        api_versions: &["apps/v1", "batch/v1", "batch/v1beta1"],
        kinds: &["Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob"],
        file_names: &[],
        terraform_resource: "",
        control_plane: &[],
        machine_pool: &[],
        substitutes_variables: false,
    },
    KindSpec {
        kind: DocumentKind::PalintConfig,
        name: "palint-config",
        description: "palint settings (.palint.yaml)",
        schema: schema_file!("palint-config"),
        api_versions: &[],
        kinds: &[],
        file_names: &[crate::config::CONFIG_FILE_NAME],
        terraform_resource: "",
        control_plane: &[],
        machine_pool: &[],
        substitutes_variables: false,
    },
    KindSpec {
        kind: DocumentKind::TerraformClusterAks,
        name: "terraform-cluster-aks",
        description: "Terraform spectrocloud_cluster_aks",
        schema: schema_file!("terraform-cluster-aks"),
        api_versions: &[],
        kinds: &[],
        file_names: &[],
        terraform_resource: "spectrocloud_cluster_aks",
        control_plane: &[],
        machine_pool: &[],
        substitutes_variables: false,
    },
    KindSpec {
        kind: DocumentKind::TerraformClusterAzure,
        name: "terraform-cluster-azure",
        description: "Terraform spectrocloud_cluster_azure",
        schema: schema_file!("terraform-cluster-azure"),
        api_versions: &[],
        kinds: &[],
        file_names: &[],
        terraform_resource: "spectrocloud_cluster_azure",
        control_plane: &[],
        machine_pool: &[],
        substitutes_variables: false,
    },
    KindSpec {
        kind: DocumentKind::TerraformClusterProfile,
        name: "terraform-cluster-profile",
        description: "Terraform spectrocloud_cluster_profile",
        schema: schema_file!("terraform-cluster-profile"),
        api_versions: &[],
        kinds: &[],
        file_names: &[],
        terraform_resource: "spectrocloud_cluster_profile",
        control_plane: &[],
        machine_pool: &[],
        substitutes_variables: false,
    },
    KindSpec {
        kind: DocumentKind::TerraformCloudAccountAzure,
        name: "terraform-cloudaccount-azure",
        description: "Terraform spectrocloud_cloudaccount_azure",
        schema: schema_file!("terraform-cloudaccount-azure"),
        api_versions: &[],
        kinds: &[],
        file_names: &[],
        terraform_resource: "spectrocloud_cloudaccount_azure",
        control_plane: &[],
        machine_pool: &[],
        substitutes_variables: false,
    },
    KindSpec {
        kind: DocumentKind::CapzManagedControlPlane,
        name: "capz-managed-control-plane",
        description: "Cluster API Azure AzureManagedControlPlane",
        schema: schema_file!("capz-managed-control-plane"),
        api_versions: &[CAPZ_API_VERSION],
        kinds: &["AzureManagedControlPlane"],
        file_names: &[],
        terraform_resource: "",
        control_plane: &["spec"],
        machine_pool: &[],
        substitutes_variables: true,
    },
    KindSpec {
        kind: DocumentKind::CapzManagedMachinePool,
        name: "capz-managed-machine-pool",
        description: "Cluster API Azure AzureManagedMachinePool",
        schema: schema_file!("capz-managed-machine-pool"),
        api_versions: &[CAPZ_API_VERSION],
        kinds: &["AzureManagedMachinePool"],
        file_names: &[],
        terraform_resource: "",
        control_plane: &[],
        machine_pool: &["spec"],
        substitutes_variables: true,
    },
    KindSpec {
        kind: DocumentKind::CapzManagedCluster,
        name: "capz-managed-cluster",
        description: "Cluster API Azure AzureManagedCluster",
        schema: schema_file!("capz-managed-cluster"),
        api_versions: &[CAPZ_API_VERSION],
        kinds: &["AzureManagedCluster"],
        file_names: &[],
        terraform_resource: "",
        control_plane: &[],
        machine_pool: &[],
        substitutes_variables: true,
    },
    KindSpec {
        kind: DocumentKind::PaletteCapiOverride,
        name: "palette-capi-override",
        description: "Palette Cluster API override (Azure)",
        schema: schema_file!("palette-capi-override"),
        api_versions: &[],
        kinds: &[],
        file_names: &[],
        terraform_resource: "",
        control_plane: &["azureManagedControlPlane", "spec"],
        machine_pool: &["azureManagedMachinePool", "spec"],
        substitutes_variables: false,
    },
];

impl DocumentKind {
    pub const ALL: [DocumentKind; 15] = [
        DocumentKind::KubernetesAksValues,
        DocumentKind::CrossplaneAks,
        DocumentKind::CrossplaneAzure,
        DocumentKind::CrossplaneProfile,
        DocumentKind::CrossplaneCloudAccountAzure,
        DocumentKind::KubernetesWorkload,
        DocumentKind::PalintConfig,
        DocumentKind::TerraformClusterAks,
        DocumentKind::TerraformClusterAzure,
        DocumentKind::TerraformClusterProfile,
        DocumentKind::TerraformCloudAccountAzure,
        DocumentKind::CapzManagedControlPlane,
        DocumentKind::CapzManagedMachinePool,
        DocumentKind::CapzManagedCluster,
        DocumentKind::PaletteCapiOverride,
    ];

    /// The kind's row in the registry.
    pub fn spec(self) -> &'static KindSpec {
        // `ALL` and `KINDS` list the kinds in the same order (tested).
        &KINDS[self as usize]
    }

    /// The name used in modelines, the config file and the schema file name.
    pub fn name(self) -> &'static str {
        self.spec().name
    }

    pub fn description(self) -> &'static str {
        self.spec().description
    }

    pub fn from_name(name: &str) -> Option<DocumentKind> {
        KINDS.iter().find(|k| k.name == name).map(|k| k.kind)
    }

    /// A kind a whole file can be set to (`--kind`, a config glob, a modeline): any kind but
    /// a Terraform resource, which is chosen per block.
    pub fn forceable(name: &str) -> Option<DocumentKind> {
        DocumentKind::from_name(name).filter(|k| k.is_forceable())
    }

    /// Whether a whole file can be set to this kind (see [`DocumentKind::forceable`]).
    pub fn is_forceable(self) -> bool {
        !self.is_terraform()
    }

    /// A Terraform resource (read from HCL, not YAML).
    pub fn is_terraform(self) -> bool {
        !self.spec().terraform_resource.is_empty()
    }

    /// A provider-palette managed resource.
    pub fn is_crossplane(self) -> bool {
        self.spec()
            .api_versions
            .iter()
            .any(|a| a.contains(".palette."))
    }
}

impl std::fmt::Display for DocumentKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The registered kind with this `apiVersion` and `kind`.
fn by_api(api_version: &str, kind: &str) -> Option<DocumentKind> {
    KINDS
        .iter()
        .find(|k| k.api_versions.contains(&api_version) && k.kinds.contains(&kind))
        .map(|k| k.kind)
}

/// The kind of a Terraform resource block, by its resource type.
pub fn for_terraform_resource(resource_type: &str) -> Option<DocumentKind> {
    KINDS
        .iter()
        .find(|k| !k.terraform_resource.is_empty() && k.terraform_resource == resource_type)
        .map(|k| k.kind)
}

/// True for a path whose file palint reads as Terraform.
pub fn is_terraform_path(path: &str) -> bool {
    path.ends_with(".tf")
}

/// The kind a file is by its name alone (`.palint.yaml`); `path` may be a full path.
pub fn for_file_name(path: &str) -> Option<DocumentKind> {
    let name = path.rsplit(['/', '\\']).next()?;
    KINDS
        .iter()
        .find(|k| k.file_names.contains(&name))
        .map(|k| k.kind)
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
        return by_api(api_version, kind);
    }
    if is_capi_override(doc, root) {
        return Some(DocumentKind::PaletteCapiOverride);
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

/// Palette's override YAML: every top-level key is an Azure override key holding a mapping
/// with `spec` (the AWS, GCP and vSphere overrides use other keys).
fn is_capi_override(doc: &Document, root: usize) -> bool {
    let entries = doc.entries(root);
    !entries.is_empty()
        && entries.iter().all(|&(k, v)| {
            doc.key_text(k)
                .is_some_and(|key| OVERRIDE_KEYS.contains(&key))
                && doc.get(v, "spec").is_some()
        })
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
        } else if OVERRIDE_KEYS.iter().any(|k| {
            line.strip_prefix(k)
                .is_some_and(|rest| rest.starts_with(':'))
        }) {
            return Some(DocumentKind::PaletteCapiOverride);
        } else if line.starts_with("managedControlPlane:")
            || line.starts_with("managedMachinePool:")
        {
            return Some(DocumentKind::KubernetesAksValues);
        }
    }
    by_api(api_version?, kind?)
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
        assert_eq!(
            kind_of("apiVersion: cloudaccount.palette.m.crossplane.io/v1alpha1\nkind: Azure\n"),
            Some(DocumentKind::CrossplaneCloudAccountAzure)
        );
        assert_eq!(
            kind_of("apiVersion: cloudaccount.palette.crossplane.io/v1alpha1\nkind: Aws\n"),
            None
        );
    }

    #[test]
    fn registry_rows_follow_the_enum() {
        for (i, kind) in DocumentKind::ALL.into_iter().enumerate() {
            assert_eq!(KINDS[i].kind, kind);
            assert_eq!(kind as usize, i);
            assert_eq!(DocumentKind::from_name(kind.name()), Some(kind));
        }
    }

    #[test]
    fn detects_capz_and_overrides() {
        assert_eq!(
            kind_of("apiVersion: infrastructure.cluster.x-k8s.io/v1beta1\nkind: AzureManagedControlPlane\n"),
            Some(DocumentKind::CapzManagedControlPlane)
        );
        assert_eq!(
            kind_of(
                "apiVersion: infrastructure.cluster.x-k8s.io/v1beta1\nkind: AzureMachinePool\n"
            ),
            None
        );
        assert_eq!(
            kind_of("apiVersion: infrastructure.cluster.x-k8s.io/v1beta2\nkind: AWSManagedControlPlane\n"),
            None
        );
        assert_eq!(
            kind_of("azureManagedControlPlane:\n  spec:\n    sku:\n      tier: Free\n"),
            Some(DocumentKind::PaletteCapiOverride)
        );
        // Other clouds' overrides, and a bare `spec`, are left alone.
        assert_eq!(
            kind_of("awsManagedControlPlane:\n  spec:\n    x: 1\n"),
            None
        );
        assert_eq!(kind_of("spec:\n  controlPlaneEndpoint: {}\n"), None);
        assert_eq!(kind_of("azureCluster:\n  location: x\n"), None);
    }

    #[test]
    fn recognizes_file_names() {
        assert_eq!(
            for_file_name("/repo/team/.palint.yaml"),
            Some(DocumentKind::PalintConfig)
        );
        assert_eq!(
            for_file_name(".palint.yaml"),
            Some(DocumentKind::PalintConfig)
        );
        assert_eq!(for_file_name("/repo/palint.yaml"), None);
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
