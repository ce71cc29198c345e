//! Static placement must be filled in completely: Palette drops half-filled subnets.

use super::{Context, Example, Rule, Source, AKS_CLUSTER_KINDS, RESOURCE_CLUSTER_KINDS};
use crate::diagnostic::Severity;
use crate::syntax::NodeId;

pub static RULE: Rule = Rule {
    code: "static-placement",
    severity: Severity::Error,
    summary: "half-filled static placement (a subnet name without its CIDR is silently dropped)",
    explanation: "Static placement deploys the cluster into an existing VNet and subnets; it is what \
a cluster behind a proxy or with Disable Properties needs. It only takes effect when it is complete. \
For an AKS cluster, Palette sends a subnet only when both its name and its CIDR are set, so a \
subnet with just one of them is silently dropped and the cluster lands on network resources \
Palette creates itself. For an Azure IaaS cluster the resource group, VNet name, VNet CIDR and both \
subnets go together: set all of them or none.",
    sources: &[
        Source::new("Palette docs, Azure Architecture, Proxy Configuration", "https://docs.spectrocloud.com/clusters/public-cloud/azure/architecture/"),
        Source::unlinked("Palette Terraform provider (spectrocloud_cluster_aks / spectrocloud_cluster_azure static placement fields)"),
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
        vnetName: vnet-prod
        vnetResourceGroup: rg-network
        vnetCidrBlock: 10.0.0.0/16
        workerSubnetName: workers
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
        vnetName: vnet-prod
        vnetResourceGroup: rg-network
        vnetCidrBlock: 10.0.0.0/16
        workerSubnetName: workers
        workerCidr: 10.0.2.0/24
        controlPlaneSubnetName: cp
        controlPlaneCidr: 10.0.1.0/24
",
        ),
    ],
    kinds: RESOURCE_CLUSTER_KINDS,
    check: Some(check),
};

fn check(cx: &mut Context) {
    for config in cx.cloud_configs() {
        if AKS_CLUSTER_KINDS.contains(&cx.kind) {
            check_aks(cx, config);
        } else {
            check_azure(cx, config);
        }
    }
}

fn is_set(cx: &Context, map: NodeId, key: &'static str) -> bool {
    cx.get(map, key).is_some_and(|v| {
        cx.doc.str_value(v).is_some_and(|s| !s.trim().is_empty()) || !cx.doc.items(v).is_empty()
    })
}

fn check_aks(cx: &mut Context, config: NodeId) {
    let pairs = [
        ("workerSubnetName", "workerCidr", "worker"),
        (
            "controlPlaneSubnetName",
            "controlPlaneCidr",
            "control plane",
        ),
    ];
    let mut any_subnet = false;
    for (name, cidr, role) in pairs {
        let (has_name, has_cidr) = (is_set(cx, config, name), is_set(cx, config, cidr));
        any_subnet |= has_name || has_cidr;
        let (present, missing) = match (has_name, has_cidr) {
            (true, false) => (name, cidr),
            (false, true) => (cidr, name),
            _ => continue,
        };
        let (key, _) = cx.field(config, present).expect("present");
        let (present, missing) = (cx.key(present), cx.key(missing));
        cx.push(RULE.diagnostic(
            cx.doc.span(key),
            format!("`{present}` is set without `{missing}`: Palette drops a {role} subnet unless both are set, and places the cluster dynamically"),
        ));
    }
    let vnet_fields = ["vnetName", "vnetResourceGroup", "vnetCidrBlock"];
    let present: Vec<&str> = vnet_fields
        .iter()
        .copied()
        .filter(|f| is_set(cx, config, f))
        .collect();
    if !any_subnet && present.is_empty() {
        return;
    }
    let missing: Vec<&str> = vnet_fields
        .iter()
        .copied()
        .filter(|f| !present.contains(f))
        .collect();
    if !missing.is_empty() {
        let anchor = present.first().copied().or([
            "workerSubnetName",
            "workerCidr",
            "controlPlaneSubnetName",
            "controlPlaneCidr",
        ]
        .into_iter()
        .find(|f| is_set(cx, config, f)));
        let Some((key, _)) = anchor.and_then(|a| cx.field(config, a)) else {
            return;
        };
        let message = format!(
            "static placement is incomplete: also set {}",
            list(cx, &missing)
        );
        cx.push(RULE.diagnostic(cx.doc.span(key), message));
    }
}

