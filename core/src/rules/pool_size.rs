//! A machine pool whose node count lies outside its autoscaling bounds.

use super::{Context, Example, Rule, Source, AKS_CLUSTER_KINDS, RESOURCE_CLUSTER_KINDS};
use crate::diagnostic::Severity;
use crate::syntax::{NodeId, ScalarType};

pub static RULE: Rule = Rule {
    code: "pool-size",
    severity: Severity::Error,
    summary: "a machine pool with `min` above `max`, or a `count` outside `min`..`max`",
    explanation: "A Palette machine pool's `min` and `max` bound the node count the cluster \
autoscaler may choose, and `count` is the size the pool starts with. `min` above `max` leaves no \
valid size, and a `count` below `min` or above `max` asks for a size the autoscaler would \
immediately undo (AKS rejects a node count outside the pool's autoscaling range). Set `min` ≤ \
`count` ≤ `max`; equal `min` and `max` mean a fixed size. On Azure IaaS clusters a `count` \
outside the bounds is a warning: there the Cluster API autoscaler moves the pool into its bounds \
instead of Azure refusing it.",
    sources: &[
        Source::new(
            "Palette docs, Create and Manage Azure AKS Cluster (node pool size and autoscaling)",
            "https://docs.spectrocloud.com/clusters/public-cloud/azure/aks/",
        ),
        Source::new(
            "Azure, Use the cluster autoscaler in AKS",
            "https://learn.microsoft.com/azure/aks/cluster-autoscaler",
        ),
    ],
    examples: &[
        Example::invalid(
            "\
apiVersion: cluster.palette.crossplane.io/v1alpha1
kind: Aks
metadata:
  name: aks
spec:
  forProvider:
    machinePool:
      - name: workers
        count: 5
        min: 1
        max: 3
",
        ),
        Example::valid(
            "\
apiVersion: cluster.palette.crossplane.io/v1alpha1
kind: Aks
metadata:
  name: aks
spec:
  forProvider:
    machinePool:
      - name: workers
        count: 2
        min: 1
        max: 3
",
        ),
    ],
    kinds: RESOURCE_CLUSTER_KINDS,
    check: Some(check),
};

/// A literal integer field of a pool, with its value node.
fn number(cx: &Context, pool: NodeId, camel: &'static str) -> Option<(NodeId, i64)> {
    let value = cx.get(pool, camel)?;
    if cx.is_deferred(value) {
        return None;
    }
    match cx.doc.scalar(value)?.ty {
        ScalarType::Int(n) => Some((value, n)),
        _ => None,
    }
}

fn check(cx: &mut Context) {
    let Some(pools) = cx.resource().and_then(|r| cx.get(r, "machinePool")) else {
        return;
    };
    let mut found = Vec::new();
    for &pool in cx.doc.items(pools) {
        let min = number(cx, pool, "min");
        let max = number(cx, pool, "max");
        if let (Some((node, low)), Some((_, high))) = (min, max) {
            if low > high {
                found.push(RULE.diagnostic(
                    cx.doc.span(node),
                    format!("`min` is {low} but `max` is {high}: no pool size fits"),
                ));
                continue;
            }
        }
        let Some((node, count)) = number(cx, pool, "count") else {
            continue;
        };
        let outside = if let Some((_, low)) = min.filter(|(_, low)| count < *low) {
            format!("`count` is {count}, below the pool's `min` of {low}")
        } else if let Some((_, high)) = max.filter(|(_, high)| count > *high) {
            format!("`count` is {count}, above the pool's `max` of {high}")
        } else {
            continue;
        };
        let d = if AKS_CLUSTER_KINDS.contains(&cx.kind) {
            RULE.diagnostic(cx.doc.span(node), outside)
        } else {
            let mut d = RULE.diagnostic(
                cx.doc.span(node),
                format!("{outside} (a warning on Azure IaaS: the autoscaler moves the pool into its bounds)"),
            );
            d.severity = Severity::Warning;
            d
        };
        found.push(d);
    }
    cx.diagnostics.extend(found);
}

#[cfg(test)]
mod tests {
    use crate::kind::DocumentKind::CrossplaneAks;
    use crate::rules::testing::{assert_clean, findings};

    fn pool(fields: &str) -> String {
        let mut text = String::from("apiVersion: cluster.palette.crossplane.io/v1alpha1\nkind: Aks\nmetadata:\n  name: aks\nspec:\n  forProvider:\n    machinePool:\n      - name: workers\n");
        for line in fields.lines() {
            text.push_str(&format!("        {line}\n"));
        }
        text
    }

    #[test]
    fn count_outside_the_bounds() {
        assert_eq!(
            findings(
                &pool("count: 5\nmin: 1\nmax: 3"),
                CrossplaneAks,
                "pool-size"
            ),
            [("5".to_owned(), 9)]
        );
        assert_eq!(
            findings(
                &pool("count: 0\nmin: 1\nmax: 3"),
                CrossplaneAks,
                "pool-size"
            ),
            [("0".to_owned(), 9)]
        );
        assert_eq!(
            findings(
                &pool("count: 2\nmin: 4\nmax: 3"),
                CrossplaneAks,
                "pool-size"
            ),
            [("4".to_owned(), 10)]
        );
        assert_clean(
            &pool("count: 3\nmin: 3\nmax: 3"),
            CrossplaneAks,
            "pool-size",
        );
        assert_clean(&pool("count: 3\nmax: 5"), CrossplaneAks, "pool-size");
        assert_clean(
            &pool("count: \"{{.spectro.var.n}}\"\nmin: 1\nmax: 3"),
            CrossplaneAks,
            "pool-size",
        );
    }
}
