//! The JSON Schemas in `schemas/`, embedded at build time: one per document kind.
//!
//! Validation, completion and hover all read these, so they cannot disagree. Besides
//! standard keywords, palint reads a few annotations:
//! - `x-palint-rule`: a named rule checks this value itself; generic schema errors at or
//!   below it are left to that rule;
//! - `enumDescriptions`: one description per `enum` value;
//! - `x-palint-source`: where the fact comes from (shown on hover);
//! - `x-palint-embedded: yaml`: the string holds YAML that palint checks too.

pub mod codes;
mod compiled;
#[cfg(test)]
mod differential;
mod validate;
mod walk;

pub use validate::ALIAS_EXPANSION_BUDGET_PER_TEXT;

use serde_json::Value;
use std::sync::OnceLock;

use crate::kind::DocumentKind;
use crate::syntax::PathSegment;

pub(crate) use validate::{validate, Input};

pub struct Schema {
    pub kind: DocumentKind,
    /// The schema file's text from `schemas/`, without indentation (`core/build.rs`).
    pub source: &'static str,
    pub root: Value,
    /// What the schema pass validates against, compiled from `root`.
    compiled: compiled::Compiled,
}

/// Each kind's schema, parsed and compiled at its first use (a page that checks one kind
/// does not wait for the others).
static SCHEMAS: [OnceLock<Schema>; DocumentKind::ALL.len()] =
    [const { OnceLock::new() }; DocumentKind::ALL.len()];

fn load(kind: DocumentKind) -> Schema {
    let source = kind.spec().schema;
    // The schemas ship inside the binary and are tested; a broken one is a build defect.
    let root: Value = serde_json::from_str(source)
        .unwrap_or_else(|e| panic!("schemas/{}.schema.json is not JSON: {e}", kind.name()));
    let compiled = compiled::Compiled::new(&root)
        .unwrap_or_else(|e| panic!("schemas/{}.schema.json is invalid: {e}", kind.name()));
    Schema {
        kind,
        source,
        root,
        compiled,
    }
}

/// The schema of a document kind.
pub fn for_kind(kind: DocumentKind) -> &'static Schema {
    let index = DocumentKind::ALL
        .iter()
        .position(|k| *k == kind)
        .expect("every kind has a schema");
    SCHEMAS[index].get_or_init(|| load(kind))
}

impl Schema {
    /// Follows a local `$ref` (repeatedly); other nodes are returned as they are.
    pub fn resolve<'a>(&'a self, mut node: &'a Value) -> &'a Value {
        for _ in 0..16 {
            match node.get("$ref").and_then(Value::as_str) {
                Some(pointer) => match pointer.strip_prefix('#').and_then(|p| self.root.pointer(p))
                {
                    Some(target) => node = target,
                    None => return node,
                },
                None => return node,
            }
        }
        node
    }

    /// The subschema that describes the value at `path`, if the schema knows it.
    pub fn node_at(&self, path: &[PathSegment]) -> Option<&Value> {
        let mut node = self.resolve(&self.root);
        for segment in path {
            node = self.resolve(self.child(node, segment)?);
        }
        Some(node)
    }

    /// One step down: a property (or `additionalProperties` schema), or the array item schema.
    pub fn child<'a>(&'a self, node: &'a Value, segment: &PathSegment) -> Option<&'a Value> {
        let node = self.resolve(node);
        match segment {
            PathSegment::Key(key) => node
                .get("properties")
                .and_then(|p| p.get(key.as_str()))
                .or_else(|| node.get("additionalProperties").filter(|a| a.is_object())),
            PathSegment::Index(_) => node.get("items").filter(|i| i.is_object()),
        }
    }

    /// The description of the value at `path`. A description written next to a `$ref` (about
    /// this use of the shared definition) wins over the definition's own.
    pub fn description_at(&self, path: &[PathSegment]) -> Option<&str> {
        let Some((last, parent)) = path.split_last() else {
            return description(self.resolve(&self.root));
        };
        let unresolved = self.child(self.node_at(parent)?, last)?;
        description(unresolved).or_else(|| description(self.resolve(unresolved)))
    }

    /// The allowed values at `path`, in schema order.
    pub fn enum_at(&self, path: &[&str]) -> Vec<&str> {
        let path: Vec<PathSegment> = path.iter().map(|k| PathSegment::Key((*k).into())).collect();
        self.node_at(&path).map(enum_values).unwrap_or_default()
    }
}

