//! Cluster names within what AKS (and Cluster API for Azure) accept.

use super::{Context, Example, Rule, Source, AKS_CLUSTER_KINDS, RESOURCE_CLUSTER_KINDS};
use crate::diagnostic::Severity;

pub static RULE: Rule = Rule {
    code: "cluster-name",
    severity: Severity::Error,
    summary: "a cluster name AKS or Cluster API for Azure would reject",
    explanation: "The cluster's name (`spec.forProvider.name`, or `metadata.name` when that is not \
set) names the Azure resources Palette creates. AKS cluster names are 1 to 63 letters, digits, \
`-` and `_`, starting and ending with a letter or digit: anything else is an error. Cluster API \
for Azure, which Palette builds on, also rejects managed cluster names that contain `microsoft` \
or `windows`, and limits Azure IaaS cluster names to 44 lowercase letters, digits and `-` \
(it uses them as a prefix for virtual machine names). That Palette passes your name on \
unchanged is likely but not documented, so those two are warnings.",
    sources: &[
        Source::new("Azure, Naming rules and restrictions, Microsoft.ContainerService managedClusters", "https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules"),
        Source::new("Cluster API Provider Azure, AzureManagedControlPlane and AzureCluster name validation", "https://github.com/kubernetes-sigs/cluster-api-provider-azure/blob/main/internal/webhooks/azurecluster_validation.go"),
    ],
    examples: &[
        Example::invalid(
            "\
apiVersion: cluster.palette.crossplane.io/v1alpha1
kind: Aks
metadata:
  name: aks.prod
spec:
  forProvider:
",
        ),
        Example::valid(
            "\
apiVersion: cluster.palette.crossplane.io/v1alpha1
kind: Aks
metadata:
  name: aks-prod_01
spec:
  forProvider:
",
        ),
    ],
    kinds: RESOURCE_CLUSTER_KINDS,
    check: Some(check),
};

const AKS_MAX: usize = 63;
const IAAS_MAX: usize = 44;

/// The AKS managed cluster naming rule.
fn aks_problem(name: &str) -> Option<String> {
    if name.len() > AKS_MAX {
        return Some(format!(
            "is {} characters long (at most {AKS_MAX})",
            name.len()
        ));
    }
    let bad: Vec<char> = name
        .chars()
        .filter(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_')))
        .collect();
    if let Some(c) = bad.first() {
        return Some(format!(
            "contains `{c}` (only letters, digits, `-` and `_`)"
        ));
    }
    let edges_ok = name.starts_with(|c: char| c.is_ascii_alphanumeric())
        && name.ends_with(|c: char| c.is_ascii_alphanumeric());
    (!edges_ok).then(|| "must start and end with a letter or digit".to_owned())
}

/// Cluster API for Azure's IaaS cluster name rule.
fn iaas_problem(name: &str) -> Option<String> {
    if name.len() > IAAS_MAX {
        return Some(format!("is {} characters long", name.len()));
    }
    let valid = name
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !name.starts_with('-')
        && !name.ends_with('-');
    (!valid).then(|| "is not lowercase letters, digits and `-`".to_owned())
}

fn check(cx: &mut Context) {
    let doc = cx.doc;
    let name = cx
        .resource()
        .and_then(|resource| cx.get(resource, "name"))
        .or_else(|| doc.at_path(&["metadata", "name"]));
    let Some(value) = name else { return };
    let Some(text) = doc.str_value(value) else {
        return;
    };
    if text.is_empty() {
        return;
    }
    let span = doc.span(value);
    let d = if let Some(problem) = aks_problem(text) {
        RULE.diagnostic(
            span,
            format!("cluster name `{text}` {problem}: Azure names clusters with 1 to {AKS_MAX} letters, digits, `-` and `_`"),
        )
    } else if AKS_CLUSTER_KINDS.contains(&cx.kind) {
        let lower = text.to_ascii_lowercase();
        let Some(word) = ["microsoft", "windows"]
            .into_iter()
            .find(|w| lower.contains(w))
        else {
            return;
        };
        let mut d = RULE.diagnostic(
            span,
            format!("cluster name `{text}` contains `{word}`, which Cluster API for Azure rejects in AKS cluster names (a warning: Palette may rename it)"),
        );
        d.severity = Severity::Warning;
        d
    } else {
        let Some(problem) = iaas_problem(text) else {
            return;
        };
        let mut d = RULE.diagnostic(
            span,
            format!("cluster name `{text}` {problem}: Cluster API for Azure wants Azure IaaS cluster names of at most {IAAS_MAX} lowercase letters, digits and `-` (a warning: Palette may adjust it)"),
        );
        d.severity = Severity::Warning;
        d
    };
    cx.push(d);
}

#[cfg(test)]
mod tests {
    use crate::kind::DocumentKind::{CrossplaneAks, CrossplaneAzure};
    use crate::rules::testing::{assert_clean, diagnostics, findings};
    use crate::Severity;

    fn cluster(kind: &str, name: &str) -> String {
        format!("apiVersion: cluster.palette.crossplane.io/v1alpha1\nkind: {kind}\nmetadata:\n  name: object-name\nspec:\n  forProvider:\n    name: \"{name}\"\n")
    }

    fn severity(text: &str, kind: crate::DocumentKind) -> Option<Severity> {
        diagnostics(text, kind)
            .iter()
            .find(|d| d.code == "cluster-name")
            .map(|d| d.severity)
    }

    #[test]
    fn aks_names() {
        for ok in ["aks-prod_01", "a", "Prod1"] {
            assert_clean(&cluster("Aks", ok), CrossplaneAks, "cluster-name");
        }
        for bad in ["my.cluster", "-x", "x-", &"a".repeat(64)] {
            assert_eq!(
                severity(&cluster("Aks", bad), CrossplaneAks),
                Some(Severity::Error),
                "{bad}"
            );
        }
        assert_eq!(
            severity(&cluster("Aks", "windows-pool"), CrossplaneAks),
            Some(Severity::Warning)
        );
    }

    #[test]
    fn iaas_names() {
        assert_clean(
            &cluster("Azure", "iaas-prod-1"),
            CrossplaneAzure,
            "cluster-name",
        );
        assert_eq!(
            severity(&cluster("Azure", "Iaas_Prod"), CrossplaneAzure),
            Some(Severity::Warning)
        );
        assert_eq!(
            severity(&cluster("Azure", "a.b"), CrossplaneAzure),
            Some(Severity::Error)
        );
    }

    #[test]
    fn metadata_name_counts_without_a_provider_name() {
        let text = "apiVersion: cluster.palette.crossplane.io/v1alpha1\nkind: Aks\nmetadata:\n  name: bad.name\nspec:\n  forProvider: {}\n";
        assert_eq!(
            findings(text, CrossplaneAks, "cluster-name"),
            [("bad.name".to_owned(), 4)]
        );
        let placeholder = cluster("Aks", "${var.cluster_name}");
        assert_clean(&placeholder, CrossplaneAks, "cluster-name");
    }
}
