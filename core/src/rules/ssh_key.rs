//! SSH public keys of Azure clusters: an OpenSSH `ssh-rsa` key of at least 2048 bits.

use super::{Context, Example, Rule, Source, AKS_CLUSTER_KINDS};
use crate::diagnostic::Severity;
use crate::kind::DocumentKind;
use base64ct::Encoding;

pub static RULE: Rule = Rule {
    code: "ssh-key",
    severity: Severity::Error,
    summary: "an SSH public key that is not an OpenSSH `ssh-rsa` key of 2048 bits or more",
    explanation: "The cluster's `sshKey` is installed on every node. It must be one public key in \
OpenSSH form, `ssh-rsa AAAA... comment`, as in an `authorized_keys` or `.pub` file. Palette \
deploys AKS clusters with RSA keys only, and Azure wants RSA keys of at least 2048 bits. palint \
decodes the key to check its type and size: a value that is not a key at all (`ssh key value`), \
a damaged one, or an RSA key under 2048 bits is an error. On AKS, another key type (`ssh-ed25519`, \
ECDSA) is an error too; on Azure IaaS clusters it is a warning, because Azure virtual machines \
accept Ed25519 keys but Palette documents RSA only.

Cluster API for Azure (an `AzureManagedControlPlane`, or an override of one) takes \
`spec.sshPublicKey` base64-encoded (`base64 -w0 id_rsa.pub`); its webhook rejects a value that \
does not decode to an OpenSSH public key. There palint checks only that (an empty value asks for \
a generated key and is fine).",
    sources: &[
        Source::new("Palette docs, Create and Manage Azure AKS Cluster (\"Only RSA SSH keys are supported\")", "https://docs.spectrocloud.com/clusters/public-cloud/azure/aks/"),
        Source::unlinked("Azure compute API, SshPublicKey keyData (\"at least 2048-bit and in ssh-rsa format\")"),
        Source::new("Cluster API Provider Azure, AzureManagedControlPlane webhook (validateAzureManagedControlPlaneSSHKey)", "https://github.com/kubernetes-sigs/cluster-api-provider-azure/blob/69ec3a40a818ccbc32b8ce88c84609404d8cb7a2/internal/webhooks/azuremanagedcontrolplane_validation.go#L189-L197"),
    ],
    examples: &[
        Example::invalid(
            "\
apiVersion: cluster.palette.crossplane.io/v1alpha1
kind: Aks
metadata:
  name: aks-prod
spec:
  forProvider:
    cloudConfig:
      - region: eastus
        sshKey: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHLOf4rEJPOjhAT7rHfaTGUVN5kE2NiCe6ABz7IIzXXb dev@example
",
        ),
        Example::valid(
            "\
apiVersion: cluster.palette.crossplane.io/v1alpha1
kind: Aks
metadata:
  name: aks-prod
spec:
  forProvider:
    cloudConfig:
      - region: eastus
        sshKey: ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC3pDRD4b5ZEEUa4aAdBGD1R7g1adO9AUnXsF1DcXkdXjalY5dEHr3S9CMkPixWskfEgCyM5ZJ9AHZvr9thdtoG85Tsje9LFTex6X3+kffNLQYULStmGiZEu/MIU/RTuYmuVWhxtdwp4KIVudU2Xms17BVbD6iwfqdZW+Oq136h3HFkbkFy42Z90L5+vuiZAozaCpbtUODTTSgkGTbZpzOOTYtTgmPOZvHGw4t62lmrJM7prH2ZHFPQ+nbACx4Z2zeXAu6+2cZrrCCaz/XYuJQagiEWFkuAPxuZ70b1wv4pTyQHnj7XY0FzsxYnHNE7wpCp9HSZhJ1fTBb1pWcD7gJf dev@example
",
        ),
    ],
    kinds: &[
        DocumentKind::CrossplaneAks,
        DocumentKind::CrossplaneAzure,
        DocumentKind::TerraformClusterAks,
        DocumentKind::TerraformClusterAzure,
        DocumentKind::CapzManagedControlPlane,
        DocumentKind::PaletteCapiOverride,
    ],
    check: Some(check),
};

/// Azure's smallest RSA key size.
const MIN_RSA_BITS: usize = 2048;

/// What is wrong with a key, and whether it is certain (an error) or only likely.
#[derive(Debug, PartialEq, Eq)]
enum Problem {
    NotAKey,
    TooShort(usize),
    NotRsa(String),
}

