//! CIDR blocks of the static-placement VNet and subnets, and of the AKS pod/service ranges,
//! IPv4 and IPv6 alike. Blocks of different families are never compared with each other.

use std::net::IpAddr;

use ipnet::{IpNet, Ipv4Net};

use super::{
    Context, Example, Rule, Source, AKS_CLUSTER_KINDS, AZURE_CLUSTER_KINDS, CLUSTER_KINDS,
};
use crate::diagnostic::Severity;
use crate::kind::DocumentKind;
use crate::syntax::NodeId;

pub static RULE: Rule = Rule {
    code: "subnet-cidr",
    severity: Severity::Error,
    summary: "invalid CIDR, subnet outside the VNet, overlapping subnets, a subnet smaller than /29, or an IPv6 subnet that is not /64",
    explanation: "Static placement puts the cluster in an existing virtual network: the control plane \
and worker subnets must be valid CIDR blocks inside the VNet's address space, must not overlap each \
other, and an IPv4 subnet must be at least a /29 (Azure's smallest subnet; it reserves five addresses \
in each). A block whose address has host bits set (`10.0.1.5/24`, `fd00::1/64`) is not a network \
address and Azure rejects it. IPv6 blocks get the same checks as IPv4 ones, and an IPv6 subnet must \
be exactly a /64. A dual-stack VNet has an IPv4 and an IPv6 address space: a subnet is compared only \
with the VNet blocks and the other subnets of its own family, so an IPv6 subnet next to an IPv4-only \
VNet block is not reported as outside it. \
Azure also refuses some IPv4 ranges outright (`127.0.0.0/8`, `169.254.0.0/16`, `224.0.0.0/4`, \
`168.63.129.16/32`), and AKS cannot use `172.30.0.0/16`, `172.31.0.0/16` or `192.0.2.0/24`.",
    sources: &[
        Source::new("Azure, Virtual network FAQ", "https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq"),
        Source::new("Azure, IPv6 for Azure Virtual Network", "https://learn.microsoft.com/azure/virtual-network/ip-services/ipv6-overview"),
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

/// The block as written: its address may have host bits set (see [`IpNet::trunc`]).
pub(crate) fn parse_cidr(text: &str) -> Result<IpNet, String> {
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
    IpNet::new(addr, prefix).map_err(|_| format!("/{prefix} is longer than the address allows"))
}

/// Whether two blocks share an address; always false across families.
fn overlaps(a: IpNet, b: IpNet) -> bool {
    // Two CIDR blocks either nest or are disjoint.
    a.contains(&b) || b.contains(&a)
}

fn same_family(a: IpNet, b: IpNet) -> bool {
    matches!(
        (a, b),
        (IpNet::V4(_), IpNet::V4(_)) | (IpNet::V6(_), IpNet::V6(_))
    )
}

/// The VNet blocks of the subnet's family, when there are some and none holds the subnet.
/// A VNet with no block of that family says nothing about the subnet.
fn outside_vnet(vnet: &[IpNet], subnet: IpNet) -> Option<Vec<IpNet>> {
    let same: Vec<IpNet> = vnet
        .iter()
        .copied()
        .filter(|&block| same_family(block, subnet))
        .collect();
    let inside = same.iter().any(|block| block.contains(&subnet));
    (!same.is_empty() && !inside).then_some(same)
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

/// Azure's smallest IPv4 subnet.
const MAX_IPV4_SUBNET_PREFIX: u8 = 29;
/// The only IPv6 subnet size Azure takes.
const IPV6_SUBNET_PREFIX: u8 = 64;

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
    cidr: Option<IpNet>,
}

fn check(cx: &mut Context) {
    let aks = matches!(
        cx.kind,
        DocumentKind::KubernetesAksValues
            | DocumentKind::CapzManagedControlPlane
            | DocumentKind::PaletteCapiOverride
    ) || AKS_CLUSTER_KINDS.contains(&cx.kind);
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
        // Cluster API's managed control plane: `spec.virtualNetwork` and its one subnet.
        DocumentKind::CapzManagedControlPlane | DocumentKind::PaletteCapiOverride => {
            let mut group = Vec::new();
            let network = cx
                .control_plane()
                .and_then(|plane| doc.get(plane, "virtualNetwork"));
            if let Some(network) = network {
                if let Some(id) = doc.get(network, "cidrBlock") {
                    group.push((id, None, Role::VNet));
                }
                if let Some(subnet) = doc.get(network, "subnet") {
                    if let Some(id) = doc.get(subnet, "cidrBlock") {
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
        Ok(cidr) => cidr,
    };
    if cidr.addr() != cidr.network() {
        let network = cidr.trunc().to_string();
        cx.push(
            RULE.diagnostic(
                span.clone(),
                format!(
                    "`{text}` has host bits set; the network address of this block is `{network}`"
                ),
            )
            .with_unsafe_fix(
                format!("Replace with `{network}`"),
                span.clone(),
                network,
            ),
        );
    }
    if role == Role::Subnet {
        match cidr {
            IpNet::V4(v4) if v4.prefix_len() > MAX_IPV4_SUBNET_PREFIX => {
                cx.push(RULE.diagnostic(
                    span.clone(),
                    format!("subnet `{text}` is smaller than /29, the smallest subnet Azure allows (it reserves 5 addresses in each)"),
                ));
            }
            IpNet::V6(v6) if v6.prefix_len() != IPV6_SUBNET_PREFIX => {
                cx.push(RULE.diagnostic(
                    span.clone(),
                    format!(
                        "IPv6 subnet `{text}` is a /{}; Azure requires IPv6 subnets to be exactly /64",
                        v6.prefix_len()
                    ),
                ));
            }
            _ => {}
        }
    }
    // The refused ranges are IPv4 ranges; Azure documents none of the kind for IPv6.
    if let IpNet::V4(v4) = cidr {
        let forbidden = AZURE_FORBIDDEN
            .iter()
            .chain(if aks { &AKS_FORBIDDEN[..] } else { &[] });
        for (range, why) in forbidden {
            let reserved: Ipv4Net = range.parse().expect("a valid IPv4 block");
            if overlaps(reserved.into(), v4.into()) {
                cx.push(RULE.diagnostic(
                    span.clone(),
                    format!("`{text}` overlaps `{range}` ({why}), which this network cannot use"),
                ));
                break;
            }
        }
    }
    block.cidr = Some(cidr);
    block
}

/// Subnets inside their VNet, and not overlapping each other; each only against blocks of
/// its own family.
fn relate(cx: &mut Context, blocks: &[Block]) {
    let vnet: Vec<IpNet> = blocks
        .iter()
        .filter(|b| b.role == Role::VNet)
        .filter_map(|b| b.cidr)
        .collect();
    let subnets: Vec<&Block> = blocks
        .iter()
        .filter(|b| b.role == Role::Subnet && b.cidr.is_some())
        .collect();
    for (i, subnet) in subnets.iter().enumerate() {
        let cidr = subnet.cidr.expect("filtered");
        let span = cx.doc.span(subnet.node);
        if let Some(space) = outside_vnet(&vnet, cidr) {
            let space: Vec<String> = space
                .iter()
                .map(|block| format!("`{}`", block.trunc()))
                .collect();
            cx.push(RULE.diagnostic(
                span.clone(),
                format!(
                    "subnet `{}` is not inside the VNet address space {}",
                    cidr.trunc(),
                    space.join(", ")
                ),
            ));
        }
        for earlier in &subnets[..i] {
            let other = earlier.cidr.expect("filtered");
            // The same subnet named twice (one subnet for both roles) is not an overlap.
            let same_subnet =
                other == cidr && earlier.name.is_some() && earlier.name == subnet.name;
            if overlaps(other, cidr) && !same_subnet {
                let line = cx.line_number(cx.doc.span(earlier.node).start);
                cx.push(RULE.diagnostic(
                    span.clone(),
                    format!("subnet `{}` overlaps subnet `{}` on line {line}; Azure subnets in one VNet cannot overlap", cidr.trunc(), other.trunc()),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::kind::DocumentKind::{CrossplaneAks, CrossplaneAzure, KubernetesAksValues as Aks};
    use crate::rules::testing::{apply_first_fix, assert_clean, diagnostics, findings};

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

    /// Messages of `subnet-cidr` for a Crossplane Azure document.
    fn messages(vnet: &str, cp: &str, worker: &str) -> Vec<String> {
        diagnostics(&azure(vnet, cp, worker), CrossplaneAzure)
            .into_iter()
            .filter(|d| d.code == "subnet-cidr")
            .map(|d| d.message)
            .collect()
    }

    fn net(text: &str) -> super::IpNet {
        text.parse().expect("a valid block")
    }

    #[test]
    fn ipv6_valid_layout_passes() {
        assert_clean(
            &azure("fd00:db8::/48", "fd00:db8:0:1::/64", "fd00:db8:0:2::/64"),
            CrossplaneAzure,
            "subnet-cidr",
        );
    }

    #[test]
    fn ipv6_host_bits() {
        assert_eq!(
            messages("fd00::/48", "fd00::1/64", "fd00:0:0:2::/64"),
            ["`fd00::1/64` has host bits set; the network address of this block is `fd00::/64`"]
        );
        let fixed = apply_first_fix(
            &azure("fd00:db8::/48", "fd00:db8:0:1::7/64", "fd00:db8:0:2::/64"),
            CrossplaneAzure,
            "subnet-cidr",
        );
        assert!(fixed.contains("cidrBlock: fd00:db8:0:1::/64"));
        // The VNet block too.
        assert_eq!(
            findings(
                &azure("fd00:db8::1/48", "fd00:db8:0:1::/64", "fd00:db8:0:2::/64"),
                CrossplaneAzure,
                "subnet-cidr"
            ),
            [("fd00:db8::1/48".to_owned(), 6)]
        );
    }

    #[test]
    fn ipv6_outside_vnet() {
        let outside = findings(
            &azure("fd00:db8::/48", "fd00:db9:0:1::/64", "fd00:db8:0:2::/64"),
            CrossplaneAzure,
            "subnet-cidr",
        );
        assert_eq!(outside, [("fd00:db9:0:1::/64".to_owned(), 9)]);
        assert_eq!(
            messages("fd00:db8::/48", "fd00:db9:0:1::/64", "fd00:db8:0:2::/64"),
            ["subnet `fd00:db9:0:1::/64` is not inside the VNet address space `fd00:db8::/48`"]
        );
    }

    #[test]
    fn ipv6_overlap() {
        let overlap = findings(
            &azure("fd00:db8::/48", "fd00:db8:0:1::/64", "fd00:db8:0:1::/64"),
            CrossplaneAzure,
            "subnet-cidr",
        );
        assert_eq!(overlap, [("fd00:db8:0:1::/64".to_owned(), 12)]);
        assert_eq!(
            messages("fd00:db8::/48", "fd00:db8:0:1::/64", "fd00:db8:0:1::/64"),
            ["subnet `fd00:db8:0:1::/64` overlaps subnet `fd00:db8:0:1::/64` on line 9; Azure subnets in one VNet cannot overlap"]
        );
    }

    #[test]
    fn ipv6_subnet_size() {
        assert_eq!(
            messages("fd00:db8::/48", "fd00:db8:0:1::/80", "fd00:db8:0:2::/64"),
            ["IPv6 subnet `fd00:db8:0:1::/80` is a /80; Azure requires IPv6 subnets to be exactly /64"]
        );
        assert_eq!(
            findings(
                &azure("fd00:db8::/48", "fd00:db8:0:100::/56", "fd00:db8:0:2::/64"),
                CrossplaneAzure,
                "subnet-cidr"
            ),
            [("fd00:db8:0:100::/56".to_owned(), 9)]
        );
        // The /29 floor is IPv4's; the /64 rule is for subnets only, not the VNet or cluster ranges.
        assert_clean(
            "pack:\n  podCIDR: fd00:10::/56\n  serviceClusterIpRange: fd00:20::/108\nmanagedControlPlane: {}\n",
            Aks,
            "subnet-cidr",
        );
    }

    #[test]
    fn invalid_ipv6_text() {
        assert_eq!(
            messages("fd00:db8::/48", "fd00:db8::g/64", "fd00:db8:0:2::/64"),
            ["`fd00:db8::g/64` is not a valid CIDR block: `fd00:db8::g` is not an IP address"]
        );
        assert_eq!(
            messages("fd00:db8::/129", "fd00:db8:0:1::/64", "fd00:db8:0:2::/64"),
            ["`fd00:db8::/129` is not a valid CIDR block: /129 is longer than the address allows"]
        );
        assert_eq!(
            messages("fd00:db8::/48", "fd00:db8:0:1::/64", "fd00:db8:0:2::/x"),
            ["`fd00:db8:0:2::/x` is not a valid CIDR block: `x` is not a prefix length"]
        );
        // An IPv4 address cannot take an IPv6 prefix length.
        assert_eq!(
            messages("10.10.0.0/64", "10.10.1.0/24", "10.10.2.0/24"),
            ["`10.10.0.0/64` is not a valid CIDR block: /64 is longer than the address allows"]
        );
    }

    #[test]
    fn families_are_never_compared() {
        // An IPv6 subnet beside an IPv4-only VNet block: the VNet's IPv6 space is not written.
        assert_clean(
            &azure("10.10.0.0/16", "10.10.1.0/24", "fd00:db8:0:2::/64"),
            CrossplaneAzure,
            "subnet-cidr",
        );
        assert_clean(
            &azure("fd00:db8::/48", "10.20.1.0/24", "fd00:db8:0:2::/64"),
            CrossplaneAzure,
            "subnet-cidr",
        );
        // `::a0a:100/120` has the same low 32 bits as `10.10.1.0/24`: no overlap across families.
        let text = azure("10.10.0.0/16", "10.10.1.0/24", "::a0a:100/120");
        assert_eq!(
            findings(&text, CrossplaneAzure, "subnet-cidr"),
            [("::a0a:100/120".to_owned(), 12)],
            "only the /64 size"
        );
        // Nor against the IPv4 ranges Azure refuses (`::a9fe:0/112` ~ 169.254.0.0/16).
        assert_clean(
            "apiVersion: cluster.palette.crossplane.io/v1alpha1\nkind: Aks\nspec:\n  forProvider:\n    cloudConfig:\n      - vnetCidrBlock: ::a9fe:0/112\n",
            CrossplaneAks,
            "subnet-cidr",
        );
    }

    #[test]
    fn dual_stack_vnet() {
        use super::{outside_vnet, overlaps};
        let vnet = [net("10.0.0.0/16"), net("fd00:db8::/48")];
        assert_eq!(outside_vnet(&vnet, net("10.0.1.0/24")), None);
        assert_eq!(outside_vnet(&vnet, net("fd00:db8:0:1::/64")), None);
        assert_eq!(
            outside_vnet(&vnet, net("10.1.0.0/24")),
            Some(vec![net("10.0.0.0/16")])
        );
        assert_eq!(
            outside_vnet(&vnet, net("fd00:db9::/64")),
            Some(vec![net("fd00:db8::/48")])
        );
        // Several blocks of one family: inside any of them is enough.
        let two = [net("10.0.0.0/16"), net("10.1.0.0/16"), net("fd00:db8::/48")];
        assert_eq!(outside_vnet(&two, net("10.1.2.0/24")), None);
        assert_eq!(
            outside_vnet(&two, net("10.2.0.0/24")),
            Some(vec![net("10.0.0.0/16"), net("10.1.0.0/16")])
        );
        // A VNet with no block of the subnet's family says nothing about it.
        assert_eq!(
            outside_vnet(&[net("fd00:db8::/48")], net("10.0.1.0/24")),
            None
        );
        assert_eq!(outside_vnet(&[net("10.0.0.0/16")], net("fd00::/64")), None);
        assert_eq!(outside_vnet(&[], net("10.0.1.0/24")), None);
        assert!(!overlaps(net("0.0.0.0/0"), net("::/0")));
        assert!(!overlaps(net("10.10.1.0/24"), net("::a0a:100/120")));
        assert!(overlaps(net("fd00::/48"), net("fd00:0:0:1::5/64")));
        assert!(!overlaps(net("fd00::/64"), net("fd00:0:0:1::/64")));
    }

    #[test]
    fn refused_ranges_parse() {
        for (range, _) in super::AZURE_FORBIDDEN.iter().chain(&super::AKS_FORBIDDEN) {
            assert!(range.parse::<ipnet::Ipv4Net>().is_ok(), "{range}");
        }
    }

    proptest::proptest! {
        /// Same-family overlap agrees with comparing the address intervals (the u32 and
        /// u128 arithmetic this rule once did by hand for IPv4).
        #[test]
        fn overlap_is_interval_overlap(a: u32, pa in 0u8..=32, b: u32, pb in 0u8..=32,
                                       c: u128, pc in 0u8..=128, d: u128, pd in 0u8..=128) {
            let v4 = |addr: u32, prefix: u8| super::IpNet::new(std::net::Ipv4Addr::from(addr).into(), prefix).unwrap();
            let v6 = |addr: u128, prefix: u8| super::IpNet::new(std::net::Ipv6Addr::from(addr).into(), prefix).unwrap();
            let mask4 = |p: u8| u32::MAX.checked_shl(32 - u32::from(p)).unwrap_or(0);
            let mask6 = |p: u8| u128::MAX.checked_shl(128 - u32::from(p)).unwrap_or(0);
            let (a0, a1) = (a & mask4(pa), a | !mask4(pa));
            let (b0, b1) = (b & mask4(pb), b | !mask4(pb));
            proptest::prop_assert_eq!(super::overlaps(v4(a, pa), v4(b, pb)), a0 <= b1 && b0 <= a1);
            let (c0, c1) = (c & mask6(pc), c | !mask6(pc));
            let (d0, d1) = (d & mask6(pd), d | !mask6(pd));
            proptest::prop_assert_eq!(super::overlaps(v6(c, pc), v6(d, pd)), c0 <= d1 && d0 <= c1);
            proptest::prop_assert!(!super::overlaps(v4(a, pa), v6(c, pc)));
        }
    }
}
