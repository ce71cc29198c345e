//! Cluster tags, wherever a document keeps them, and the rules that check them.
//!
//! AKS layer values keep Azure tags in `managedControlPlane.additionalTags` (a map);
//! Crossplane clusters keep Palette tags in `spec.forProvider.tags` (a list of `key:value`).

pub mod count;
pub mod duplicate;
pub mod format;
pub mod invalid_chars;
pub mod length;
pub mod reserved;

use super::{Context, Source};
use crate::syntax::embedded::OffsetMap;
use crate::syntax::{NodeId, Span};

pub(crate) const TAG_SOURCES: &[Source] = &[
    Source::new(
        "Palette docs, Azure Architecture, Tags and Reserved Tags",
        "https://docs.spectrocloud.com/clusters/public-cloud/azure/architecture/",
    ),
    Source::new(
        "Azure, Use tags to organize your Azure resources, Limitations",
        "https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources",
    ),
];

#[derive(Debug, Clone)]
pub struct Tag {
    pub key: String,
    /// `None` for a list tag without a colon.
    pub value: Option<String>,
    pub key_span: Span,
    /// The whole tag (list form) or its value (map form).
    pub span: Span,
    /// Written as one `key:value` string in a list (rather than a map entry).
    pub from_list: bool,
    /// The list item's full text (list form).
    pub raw: String,
}

#[derive(Debug, Clone, Default)]
pub struct TagSet {
    /// The `tags:` / `additionalTags:` key.
    pub key: Option<NodeId>,
    pub tags: Vec<Tag>,
}

pub(crate) fn extract_tags(cx: &Context) -> TagSet {
    let doc = cx.doc;
    let mut set = TagSet::default();
    match cx.kind {
        kind if !kind.spec().control_plane.is_empty() || !kind.spec().machine_pool.is_empty() => {
            // AKS `additionalTags` (a map), on the control plane or else the node pool.
            let found = [cx.control_plane(), cx.machine_pool()]
                .into_iter()
                .flatten()
                .find_map(|settings| doc.entry(settings, "additionalTags"));
            let Some((key, map)) = found else {
                return set;
            };
            set.key = Some(key);
            for &(k, v) in doc.entries(map) {
                let Some(key_text) = doc.key_text(k) else {
                    continue;
                };
                set.tags.push(Tag {
                    key: key_text.to_owned(),
                    value: Some(doc.scalar(v).map(|s| s.text.clone()).unwrap_or_default()),
                    key_span: doc.span(k),
                    span: cx.value_span(Some(k), v),
                    from_list: false,
                    raw: key_text.to_owned(),
                });
            }
        }
        kind if kind.is_crossplane() || kind.is_terraform() => {
            let Some(provider) = cx.resource() else {
                return set;
            };
            let Some((key, list)) = doc.entry(provider, "tags") else {
                return set;
            };
            set.key = Some(key);
            for &item in doc.items(list) {
                let Some(scalar) = doc.scalar(item) else {
                    continue;
                };
                let raw = scalar.text.clone();
                let map = OffsetMap::for_scalar(cx.text, doc.node(doc.resolve(item)), scalar);
                let span = doc.span(item);
                let (key, value) = match raw.split_once(':') {
                    Some((k, v)) => (k.to_owned(), Some(v.to_owned())),
                    None => (raw.clone(), None),
                };
                let key_span = if map.is_exact() {
                    map.span(&(0..key.len()))
                } else {
                    span.clone()
                };
                set.tags.push(Tag {
                    key,
                    value,
                    key_span,
                    span,
                    from_list: true,
                    raw,
                });
            }
        }
        _ => {}
    }
    set
}

#[cfg(test)]
pub(crate) mod test_docs {
    /// A Crossplane `Aks` cluster with the given list tags.
    pub fn crossplane(tags: &[&str]) -> String {
        let mut text = String::from("apiVersion: cluster.palette.crossplane.io/v1alpha1\nkind: Aks\nmetadata:\n  name: c\nspec:\n  forProvider:\n    tags:\n");
        for tag in tags {
            text.push_str(&format!("      - \"{tag}\"\n"));
        }
        text
    }

    /// AKS layer values with the given `additionalTags` entries (`key: value` lines).
    pub fn aks_values(entries: &[&str]) -> String {
        let mut text = String::from("managedControlPlane:\n  additionalTags:\n");
        for entry in entries {
            text.push_str(&format!("    {entry}\n"));
        }
        text
    }
}
