//! CIDR blocks of the static-placement VNet and subnets, and of the AKS pod/service ranges.

use std::net::{IpAddr, Ipv4Addr};

use super::{
    Context, Example, Rule, Source, AKS_CLUSTER_KINDS, AZURE_CLUSTER_KINDS, CLUSTER_KINDS,
};
use crate::diagnostic::Severity;
use crate::kind::DocumentKind;
use crate::syntax::NodeId;

pub static RULE: Rule = Rule {
    code: "subnet-cidr",
    severity: Severity::Error,
    summary: "invalid CIDR, subnet outside the VNet, overlapping subnets, or a subnet smaller than /29",
    explanation: "Static placement puts the cluster in an existing virtual network: the control plane \
and worker subnets must be valid CIDR blocks inside the VNet's address space, must not overlap each \
other, and must be at least a /29 (Azure's smallest subnet; it reserves five addresses in each). A \
block whose address has host bits set (`10.0.1.5/24`) is not a network address and Azure rejects it. \
Azure also refuses some ranges outright (`127.0.0.0/8`, `169.254.0.0/16`, `224.0.0.0/4`, \
`168.63.129.16/32`), and AKS cannot use `172.30.0.0/16`, `172.31.0.0/16` or `192.0.2.0/24`.",
    sources: &[
        Source::new("Azure, Virtual network FAQ", "https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq"),
        Source::new("Azure, AKS network concepts", "https://learn.microsoft.com/azure/aks/concepts-network-ip-address-planning"),
    ],
    examples: &[
        Example::invalid(
            "\
apiVersion: cluster.palette.crossplane.io/v1alpha1
kind: Azure
metadata:
  name: iaas-prod
spec:
  forProvider:
    cloudConfig:
      - virtualNetworkName: vnet-prod
        networkResourceGroup: rg-network
        virtualNetworkCidrBlock: 10.10.0.0/16
        controlPlaneSubnet:
          - name: cp
            cidrBlock: 10.20.1.0/24
        workerNodeSubnet:
          - name: workers
            cidrBlock: 10.10.2.0/24
",
        ),
        Example::valid(
            "\
apiVersion: cluster.palette.crossplane.io/v1alpha1
kind: Azure
metadata:
  name: iaas-prod
spec:
  forProvider:
    cloudConfig:
      - virtualNetworkName: vnet-prod
        networkResourceGroup: rg-network
        virtualNetworkCidrBlock: 10.10.0.0/16
        controlPlaneSubnet:
          - name: cp
            cidrBlock: 10.10.1.0/24
        workerNodeSubnet:
          - name: workers
            cidrBlock: 10.10.2.0/24
",
        ),
    ],
    kinds: CLUSTER_KINDS,
    check: Some(check),
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cidr {
    pub addr: u32,
    pub prefix: u8,
}

impl Cidr {
    fn mask(self) -> u32 {
        if self.prefix == 0 {
            0
        } else {
            u32::MAX << (32 - self.prefix)
        }
    }
    fn network(self) -> u32 {
        self.addr & self.mask()
    }
    fn last(self) -> u32 {
        self.network() | !self.mask()
    }
    fn contains(self, other: Cidr) -> bool {
        other.prefix >= self.prefix && other.network() & self.mask() == self.network()
    }
    fn overlaps(self, other: Cidr) -> bool {
        self.network() <= other.last() && other.network() <= self.last()
    }
    fn network_text(self) -> String {
        format!("{}/{}", Ipv4Addr::from(self.network()), self.prefix)
    }
}

pub(crate) enum Parsed {
    V4(Cidr),
    /// A valid IPv6 block: accepted, not analysed further.
    V6,
}

pub(crate) fn parse_cidr(text: &str) -> Result<Parsed, String> {
    let (addr, prefix) = text
        .trim()
        .split_once('/')
        .ok_or_else(|| "it has no `/prefix` length".to_owned())?;
    let addr: IpAddr = addr
        .parse()
        .map_err(|_| format!("`{addr}` is not an IP address"))?;
    let prefix: u8 = prefix
        .parse()
        .map_err(|_| format!("`{prefix}` is not a prefix length"))?;
    match addr {
        IpAddr::V4(v4) if prefix <= 32 => Ok(Parsed::V4(Cidr {
            addr: u32::from(v4),
            prefix,
        })),
        IpAddr::V6(_) if prefix <= 128 => Ok(Parsed::V6),
        _ => Err(format!("/{prefix} is longer than the address allows")),
    }
}

const AZURE_FORBIDDEN: [(&str, &str); 5] = [
    ("224.0.0.0/4", "multicast"),
    ("255.255.255.255/32", "broadcast"),
    ("127.0.0.0/8", "loopback"),
    ("169.254.0.0/16", "link-local"),
    (
        "168.63.129.16/32",
        "Azure's internal DNS and health-probe address",
    ),
];
const AKS_FORBIDDEN: [(&str, &str); 3] = [
    ("172.30.0.0/16", "reserved by AKS"),
    ("172.31.0.0/16", "reserved by AKS"),
    ("192.0.2.0/24", "reserved by AKS"),
];

#[derive(Clone, Copy, PartialEq)]
enum Role {
    VNet,
    Subnet,
    /// Pod or service range of an AKS cluster: not part of the VNet.
    ClusterRange,
}

struct Block {
    node: NodeId,
    name: Option<String>,
    role: Role,
    cidr: Option<Cidr>,
}

fn check(cx: &mut Context) {
    let aks = cx.kind == DocumentKind::KubernetesAksValues || AKS_CLUSTER_KINDS.contains(&cx.kind);
    for group in collect(cx) {
        let mut blocks = Vec::new();
        for (node, name, role) in group {
            blocks.push(check_one(cx, node, name, role, aks));
        }
        relate(cx, &blocks);
    }
}

/// Groups of related blocks (one VNet with its subnets per cloudConfig).
fn collect(cx: &Context) -> Vec<Vec<(NodeId, Option<String>, Role)>> {
    let doc = cx.doc;
    let mut groups = Vec::new();
    match cx.kind {
        DocumentKind::KubernetesAksValues => {
            let mut group = Vec::new();
            for key in ["podCIDR", "serviceClusterIpRange"] {
                if let Some(id) = doc.at_path(&["pack", key]) {
                    group.push((id, None, Role::ClusterRange));
                }
            }
            groups.push(group);
        }
        kind if AKS_CLUSTER_KINDS.contains(&kind) => {
            for config in cx.cloud_configs() {
                let mut group = Vec::new();
                if let Some(id) = cx.get(config, "vnetCidrBlock") {
                    group.push((id, None, Role::VNet));
                }
                for (cidr, name) in [
                    ("controlPlaneCidr", "controlPlaneSubnetName"),
                    ("workerCidr", "workerSubnetName"),
                ] {
                    if let Some(id) = cx.get(config, cidr) {
                        let name = cx
                            .get(config, name)
                            .and_then(|n| doc.str_value(n))
                            .map(str::to_owned);
                        group.push((id, name, Role::Subnet));
                    }
                }
                groups.push(group);
            }
        }
        kind if AZURE_CLUSTER_KINDS.contains(&kind) => {
            for config in cx.cloud_configs() {
                let mut group = Vec::new();
                if let Some(id) = cx.get(config, "virtualNetworkCidrBlock") {
                    group.push((id, None, Role::VNet));
                }
                for list in ["controlPlaneSubnet", "workerNodeSubnet"] {
                    let Some(subnets) = cx.get(config, list) else {
                        continue;
                    };
                    for &subnet in doc.items(subnets) {
                        if let Some(id) = cx.get(subnet, "cidrBlock") {
                            let name = doc
                                .get(subnet, "name")
                                .and_then(|n| doc.str_value(n))
                                .map(str::to_owned);
                            group.push((id, name, Role::Subnet));
                        }
                    }
                }
                groups.push(group);
            }
        }
        _ => {}
    }
    groups
}

fn check_one(cx: &mut Context, node: NodeId, name: Option<String>, role: Role, aks: bool) -> Block {
    let mut block = Block {
        node,
        name,
        role,
        cidr: None,
    };
    let Some(text) = cx.doc.str_value(node) else {
        return block;
    };
    let span = cx.doc.span(node);
    let cidr = match parse_cidr(text) {
        Err(problem) => {
            cx.push(RULE.diagnostic(
                span,
                format!("`{text}` is not a valid CIDR block: {problem}"),
            ));
            return block;
        }
        Ok(Parsed::V6) => return block,
        Ok(Parsed::V4(cidr)) => cidr,
    };
    if cidr.addr != cidr.network() {
        let network = cidr.network_text();
        cx.push(
            RULE.diagnostic(
                span.clone(),
                format!(
                    "`{text}` has host bits set; the network address of this block is `{network}`"
                ),
            )
            .with_fix(format!("Replace with `{network}`"), span.clone(), network),
        );
    }
    if role == Role::Subnet && cidr.prefix > 29 {
        cx.push(RULE.diagnostic(
            span.clone(),
            format!("subnet `{text}` is smaller than /29, the smallest subnet Azure allows (it reserves 5 addresses in each)"),
        ));
    }
    let forbidden = AZURE_FORBIDDEN
        .iter()
        .chain(if aks { &AKS_FORBIDDEN[..] } else { &[] });
    for (range, why) in forbidden {
        let Ok(Parsed::V4(reserved)) = parse_cidr(range) else {
            continue;
        };
        if reserved.overlaps(cidr) {
            cx.push(RULE.diagnostic(
                span.clone(),
                format!("`{text}` overlaps `{range}` ({why}), which this network cannot use"),
            ));
            break;
        }
    }
    block.cidr = Some(cidr);
    block
}

/// Subnets inside their VNet, and not overlapping each other.
fn relate(cx: &mut Context, blocks: &[Block]) {
    let vnet = blocks
        .iter()
        .find(|b| b.role == Role::VNet)
        .and_then(|b| b.cidr);
    let subnets: Vec<&Block> = blocks
        .iter()
        .filter(|b| b.role == Role::Subnet && b.cidr.is_some())
        .collect();
    for (i, subnet) in subnets.iter().enumerate() {
        let cidr = subnet.cidr.expect("filtered");
        let span = cx.doc.span(subnet.node);
        if let Some(vnet) = vnet {
            if !vnet.contains(cidr) {
                cx.push(RULE.diagnostic(
                    span.clone(),
                    format!(
                        "subnet `{}` is not inside the VNet address space `{}`",
                        cidr.network_text(),
                        vnet.network_text()
                    ),
                ));
            }
        }
        for earlier in &subnets[..i] {
            let other = earlier.cidr.expect("filtered");
            // The same subnet named twice (one subnet for both roles) is not an overlap.
            let same_subnet =
                other == cidr && earlier.name.is_some() && earlier.name == subnet.name;
            if other.overlaps(cidr) && !same_subnet {
                let line = cx.line_number(cx.doc.span(earlier.node).start);
                cx.push(RULE.diagnostic(
                    span.clone(),
                    format!("subnet `{}` overlaps subnet `{}` on line {line}; Azure subnets in one VNet cannot overlap", cidr.network_text(), other.network_text()),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::kind::DocumentKind::{CrossplaneAks, CrossplaneAzure, KubernetesAksValues as Aks};
    use crate::rules::testing::{apply_first_fix, assert_clean, findings};

    fn azure(vnet: &str, cp: &str, worker: &str) -> String {
        format!("apiVersion: cluster.palette.crossplane.io/v1alpha1\nkind: Azure\nspec:\n  forProvider:\n    cloudConfig:\n      - virtualNetworkCidrBlock: {vnet}\n        controlPlaneSubnet:\n          - name: cp\n            cidrBlock: {cp}\n        workerNodeSubnet:\n          - name: workers\n            cidrBlock: {worker}\n")
    }

    #[test]
    fn valid_layout_passes() {
        assert_clean(
            &azure("10.10.0.0/16", "10.10.1.0/24", "10.10.2.0/24"),
            CrossplaneAzure,
            "subnet-cidr",
        );
    }

    #[test]
    fn outside_overlap_and_size() {
        let outside = findings(
            &azure("10.10.0.0/16", "10.20.1.0/24", "10.10.2.0/24"),
            CrossplaneAzure,
            "subnet-cidr",
        );
        assert_eq!(outside, [("10.20.1.0/24".to_owned(), 9)]);
        let overlap = findings(
            &azure("10.10.0.0/16", "10.10.0.0/23", "10.10.1.0/24"),
            CrossplaneAzure,
            "subnet-cidr",
        );
        assert_eq!(overlap, [("10.10.1.0/24".to_owned(), 12)]);
        let tiny = findings(
            &azure("10.10.0.0/16", "10.10.1.0/30", "10.10.2.0/24"),
            CrossplaneAzure,
            "subnet-cidr",
        );
        assert_eq!(tiny.len(), 1);
    }

    #[test]
    fn invalid_text_and_host_bits() {
        assert_eq!(
            findings(
                &azure("10.10.0.0", "10.10.1.0/24", "10.10.2.0/24"),
                CrossplaneAzure,
                "subnet-cidr"
            )
            .len(),
            1
        );
        assert_eq!(
            findings(
                &azure("10.10.0.0/16", "10.10.300.0/24", "10.10.2.0/24"),
                CrossplaneAzure,
                "subnet-cidr"
            )
            .len(),
            1
        );
        let fixed = apply_first_fix(
            &azure("10.10.0.0/16", "10.10.1.7/24", "10.10.2.0/24"),
            CrossplaneAzure,
            "subnet-cidr",
        );
        assert!(fixed.contains("cidrBlock: 10.10.1.0/24"));
    }

    #[test]
    fn aks_ranges() {
        let aks = "apiVersion: cluster.palette.crossplane.io/v1alpha1\nkind: Aks\nspec:\n  forProvider:\n    cloudConfig:\n      - vnetCidrBlock: 172.31.0.0/16\n";
        assert_eq!(findings(aks, CrossplaneAks, "subnet-cidr").len(), 1);
        assert_eq!(
            findings(
                "pack:\n  podCIDR: 192.168.0.0/16x\nmanagedControlPlane: {}\n",
                Aks,
                "subnet-cidr"
            )
            .len(),
            1
        );
        assert_clean("pack:\n  podCIDR: 192.168.0.0/16\n  serviceClusterIpRange: 10.0.0.0/16\nmanagedControlPlane: {}\n", Aks, "subnet-cidr");
    }
}