/// The string values of a schema node's `enum` (or `const`).
pub fn enum_values(node: &Value) -> Vec<&str> {
    if let Some(values) = node.get("enum").and_then(Value::as_array) {
        return values.iter().filter_map(Value::as_str).collect();
    }
    node.get("const")
        .and_then(Value::as_str)
        .into_iter()
        .collect()
}

/// The description of one enum value, from `enumDescriptions`.
pub fn enum_description<'a>(node: &'a Value, value: &str) -> Option<&'a str> {
    let values = node.get("enum")?.as_array()?;
    let index = values.iter().position(|v| v.as_str() == Some(value))?;
    node.get("enumDescriptions")?.get(index)?.as_str()
}

pub fn description(node: &Value) -> Option<&str> {
    node.get("description").and_then(Value::as_str)
}

/// The named rule that owns this value's checks.
pub fn owning_rule(node: &Value) -> Option<&str> {
    node.get("x-palint-rule").and_then(Value::as_str)
}

pub fn is_embedded_yaml(node: &Value) -> bool {
    node.get("x-palint-embedded").and_then(Value::as_str) == Some("yaml")
}

/// Property names the schema defines on an object node.
pub fn property_names(node: &Value) -> Vec<&str> {
    node.get("properties")
        .and_then(Value::as_object)
        .map(|p| p.keys().map(String::as_str).collect())
        .unwrap_or_default()
}

/// The JSON type name of a schema node (`object`, `string`, ...).
pub fn type_name(node: &Value) -> Option<&str> {
    node.get("type").and_then(Value::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_schema_compiles_and_has_descriptions() {
        for kind in DocumentKind::ALL {
            let schema = for_kind(kind);
            assert!(description(&schema.root).is_some(), "{kind}");
        }
    }

    #[test]
    fn embedded_schemas_are_the_files_in_schemas() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../schemas");
        for kind in DocumentKind::ALL {
            let file = dir.join(format!("{}.schema.json", kind.name()));
            let text = std::fs::read_to_string(&file).unwrap();
            let on_disk: Value = serde_json::from_str(&text).unwrap();
            assert_eq!(for_kind(kind).root, on_disk, "{kind}");
            assert!(for_kind(kind).source.len() < text.len(), "{kind}");
        }
    }

    #[test]
    fn enums_live_in_the_schema() {
        let aks = for_kind(DocumentKind::KubernetesAksValues);
        assert_eq!(
            aks.enum_at(&["managedControlPlane", "sku"]),
            ["Standard", "Free"]
        );
        assert_eq!(
            aks.enum_at(&[
                "managedControlPlane",
                "autoUpgradeProfile",
                "upgradeChannel"
            ]),
            ["none", "patch", "stable", "rapid", "node-image"]
        );
    }

    #[test]
    fn every_owning_rule_exists() {
        fn walk(node: &Value, found: &mut Vec<String>) {
            match node {
                Value::Object(map) => {
                    if let Some(rule) = map.get("x-palint-rule").and_then(Value::as_str) {
                        found.push(rule.to_owned());
                    }
                    map.values().for_each(|v| walk(v, found));
                }
                Value::Array(items) => items.iter().for_each(|v| walk(v, found)),
                _ => {}
            }
        }
        for kind in DocumentKind::ALL {
            let mut found = Vec::new();
            walk(&for_kind(kind).root, &mut found);
            for code in found {
                assert!(
                    crate::rules::find(&code).is_some(),
                    "{kind}: unknown rule {code}"
                );
            }
        }
    }

    #[test]
    fn enum_descriptions_match_enums() {
        fn walk(node: &Value) {
            if let Value::Object(map) = node {
                if let (Some(e), Some(d)) = (map.get("enum"), map.get("enumDescriptions")) {
                    assert_eq!(
                        e.as_array().unwrap().len(),
                        d.as_array().unwrap().len(),
                        "{node}"
                    );
                }
                map.values().for_each(walk);
            } else if let Value::Array(items) = node {
                items.iter().for_each(walk);
            }
        }
        for kind in DocumentKind::ALL {
            walk(&for_kind(kind).root);
        }
    }
}
