//! What is at a position: the document kind, the path into it, and the schema node that
//! describes it. Completion and hover read this, so they see exactly what validation sees.

use serde_json::Value;
use std::ops::Range;

use crate::engine::{document_at, embedded_kind, Options};
use crate::kind::DocumentKind;
use crate::schema;
use crate::syntax::embedded::OffsetMap;
use crate::syntax::{Document, NodeValue, PathSegment, ScalarType};

#[derive(Debug, Clone)]
pub struct SchemaLocation {
    pub kind: DocumentKind,
    /// Keys and indices from the document root (of the embedded document, if inside one).
    pub path: Vec<PathSegment>,
    /// The position is on a mapping key (not its value).
    pub on_key: bool,
    /// The schema of the value at `path`, if the schema knows it.
    pub schema: Option<&'static Value>,
    /// The key or scalar under the position, in the outer text's bytes.
    pub range: Range<usize>,
}

impl SchemaLocation {
    /// What the schema says about the value at this location.
    pub fn description(&self) -> Option<&'static str> {
        schema::for_kind(self.kind).description_at(&self.path)
    }
}

/// The schema location at byte `offset` of `text`, or `None` outside any recognized document.
pub fn schema_at(text: &str, offset: usize, options: &Options) -> Option<SchemaLocation> {
    if options.path.is_some_and(crate::kind::is_terraform_path) {
        return crate::terraform::schema_at(text, offset, options);
    }
    let local = document_at(text, offset, options)?;
    let region = &text[local.range.clone()];
    let base = local.range.start;
    let mut found = locate_in(region, &local.doc, local.kind?, offset - base)?;
    // Inside an embedded YAML string: continue in the inner document.
    if found.schema.is_some_and(schema::is_embedded_yaml) && !found.on_key {
        if let Some(mut inner) = embedded_location(region, &local.doc, &found, offset - base) {
            inner.range = inner.range.start + base..inner.range.end + base;
            return Some(inner);
        }
    }
    found.range = found.range.start + base..found.range.end + base;
    Some(found)
}

fn embedded_location(
    text: &str,
    doc: &Document,
    outer: &SchemaLocation,
    offset: usize,
) -> Option<SchemaLocation> {
    let node = doc.lookup(&outer.path)?;
    let scalar = doc.scalar(node)?;
    let map = OffsetMap::for_scalar(text, doc.node(node), scalar);
    let inner_offset = map.inner_offset(offset)?;
    let forced = embedded_kind(doc, outer.kind, node);
    let options = Options {
        kind: forced,
        ..Options::default()
    };
    let mut inner = schema_at(&scalar.text, inner_offset, &options)?;
    inner.range = map.span(&inner.range);
    Some(inner)
}

/// A node's span, stretched to the end of its last line: a cursor after trailing spaces
/// (`sku: |`) still belongs to the value being typed.
fn reach(text: &str, span: &Range<usize>) -> Range<usize> {
    let end = text[span.end.min(text.len())..]
        .find('\n')
        .map_or(text.len(), |i| span.end + i);
    span.start..end
}

pub(crate) fn locate_in(
    text: &str,
    doc: &Document,
    kind: DocumentKind,
    offset: usize,
) -> Option<SchemaLocation> {
    let schema = schema::for_kind(kind);
    let mut node = doc.root?;
    let mut path = Vec::new();
    let mut range = doc.span(node);
    'descend: loop {
        let resolved = doc.resolve(node);
        match &doc.node(resolved).value {
            NodeValue::Mapping(entries) => {
                for &(k, v) in entries {
                    let key_span = doc.span(k);
                    let Some(name) = doc.key_text(k) else {
                        continue;
                    };
                    if key_span.start <= offset && offset <= key_span.end {
                        path.push(PathSegment::Key(name.to_owned()));
                        return Some(SchemaLocation {
                            kind,
                            schema: schema.node_at(&path),
                            path,
                            on_key: true,
                            range: key_span,
                        });
                    }
                    let value_span = doc.span(v);
                    let empty_value = doc.scalar(v).is_some_and(|s| s.ty == ScalarType::Null)
                        && value_span.is_empty();
                    let reach = reach(text, &value_span);
                    let in_value = reach.start <= offset
                        && offset <= reach.end
                        && (!value_span.is_empty() || empty_value);
                    if in_value && offset > key_span.end {
                        path.push(PathSegment::Key(name.to_owned()));
                        node = v;
                        range = value_span;
                        continue 'descend;
                    }
                }
                break;
            }
            NodeValue::Sequence(items) => {
                for (i, &item) in items.iter().enumerate() {
                    let span = doc.span(item);
                    let reach = reach(text, &span);
                    if reach.start <= offset && offset <= reach.end {
                        path.push(PathSegment::Index(i));
                        node = item;
                        range = span;
                        continue 'descend;
                    }
                }
                break;
            }
            _ => break,
        }
    }
    Some(SchemaLocation {
        kind,
        schema: schema.node_at(&path),
        path,
        on_key: false,
        range,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::enum_values;

    fn at(text: &str, needle: &str) -> SchemaLocation {
        let offset = text.find(needle).unwrap();
        schema_at(text, offset, &Options::default()).unwrap()
    }

    #[test]
    fn value_position_gives_the_enum() {
        let text = "managedControlPlane:\n  sku: Free\n";
        let found = at(text, "Free");
        assert!(!found.on_key);
        assert_eq!(enum_values(found.schema.unwrap()), ["Standard", "Free"]);
        assert_eq!(&text[found.range], "Free");
    }

    #[test]
    fn key_position_and_description() {
        let text = "managedControlPlane:\n  autoUpgradeProfile:\n    upgradeChannel: rapid\n";
        let found = at(text, "upgradeChannel");
        assert!(found.on_key);
        assert!(found.description().is_some_and(|d| d.len() > 20));
    }

    #[test]
    fn inside_embedded_pack_values() {
        let text = "apiVersion: cluster.palette.crossplane.io/v1alpha1\nkind: Profile\nspec:\n  forProvider:\n    pack:\n      - name: kubernetes-aks\n        values: |\n          managedControlPlane:\n            sku: Free\n";
        let found = at(text, "Free");
        assert_eq!(found.kind, DocumentKind::KubernetesAksValues);
        assert_eq!(&text[found.range], "Free");
        assert_eq!(enum_values(found.schema.unwrap()), ["Standard", "Free"]);
    }

    #[test]
    fn empty_value_after_colon() {
        let text = "managedControlPlane:\n  sku: \n";
        let offset = text.find("sku: ").unwrap() + 5;
        let found = schema_at(text, offset, &Options::default()).unwrap();
        assert_eq!(
            found.path,
            [
                PathSegment::Key("managedControlPlane".into()),
                PathSegment::Key("sku".into())
            ]
        );
    }

    #[test]
    fn other_yaml_has_no_location() {
        assert!(schema_at("jobs:\n  a: 1\n", 3, &Options::default()).is_none());
    }
}
