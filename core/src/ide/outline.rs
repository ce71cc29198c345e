//! The document outline: one symbol per recognized document, with its keys as children.

use std::ops::Range;

use crate::engine::{documents, Options};
use crate::syntax::{parse, Document, NodeId, NodeValue, ScalarType};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SymbolKind {
    Document,
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Symbol {
    pub name: String,
    /// A short value preview or the document kind.
    pub detail: Option<String>,
    pub kind: SymbolKind,
    /// The whole entry.
    pub range: Range<usize>,
    /// The part to highlight (the key).
    pub selection_range: Range<usize>,
    pub children: Vec<Symbol>,
}

/// Deeper levels are left out: an outline is for finding your way, not a second editor.
const MAX_DEPTH: usize = 12;

pub fn outline(text: &str, options: &Options) -> Vec<Symbol> {
    let stream = parse(text);
    documents(text, options)
        .into_iter()
        .zip(&stream.documents)
        .filter_map(|(info, doc)| {
            let kind = info.kind?;
            let root = doc.root?;
            let name = doc
                .at_path(&["metadata", "name"])
                .and_then(|n| doc.str_value(n))
                .map_or_else(
                    || kind.description().to_owned(),
                    |n| format!("{} {n}", kind.description()),
                );
            let range = doc.span(root);
            Some(Symbol {
                name,
                detail: Some(kind.name().to_owned()),
                kind: SymbolKind::Document,
                selection_range: range.start..range.start,
                children: children(doc, root, 0),
                range,
            })
        })
        .collect()
}

fn children(doc: &Document, node: NodeId, depth: usize) -> Vec<Symbol> {
    if depth >= MAX_DEPTH {
        return Vec::new();
    }
    match &doc.node(doc.resolve(node)).value {
        NodeValue::Mapping(entries) => entries
            .iter()
            .filter_map(|&(k, v)| {
                let name = doc.key_text(k)?.to_owned();
                Some(symbol(doc, name, k, v, depth))
            })
            .collect(),
        NodeValue::Sequence(items) => items
            .iter()
            .enumerate()
            .map(|(i, &item)| {
                let name = doc
                    .get(item, "name")
                    .and_then(|n| doc.str_value(n))
                    .map_or_else(|| format!("[{i}]"), |n| format!("[{i}] {n}"));
                symbol(doc, name, item, item, depth)
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn symbol(doc: &Document, name: String, key: NodeId, value: NodeId, depth: usize) -> Symbol {
    let key_span = doc.span(key);
    let value_span = doc.span(value);
    let resolved = doc.resolve(value);
    let (kind, detail) = match &doc.node(resolved).value {
        NodeValue::Mapping(_) => (SymbolKind::Object, None),
        NodeValue::Sequence(items) => (SymbolKind::Array, Some(format!("{} items", items.len()))),
        NodeValue::Alias(_) => (SymbolKind::Null, None),
        NodeValue::Scalar(s) => {
            let preview: String = s
                .text
                .lines()
                .next()
                .unwrap_or("")
                .chars()
                .take(40)
                .collect();
            let kind = match s.ty {
                ScalarType::Null => SymbolKind::Null,
                ScalarType::Bool(_) => SymbolKind::Boolean,
                ScalarType::Int(_) | ScalarType::Float(_) => SymbolKind::Number,
                ScalarType::Str => SymbolKind::String,
            };
            (kind, Some(preview))
        }
    };
    Symbol {
        name,
        detail,
        kind,
        range: key_span.start.min(value_span.start)..key_span.end.max(value_span.end),
        selection_range: key_span,
        children: children(doc, value, depth + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outline_of_values_and_other_yaml() {
        let text =
            "managedControlPlane:\n  sku: Free\n  additionalTags:\n    env: prod\n---\njobs: {}\n";
        let symbols = outline(text, &Options::default());
        assert_eq!(symbols.len(), 1);
        let plane = &symbols[0].children[0];
        assert_eq!(plane.name, "managedControlPlane");
        assert_eq!(plane.children[0].name, "sku");
        assert_eq!(plane.children[0].detail.as_deref(), Some("Free"));
        assert_eq!(
            &text[plane.children[1].selection_range.clone()],
            "additionalTags"
        );
    }
}
