//! Cluster tags, wherever a document keeps them.
//!
//! AKS settings keep Azure tags in `additionalTags` (a map) on the control plane or node pool
//! (Palette's AKS values, CAPZ manifests, overrides); Crossplane and Terraform clusters keep
//! Palette tags in `tags` (a list of `key:value` strings).

use crate::kind::DocumentKind;
use crate::layout;
use crate::syntax::embedded::OffsetMap;
use crate::syntax::{Document, NodeId, Span};

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

/// The cluster tags of a document of `kind`.
pub fn extract(text: &str, doc: &Document, kind: DocumentKind) -> TagSet {
    let mut set = TagSet::default();
    match kind {
        kind if !kind.spec().control_plane.is_empty() || !kind.spec().machine_pool.is_empty() => {
            // AKS `additionalTags` (a map), on the control plane or else the node pool.
            let found = [
                layout::control_plane(doc, kind),
                layout::machine_pool(doc, kind),
            ]
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
                    span: layout::value_span(doc, Some(k), v),
                    from_list: false,
                    raw: key_text.to_owned(),
                });
            }
        }
        kind if kind.is_crossplane() || kind.is_terraform() => {
            let Some(provider) = layout::resource(doc, kind) else {
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
                let map = OffsetMap::for_scalar(text, doc.node(doc.resolve(item)), scalar);
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