fn inspect(text: &str) -> Option<Problem> {
    let key = match ssh_key::PublicKey::from_openssh(text.trim()) {
        Ok(key) => key,
        Err(_) => return Some(Problem::NotAKey),
    };
    match key.key_data() {
        ssh_key::public::KeyData::Rsa(rsa) => {
            let bits = rsa.n.as_positive_bytes().map_or(0, |bytes| {
                bytes.len() * 8 - bytes.first().map_or(0, |b| b.leading_zeros() as usize)
            });
            (bits < MIN_RSA_BITS).then_some(Problem::TooShort(bits))
        }
        other => Some(Problem::NotRsa(other.algorithm().as_str().to_owned())),
    }
}

/// Cluster API's `spec.sshPublicKey`: base64 of an OpenSSH public key, or empty.
fn check_base64(cx: &mut Context) {
    let doc = cx.doc;
    let Some((_, value, text)) = cx
        .control_plane()
        .and_then(|plane| cx.string_entry(plane, "sshPublicKey"))
    else {
        return;
    };
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return;
    }
    let decoded = base64ct::Base64::decode_vec(trimmed)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok());
    if decoded.is_some_and(|key| ssh_key::PublicKey::from_openssh(key.trim()).is_ok()) {
        return;
    }
    let message = if ssh_key::PublicKey::from_openssh(trimmed).is_ok() {
        "Cluster API for Azure takes `sshPublicKey` base64-encoded: this is a plain OpenSSH key; encode it (`base64 -w0 id_rsa.pub`)"
    } else {
        "not the base64 of an OpenSSH public key, which Cluster API for Azure requires in `sshPublicKey` (`base64 -w0 id_rsa.pub`)"
    };
    cx.push(RULE.diagnostic(doc.span(value), message));
}

fn check(cx: &mut Context) {
    if !cx.kind.spec().control_plane.is_empty() {
        check_base64(cx);
        return;
    }
    let doc = cx.doc;
    let aks = AKS_CLUSTER_KINDS.contains(&cx.kind);
    let mut found = Vec::new();
    for config in cx.cloud_configs() {
        let Some((_, value, text)) = cx.string_entry(config, &cx.key("sshKey")) else {
            continue;
        };
        let Some(problem) = inspect(text) else {
            continue;
        };
        let span = doc.span(value);
        let d = match problem {
            Problem::NotAKey => RULE.diagnostic(
                span,
                "not an SSH public key: expected one OpenSSH key such as `ssh-rsa AAAAB3NzaC1yc2E... user@host` (the contents of a .pub file)",
            ),
            Problem::TooShort(bits) => RULE.diagnostic(
                span,
                format!("this RSA key has {bits} bits; Azure needs at least {MIN_RSA_BITS}"),
            ),
            Problem::NotRsa(algorithm) if aks => RULE.diagnostic(
                span,
                format!("`{algorithm}` key: Palette deploys AKS clusters with RSA keys only (`ssh-rsa`, 2048 bits or more)"),
            ),
            Problem::NotRsa(algorithm) => {
                let mut d = RULE.diagnostic(
                    span,
                    format!("`{algorithm}` key: Palette documents RSA keys only (`ssh-rsa`); Azure virtual machines accept Ed25519 too, so this is a warning"),
                );
                d.severity = Severity::Warning;
                d
            }
        };
        found.push(d);
    }
    cx.diagnostics.extend(found);
}

#[cfg(test)]
mod tests {
    use super::{inspect, Problem};
    use crate::kind::DocumentKind::{CrossplaneAks, CrossplaneAzure};
    use crate::rules::testing::{assert_clean, diagnostics, findings};

    // Keys made with ssh-keygen for these tests.
    const RSA_2048: &str = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC3pDRD4b5ZEEUa4aAdBGD1R7g1adO9AUnXsF1DcXkdXjalY5dEHr3S9CMkPixWskfEgCyM5ZJ9AHZvr9thdtoG85Tsje9LFTex6X3+kffNLQYULStmGiZEu/MIU/RTuYmuVWhxtdwp4KIVudU2Xms17BVbD6iwfqdZW+Oq136h3HFkbkFy42Z90L5+vuiZAozaCpbtUODTTSgkGTbZpzOOTYtTgmPOZvHGw4t62lmrJM7prH2ZHFPQ+nbACx4Z2zeXAu6+2cZrrCCaz/XYuJQagiEWFkuAPxuZ70b1wv4pTyQHnj7XY0FzsxYnHNE7wpCp9HSZhJ1fTBb1pWcD7gJf dev@example";
    const RSA_1024: &str = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQCkmvrIk72MZ1QIUBAfhglxCAlpw/FvvK6mH0cQNY+mwdKWLOk9OD8wfu+ii0Tx12liDLJgL4qaLtDLRJoz47az8SaRFwSt2nO2Z93UnsVaNX0nJ/yyAQfWvClGb+LzxGaZ5eiURlaLVTWetmBUgKOP5GCHGUh2QbqZ3ZsZXvTdYQ==";
    const ED25519: &str =
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHLOf4rEJPOjhAT7rHfaTGUVN5kE2NiCe6ABz7IIzXXb";

