//! Field combinations Cluster API Provider Azure's webhooks reject in one managed control plane
//! or machine pool.

use super::{Context, Example, Rule, Source};
use crate::diagnostic::Severity;
use crate::kind::DocumentKind;
use crate::syntax::NodeId;

pub static RULE: Rule = Rule {
    code: "capz-field-combination",
    severity: Severity::Error,
    summary: "fields that Cluster API for Azure rejects together (overlay with kubenet, a Windows System pool, ...)",
    explanation: "Cluster API Provider Azure's admission webhooks refuse some combinations of \
fields in an `AzureManagedControlPlane` or `AzureManagedMachinePool` (and so in Palette's CAPI \
override YAML, which Palette merges into those objects): `networkPluginMode: overlay` with \
`networkPlugin: kubenet`; `networkPolicy: cilium` with a `networkDataplane` other than `cilium`; \
`identity.type: UserAssigned` without `userAssignedIdentityResourceID`, or that ID with another \
type; a `mode: System` pool whose `osType` is `Windows`; a Windows pool name longer than 6 \
characters; and node label keys under `kubernetes.azure.com`, which AKS reserves.",
    sources: &[
        Source::new(
            "Cluster API Provider Azure, AzureManagedControlPlane webhook",
            "https://github.com/kubernetes-sigs/cluster-api-provider-azure/blob/69ec3a40a818ccbc32b8ce88c84609404d8cb7a2/internal/webhooks/azuremanagedcontrolplane_validation.go",
        ),
        Source::new(
            "Cluster API Provider Azure, AzureManagedMachinePool webhook",
            "https://github.com/kubernetes-sigs/cluster-api-provider-azure/blob/69ec3a40a818ccbc32b8ce88c84609404d8cb7a2/internal/webhooks/azuremanagedmachinepool_validation.go",
        ),
    ],
    examples: &[
        Example::invalid(
            "\
azureManagedControlPlane:
  spec:
    networkPlugin: kubenet
    networkPluginMode: overlay
",
        ),
        Example::valid(
            "\
azureManagedControlPlane:
  spec:
    networkPlugin: azure
    networkPluginMode: overlay
",
        ),
    ],
    kinds: &[
        DocumentKind::CapzManagedControlPlane,
        DocumentKind::CapzManagedMachinePool,
        DocumentKind::PaletteCapiOverride,
    ],
    check: Some(check),
};

/// The string at `key` of `map`, with its key node.
fn text<'a>(cx: &Context<'a>, map: NodeId, key: &str) -> Option<(NodeId, &'a str)> {
    let (k, v) = cx.doc.entry(map, key)?;
    (!cx.is_deferred(v)).then_some(())?;
    Some((k, cx.doc.str_value(v)?))
}

fn report(cx: &mut Context, key: NodeId, message: String) {
    let span = cx.doc.span(key);
    let line_end = cx.text[span.start..]
        .find(['\n', '\r'])
        .map_or(cx.text.len(), |i| span.start + i);
    cx.push(RULE.diagnostic(span.start..line_end, message));
}

fn check(cx: &mut Context) {
    if let Some(plane) = cx.control_plane() {
        check_control_plane(cx, plane);
    }
    if let Some(pool) = cx.machine_pool() {
        check_pool(cx, pool);
    }
}

