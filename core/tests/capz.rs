//! Cluster API Azure manifests and Palette's override YAML: copies of real files from
//! `tests/corpus/` with seeded mistakes are reported with exact ranges, and the real files
//! themselves are clean (the corpus snapshot covers all of them).

use palint_core::{check, Options};

fn corpus(path: &str) -> String {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/corpus/");
    std::fs::read_to_string(format!("{root}{path}")).unwrap()
}

/// `(code, flagged text)` of every diagnostic.
fn found(text: &str) -> Vec<(&'static str, String)> {
    check(text, &Options::default())
        .into_iter()
        .map(|d| (d.code, text[d.range].to_owned()))
        .collect()
}

/// The four seeded mistakes, written into a control plane's settings at `indent`.
fn seed(text: &str, anchor: &str, indent: &str) -> String {
    let seeded = format!(
        "{anchor}\n{indent}sku:\n{indent}  tier: premium\n{indent}autoUpgradeProfile:\n{indent}  upgradeChannel: fast\n{indent}additionalTags:\n{indent}  microsoft-team: platform\n{indent}securityProfile:\n{indent}  workloadIdentity:\n{indent}    enabled: true\n"
    );
    assert!(text.contains(anchor), "{anchor}");
    text.replacen(&format!("{anchor}\n"), &seeded, 1)
}

const SEEDED: [(&str, &str); 4] = [
    ("invalid-sku", "premium"),
    ("invalid-upgrade-channel", "fast"),
    ("reserved-tag-prefix", "microsoft-team"),
    ("workload-identity-oidc", "enabled: true"),
];

#[test]
fn capz_manifest_with_seeded_mistakes() {
    let real = corpus("capz/templates__cluster-template-aks.yaml");
    assert_eq!(found(&real), []);
    // OIDC is on in the real file: turn it off.
    let text = seed(&real, "  location: ${AZURE_LOCATION}", "  ").replace(
        "  oidcIssuerProfile:\n    enabled: true\n",
        "  oidcIssuerProfile:\n    enabled: false\n",
    );
    let mut got = found(&text);
    got.sort();
    let mut want: Vec<(&str, String)> = SEEDED.iter().map(|(c, t)| (*c, t.to_string())).collect();
    want.sort();
    assert_eq!(got, want);
}

#[test]
fn override_file_with_seeded_mistakes() {
    let real = corpus("palette-capi-override/aks-cluster-oidc-workload-identity.yaml");
    assert_eq!(found(&real), []);
    let text = real
        .replace("      upgradeChannel: stable", "      upgradeChannel: Stable")
        .replace("    oidcIssuerProfile:\n      enabled: true\n", "    oidcIssuerProfile:\n      enabled: false\n    sku:\n      tier: Premium\n    additionalTags:\n      azure-owner: me\n");
    let mut got = found(&text);
    got.sort();
    assert_eq!(
        got,
        [
            ("invalid-sku", "Premium".to_owned()),
            ("invalid-upgrade-channel", "Stable".to_owned()),
            ("reserved-tag-prefix", "azure-owner".to_owned()),
            ("workload-identity-oidc", "enabled: true".to_owned()),
        ]
    );
}

#[test]
fn an_override_leaves_unset_fields_to_palette() {
    // A patch: Palette may enable the OIDC issuer itself.
    let text = "azureManagedControlPlane:\n  spec:\n    securityProfile:\n      workloadIdentity:\n        enabled: true\n";
    assert_eq!(found(text), []);
}

#[test]
fn override_embedded_in_a_crossplane_cluster() {
    let text = "apiVersion: cluster.palette.crossplane.io/v1alpha1
kind: Aks
metadata:
  name: aks
spec:
  forProvider:
    name: aks
    cloudAccountId: 0123456789abcdef01234567
    cloudConfig:
      - subscriptionId: 3f2504e0-4f89-11d3-9a0c-0305e82c3301
        resourceGroup: rg
        region: eastus
        sshKey: ssh-rsa AAAA
        overrideClusterApiConfig: |
          azureManagedControlPlane:
            spec:
              sku:
                tier: premium
              autoUpgradeProfile:
                upgradeChannel: fast
    machinePool:
      - name: system
        count: 1
        instanceType: Standard_D4s_v3
        isSystemNodePool: true
        diskSizeGb: 60
";
    let got: Vec<(&str, String)> = found(text)
        .into_iter()
        .filter(|(code, _)| code.starts_with("invalid-"))
        .collect();
    assert_eq!(
        got,
        [
            ("invalid-sku", "premium".to_owned()),
            ("invalid-upgrade-channel", "fast".to_owned())
        ]
    );
}

#[test]
fn other_cluster_api_kinds_stay_silent() {
    for text in [
        "apiVersion: infrastructure.cluster.x-k8s.io/v1beta2\nkind: AWSManagedControlPlane\nspec:\n  sku: nope\n",
        "apiVersion: infrastructure.cluster.x-k8s.io/v1beta1\nkind: GCPManagedControlPlane\nspec:\n  sku: nope\n",
        "apiVersion: infrastructure.cluster.x-k8s.io/v1beta1\nkind: AzureMachinePool\nspec:\n  sku: nope\n",
        "awsManagedControlPlane:\n  spec:\n    sku: nope\n",
    ] {
        assert_eq!(found(text), [], "{text}");
    }
}

#[test]
fn completion_and_hover_read_the_new_schemas() {
    use palint_core::ide::{complete, hover};
    let labels = |text: &str| -> Vec<String> {
        let offset = text.len();
        complete(text, offset, &Options::default())
            .into_iter()
            .map(|item| item.label)
            .collect()
    };
    let capz = "apiVersion: infrastructure.cluster.x-k8s.io/v1beta1\nkind: AzureManagedControlPlane\nspec:\n  autoUpgradeProfile:\n    upgradeChannel: ";
    assert!(
        labels(capz).contains(&"stable".to_owned()),
        "{:?}",
        labels(capz)
    );
    let tier = "azureManagedControlPlane:\n  spec:\n    sku:\n      tier: ";
    assert!(
        labels(tier).contains(&"Standard".to_owned()),
        "{:?}",
        labels(tier)
    );
    let text = "azureManagedMachinePool:\n  spec:\n    maxPods: 50\n";
    let found = hover(text, text.find("maxPods").unwrap(), &Options::default()).unwrap();
    assert!(
        found.contents.contains("maxPods") || found.contents.to_lowercase().contains("pods"),
        "{}",
        found.contents
    );
}

#[test]
fn capz_subnets_ssh_keys_and_local_accounts() {
    let text = "apiVersion: infrastructure.cluster.x-k8s.io/v1beta1
kind: AzureManagedControlPlane
metadata:
  name: aks
spec:
  disableLocalAccounts: true
  sshPublicKey: ssh-rsa AAAA
  virtualNetwork:
    name: vnet
    cidrBlock: 10.0.0.0/16
    subnet:
      name: nodes
      cidrBlock: 10.1.0.0/24
";
    let mut got = found(text);
    got.sort();
    assert_eq!(
        got,
        [
            (
                "local-accounts-aad",
                "disableLocalAccounts: true".to_owned()
            ),
            ("ssh-key", "ssh-rsa AAAA".to_owned()),
            ("subnet-cidr", "10.1.0.0/24".to_owned()),
        ]
    );
}