fn check_azure(cx: &mut Context, config: NodeId) {
    let fields = [
        "networkResourceGroup",
        "virtualNetworkName",
        "virtualNetworkCidrBlock",
        "controlPlaneSubnet",
        "workerNodeSubnet",
    ];
    let present: Vec<&str> = fields
        .iter()
        .copied()
        .filter(|f| is_set(cx, config, f))
        .collect();
    if present.is_empty() || present.len() == fields.len() {
        return;
    }
    let missing: Vec<&str> = fields
        .iter()
        .copied()
        .filter(|f| !present.contains(f))
        .collect();
    let (key, _) = cx.field(config, present[0]).expect("present");
    let message = format!(
        "static placement is incomplete: {} go together; also set {}",
        list(cx, &present),
        list(cx, &missing)
    );
    cx.push(RULE.diagnostic(cx.doc.span(key), message));
}

/// `a`, `b` and `c`, named as the document writes them.
fn list(cx: &Context, fields: &[&'static str]) -> String {
    let names: Vec<_> = fields.iter().map(|f| cx.key(f)).collect();
    let names: Vec<&str> = names.iter().map(|n| n.as_ref()).collect();
    crate::suggest::one_of(&names).replace(" or ", " and ")
}

#[cfg(test)]
mod tests {
    use crate::kind::DocumentKind::{CrossplaneAks, CrossplaneAzure};
    use crate::rules::testing::{assert_clean, findings};

    fn aks(fields: &str) -> String {
        let mut text = String::from("apiVersion: cluster.palette.crossplane.io/v1alpha1\nkind: Aks\nspec:\n  forProvider:\n    cloudConfig:\n      - region: eastus\n");
        for line in fields.lines() {
            text.push_str(&format!("        {line}\n"));
        }
        text
    }

    #[test]
    fn subnet_name_without_cidr() {
        let text = aks("vnetName: v\nvnetResourceGroup: rg\nvnetCidrBlock: 10.0.0.0/16\nworkerSubnetName: w\ncontrolPlaneSubnetName: cp\ncontrolPlaneCidr: 10.0.1.0/24");
        assert_eq!(
            findings(&text, CrossplaneAks, "static-placement"),
            [("workerSubnetName".to_owned(), 10)]
        );
    }

    #[test]
    fn subnets_without_vnet() {
        let text = aks("workerSubnetName: w\nworkerCidr: 10.0.2.0/24");
        let found = findings(&text, CrossplaneAks, "static-placement");
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn complete_or_absent_passes() {
        assert_clean(&aks(""), CrossplaneAks, "static-placement");
        assert_clean(
            &aks("vnetName: v\nvnetResourceGroup: rg\nvnetCidrBlock: 10.0.0.0/16\nworkerSubnetName: w\nworkerCidr: 10.0.2.0/24\ncontrolPlaneSubnetName: cp\ncontrolPlaneCidr: 10.0.1.0/24"),
            CrossplaneAks,
            "static-placement",
        );
    }

    #[test]
    fn azure_all_or_nothing() {
        let text = "apiVersion: cluster.palette.crossplane.io/v1alpha1\nkind: Azure\nspec:\n  forProvider:\n    cloudConfig:\n      - virtualNetworkName: v\n        networkResourceGroup: rg\n";
        assert_eq!(findings(text, CrossplaneAzure, "static-placement").len(), 1);
    }
}
