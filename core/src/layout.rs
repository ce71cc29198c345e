//! Where each document kind keeps the settings rules read (from the kind registry), so one
//! rule serves every format. Pure functions of a document and its kind.

use std::borrow::Cow;

use crate::kind::DocumentKind;
use crate::syntax::{Document, NodeId, NodeValue, Span};

/// The mapping at a registry path (`KindSpec::control_plane`, `machine_pool`), if present.
fn mapping_at(doc: &Document, path: &[&str]) -> Option<NodeId> {
    if path.is_empty() {
        return None;
    }
    doc.at_path(path).filter(|&node| doc.is_mapping(node))
}

/// The AKS control plane's settings: `managedControlPlane` in Palette's AKS values, `spec` in
/// CAPZ's AzureManagedControlPlane, `azureManagedControlPlane.spec` in an override.
pub fn control_plane(doc: &Document, kind: DocumentKind) -> Option<NodeId> {
    mapping_at(doc, kind.spec().control_plane)
}

/// The AKS node pool's settings (see [`control_plane`]).
pub fn machine_pool(doc: &Document, kind: DocumentKind) -> Option<NodeId> {
    mapping_at(doc, kind.spec().machine_pool)
}

/// The path to a Palette resource's settings: Crossplane's `spec.forProvider`, or the body of
/// a Terraform resource block (the root).
pub fn resource_path(kind: DocumentKind) -> &'static [&'static str] {
    if kind.is_terraform() {
        &[]
    } else {
        &["spec", "forProvider"]
    }
}

/// A Palette resource's settings (see [`resource_path`]).
pub fn resource(doc: &Document, kind: DocumentKind) -> Option<NodeId> {
    doc.at_path(resource_path(kind))
}

/// A field name as the kind writes it: Crossplane's `vnetCidrBlock` is Terraform's
/// `vnet_cidr_block`.
pub fn key(kind: DocumentKind, camel: &'static str) -> Cow<'static, str> {
    if kind.is_terraform() {
        Cow::Owned(snake_case(camel))
    } else {
        Cow::Borrowed(camel)
    }
}

/// Where to point at a value: the value itself, or for a block collection its key.
pub fn value_span(doc: &Document, key: Option<NodeId>, value: NodeId) -> Span {
    let node = doc.node(value);
    let is_block_collection =
        !node.flow && matches!(node.value, NodeValue::Mapping(_) | NodeValue::Sequence(_));
    match key {
        Some(key) if is_block_collection || node.span.is_empty() => doc.span(key),
        _ => node.span.clone(),
    }
}

/// `vnetCidrBlock` → `vnet_cidr_block`.
fn snake_case(camel: &str) -> String {
    let mut out = String::with_capacity(camel.len() + 4);
    for c in camel.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn crossplane_names_to_terraform_names() {
        assert_eq!(super::snake_case("vnetCidrBlock"), "vnet_cidr_block");
        assert_eq!(super::snake_case("subscriptionId"), "subscription_id");
        assert_eq!(super::snake_case("name"), "name");
    }
}