    fn cluster(kind: &str, key: &str) -> String {
        format!("apiVersion: cluster.palette.crossplane.io/v1alpha1\nkind: {kind}\nmetadata:\n  name: c\nspec:\n  forProvider:\n    name: c\n    cloudConfig:\n      - subscriptionId: aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb\n        resourceGroup: rg\n        region: eastus\n        sshKey: \"{key}\"\n")
    }

    #[test]
    fn capz_keys_are_base64() {
        use crate::kind::DocumentKind::CapzManagedControlPlane;
        use base64ct::Encoding;
        let doc = |key: &str| {
            format!("apiVersion: infrastructure.cluster.x-k8s.io/v1beta1\nkind: AzureManagedControlPlane\nmetadata:\n  name: c\nspec:\n  sshPublicKey: \"{key}\"\n")
        };
        let encoded = base64ct::Base64::encode_string(ED25519.as_bytes());
        assert_clean(&doc(&encoded), CapzManagedControlPlane, "ssh-key");
        assert_clean(&doc(""), CapzManagedControlPlane, "ssh-key");
        let plain = diagnostics(&doc(RSA_2048), CapzManagedControlPlane);
        assert!(
            plain
                .iter()
                .any(|d| d.code == "ssh-key" && d.message.contains("plain OpenSSH key")),
            "{plain:?}"
        );
        assert_eq!(
            findings(&doc("bm90IGEga2V5"), CapzManagedControlPlane, "ssh-key").len(),
            1
        );
    }

    #[test]
    fn decodes_type_and_size() {
        assert_eq!(inspect(RSA_2048), None);
        assert_eq!(inspect(&format!("  {RSA_2048}\n")), None);
        assert_eq!(inspect(RSA_1024), Some(Problem::TooShort(1024)));
        assert_eq!(
            inspect(ED25519),
            Some(Problem::NotRsa("ssh-ed25519".into()))
        );
        assert_eq!(inspect("ssh key value"), Some(Problem::NotAKey));
        assert_eq!(inspect("ssh-rsa AAAAB3NzaC1yc2E"), Some(Problem::NotAKey));
        let damaged = RSA_2048.replacen("AAAAB3", "AAAAB4", 1);
        assert_eq!(inspect(&damaged), Some(Problem::NotAKey));
    }

    #[test]
    fn aks_needs_rsa_and_iaas_warns() {
        assert_clean(&cluster("Aks", RSA_2048), CrossplaneAks, "ssh-key");
        assert_eq!(
            findings(&cluster("Aks", "ssh key value"), CrossplaneAks, "ssh-key").len(),
            1
        );
        assert_eq!(
            findings(&cluster("Aks", RSA_1024), CrossplaneAks, "ssh-key").len(),
            1
        );
        let aks = diagnostics(&cluster("Aks", ED25519), CrossplaneAks);
        let iaas = diagnostics(&cluster("Azure", ED25519), CrossplaneAzure);
        let severity = |all: &[crate::Diagnostic]| {
            all.iter().find(|d| d.code == "ssh-key").map(|d| d.severity)
        };
        assert_eq!(severity(&aks), Some(crate::Severity::Error));
        assert_eq!(severity(&iaas), Some(crate::Severity::Warning));
    }

    #[test]
    fn placeholders_are_reported_once_as_placeholders() {
        let text = cluster("Aks", "YOUR_SSH_KEY");
        let codes: Vec<&str> = diagnostics(&text, CrossplaneAks)
            .iter()
            .filter(|d| text[d.range.clone()].contains("YOUR_SSH_KEY"))
            .map(|d| d.code)
            .collect();
        assert_eq!(codes, ["placeholder-value"]);
    }
}