fn check_control_plane(cx: &mut Context, plane: NodeId) {
    let plugin = text(cx, plane, "networkPlugin");
    if let (Some((key, "overlay")), Some((_, "kubenet"))) =
        (text(cx, plane, "networkPluginMode"), plugin)
    {
        report(cx, key, "`networkPluginMode: overlay` does not work with `networkPlugin: kubenet` (Azure CNI overlay needs `networkPlugin: azure`)".into());
    }
    if let (Some((key, "cilium")), Some((_, dataplane))) = (
        text(cx, plane, "networkPolicy"),
        text(cx, plane, "networkDataplane"),
    ) {
        if dataplane != "cilium" {
            report(
                cx,
                key,
                format!(
                    "`networkPolicy: cilium` needs `networkDataplane: cilium`, not `{dataplane}`"
                ),
            );
        }
    }
    if let Some(identity) = cx.doc.get(plane, "identity") {
        let resource_id = cx.doc.entry(identity, "userAssignedIdentityResourceID");
        match (text(cx, identity, "type"), resource_id) {
            (Some((key, "UserAssigned")), None) => report(
                cx,
                key,
                "`identity.type: UserAssigned` needs `userAssignedIdentityResourceID`".into(),
            ),
            (Some((_, kind)), Some((key, _))) if kind != "UserAssigned" => report(
                cx,
                key,
                format!("`userAssignedIdentityResourceID` is only allowed with `identity.type: UserAssigned`, not `{kind}`"),
            ),
            _ => {}
        }
    }
}

fn check_pool(cx: &mut Context, pool: NodeId) {
    let windows = matches!(text(cx, pool, "osType"), Some((_, "Windows")));
    if windows {
        if let Some((key, "System")) = text(cx, pool, "mode") {
            report(cx, key, "a `mode: System` pool must run Linux: AKS runs its system pods on Linux nodes (`osType: Windows` is only for User pools)".into());
        }
        if let Some((key, name)) = text(cx, pool, "name") {
            // Over 12 the schema's length limit already reports it.
            if (7..=12).contains(&name.chars().count()) {
                report(
                    cx,
                    key,
                    format!(
                        "Windows pool names are at most 6 characters; `{name}` has {}",
                        name.chars().count()
                    ),
                );
            }
        }
    }
    if let Some(labels) = cx.doc.get(pool, "nodeLabels") {
        let reserved: Vec<NodeId> = cx
            .doc
            .entries(labels)
            .iter()
            .filter(|(k, _)| {
                cx.doc
                    .key_text(*k)
                    .is_some_and(|key| key.starts_with("kubernetes.azure.com"))
            })
            .map(|(k, _)| *k)
            .collect();
        for key in reserved {
            let name = cx.doc.key_text(key).unwrap_or_default().to_owned();
            report(
                cx,
                key,
                format!(
                    "node label `{name}`: keys under `kubernetes.azure.com` are reserved for AKS"
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::kind::DocumentKind::{
        CapzManagedMachinePool as Pool, PaletteCapiOverride as Override,
    };
    use crate::rules::testing::{assert_clean, findings};

    #[test]
    fn control_plane_combinations() {
        let text = "azureManagedControlPlane:\n  spec:\n    networkPlugin: kubenet\n    networkPluginMode: overlay\n    networkPolicy: cilium\n    networkDataplane: azure\n    identity:\n      type: SystemAssigned\n      userAssignedIdentityResourceID: /subscriptions/x\n";
        let found: Vec<usize> = findings(text, Override, "capz-field-combination")
            .into_iter()
            .map(|(_, line)| line)
            .collect();
        assert_eq!(found, [4, 5, 9]);
        assert_clean(
            "azureManagedControlPlane:\n  spec:\n    networkPlugin: azure\n    networkPluginMode: overlay\n    identity:\n      type: UserAssigned\n      userAssignedIdentityResourceID: /subscriptions/x\n",
            Override,
            "capz-field-combination",
        );
    }

    #[test]
    fn pool_combinations() {
        let text = "apiVersion: infrastructure.cluster.x-k8s.io/v1beta1\nkind: AzureManagedMachinePool\nmetadata:\n  name: p\nspec:\n  mode: System\n  osType: Windows\n  name: winpool1\n  sku: Standard_D4s_v3\n  nodeLabels:\n    kubernetes.azure.com/mode: x\n    team: a\n";
        let found: Vec<usize> = findings(text, Pool, "capz-field-combination")
            .into_iter()
            .map(|(_, line)| line)
            .collect();
        assert_eq!(found, [6, 8, 11]);
    }
}
