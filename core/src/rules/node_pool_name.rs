//! AKS node pool names in a Crossplane `Aks` cluster's machine pools.

use super::{Context, Example, Rule, Source, AKS_CLUSTER_KINDS};
use crate::diagnostic::Severity;

pub static RULE: Rule = Rule {
    code: "node-pool-name",
    severity: Severity::Warning,
    summary: "a machine pool name AKS would not accept as a node pool name",
    explanation: "AKS names node pools with 1 to 12 lowercase letters and digits, starting with a \
letter (Windows pools: at most 6), and rejects anything else, such as `-` or `_`. Palette creates \
an AKS node pool for each machine pool. Spectro Cloud's own Terraform and Crossplane examples use \
names like `worker-basic`, and nothing public shows whether Palette renames pools before it \
creates them, so palint reports this as a warning, not an error: the cluster may fail to create \
its pools, or Palette may adjust the name.",
    sources: &[
        Source::new(
            "Azure, Create node pools, naming rules",
            "https://learn.microsoft.com/azure/aks/create-node-pools",
        ),
        Source::unlinked(
            "Cluster API Provider Azure, managed machine pool validation (name pattern and length)",
        ),
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
    machinePool:
      - name: system-pool
        count: 3
        instanceType: Standard_D4s_v5
        isSystemNodePool: true
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
    machinePool:
      - name: system
        count: 3
        instanceType: Standard_D4s_v5
        isSystemNodePool: true
",
        ),
    ],
    kinds: AKS_CLUSTER_KINDS,
    check: Some(check),
};

/// AKS's limit for Linux node pool names.
const MAX_LEN: usize = 12;

fn problem(name: &str) -> Option<String> {
    let first = name.chars().next()?;
    if name.len() > MAX_LEN {
        return Some(format!(
            "is {} characters long (at most {MAX_LEN})",
            name.len()
        ));
    }
    if !first.is_ascii_lowercase() {
        return Some("does not start with a lowercase letter".to_owned());
    }
    let bad: String = name
        .chars()
        .filter(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit()))
        .collect();
    if bad.is_empty() {
        return None;
    }
    let mut shown: Vec<char> = bad.chars().collect();
    shown.dedup();
    let shown: Vec<String> = shown.iter().map(|c| format!("`{c}`")).collect();
    Some(format!("contains {}", shown.join(", ")))
}

fn check(cx: &mut Context) {
    let doc = cx.doc;
    let Some(pools) = cx.resource().and_then(|r| cx.get(r, "machinePool")) else {
        return;
    };
    let mut found = Vec::new();
    for &pool in doc.items(pools) {
        let Some((_, name, text)) = cx.string_entry(pool, "name") else {
            continue;
        };
        let Some(problem) = problem(text) else {
            continue;
        };
        found.push(RULE.diagnostic(
            doc.span(name),
            format!(
                "AKS node pool names are 1 to {MAX_LEN} lowercase letters and digits starting with a letter; `{text}` {problem}. \
It is unclear whether Palette renames pools (its own examples use such names), so this is a warning"
            ),
        ));
    }
    cx.diagnostics.extend(found);
}

#[cfg(test)]
mod tests {
    use super::problem;
    use crate::kind::DocumentKind::CrossplaneAks;
    use crate::rules::testing::{diagnostics, findings};

    #[test]
    fn describes_each_problem() {
        assert_eq!(problem("system"), None);
        assert_eq!(problem("pool1"), None);
        assert_eq!(problem("worker-basic").as_deref(), Some("contains `-`"));
        assert_eq!(
            problem("averyveryverylongname").as_deref(),
            Some("is 21 characters long (at most 12)")
        );
        assert_eq!(
            problem("Pool").as_deref(),
            Some("does not start with a lowercase letter")
        );
    }

    #[test]
    fn hyphenated_pool_names_are_a_warning_once() {
        let text = "apiVersion: cluster.palette.crossplane.io/v1alpha1\nkind: Aks\nmetadata:\n  name: c\nspec:\n  forProvider:\n    name: c\n    cloudConfig:\n      - subscriptionId: aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb\n        resourceGroup: rg\n        region: eastus\n        sshKey: ssh-rsa AAAA\n    machinePool:\n      - name: worker-basic\n        count: 1\n        instanceType: Standard_D2s_v3\n        isSystemNodePool: true\n";
        assert_eq!(
            findings(text, CrossplaneAks, "node-pool-name"),
            [("worker-basic".to_owned(), 14)]
        );
        let on_name: Vec<_> = diagnostics(text, CrossplaneAks)
            .into_iter()
            .filter(|d| &text[d.range.clone()] == "worker-basic")
            .collect();
        assert_eq!(on_name.len(), 1, "{on_name:?}");
        assert_eq!(on_name[0].severity, crate::Severity::Warning);
    }
}
