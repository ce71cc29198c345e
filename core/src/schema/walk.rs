//! Validates a parsed YAML document against a compiled schema, reading the tree in place
//! (aliases followed, no JSON copy). Values are typed as the YAML 1.2 core schema reads them,
//! the way a JSON conversion of the document would be: a mapping's last duplicate key wins,
//! keys that are not scalars are left out, `.nan` and `.inf` are strings.
//!
//! Errors come out per subschema in the order `jsonschema` reports them (type, const, enum,
//! minimum, maximum, lengths, item counts, required, pattern, properties, items, `$ref`).

use serde_json::{Number, Value};

use super::compiled::{Additional, Compiled, JsonType, Node, SchemaId, Types};
use crate::syntax::{Document, NodeId, NodeValue, PathSegment, ScalarType, MAX_DEPTH};

/// What is wrong, and where (the path of keys and indexes from the document's root).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct SchemaError {
    pub path: Vec<PathSegment>,
    pub kind: ErrorKind,
}

#[derive(Debug, Clone, PartialEq)]
pub(super) enum ErrorKind {
    FalseSchema,
    Type {
        expected: Types,
    },
    Constant,
    Enum,
    Minimum {
        limit: Number,
    },
    Maximum {
        limit: Number,
    },
    MinLength {
        limit: u64,
    },
    MaxLength {
        limit: u64,
    },
    MinItems {
        limit: u64,
    },
    MaxItems {
        limit: u64,
    },
    Required {
        property: String,
    },
    Pattern {
        pattern: String,
    },
    /// Keys `additionalProperties: false` does not allow, in key order.
    AdditionalProperties {
        unexpected: Vec<String>,
    },
}

/// A document value as JSON would see it.
enum Instance<'d> {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(&'d str),
    Seq(&'d [NodeId]),
    Map(&'d [(NodeId, NodeId)]),
}

impl Instance<'_> {
    fn has_type(&self, ty: JsonType) -> bool {
        match (ty, self) {
            (JsonType::Null, Self::Null)
            | (JsonType::Boolean, Self::Bool(_))
            | (JsonType::Number, Self::Int(_) | Self::Float(_))
            | (JsonType::Integer, Self::Int(_))
            | (JsonType::String, Self::Str(_))
            | (JsonType::Array, Self::Seq(_))
            | (JsonType::Object, Self::Map(_)) => true,
            (JsonType::Integer, Self::Float(f)) => f.fract() == 0.0,
            _ => false,
        }
    }

    fn equals(&self, literal: &Value) -> bool {
        match (self, literal) {
            (Self::Null, Value::Null) => true,
            (Self::Bool(a), Value::Bool(b)) => a == b,
            (Self::Str(a), Value::String(b)) => a == b,
            (Self::Int(i), Value::Number(n)) => match n.as_i64() {
                Some(l) => *i == l,
                None => n.as_f64() == Some(*i as f64),
            },
            (Self::Float(f), Value::Number(n)) => n.as_f64() == Some(*f),
            _ => false,
        }
    }

    /// `self < limit` (`below`) or `self > limit`, for numbers; other values pass.
    fn beyond(&self, limit: &Number, below: bool) -> bool {
        let ordering = match (self, limit.as_i64()) {
            (Self::Int(i), Some(l)) => i.cmp(&l),
            (Self::Int(i), None) => match limit.as_u64() {
                Some(_) => std::cmp::Ordering::Less,
                None => match (*i as f64).partial_cmp(&limit.as_f64().unwrap_or(f64::NAN)) {
                    Some(o) => o,
                    None => return false,
                },
            },
            (Self::Float(f), _) => match f.partial_cmp(&limit.as_f64().unwrap_or(f64::NAN)) {
                Some(o) => o,
                None => return false,
            },
            _ => return false,
        };
        if below {
            ordering.is_lt()
        } else {
            ordering.is_gt()
        }
    }
}

/// One step of the path being walked, borrowed from the document.
#[derive(Clone, Copy)]
enum Step<'d> {
    Key(&'d str),
    Index(usize),
}

pub(super) struct Walker<'d> {
    doc: &'d Document,
    schema: &'d Compiled,
    path: Vec<Step<'d>>,
    pub errors: Vec<SchemaError>,
}

impl<'d> Walker<'d> {
    pub(super) fn new(doc: &'d Document, schema: &'d Compiled) -> Self {
        Self {
            doc,
            schema,
            path: Vec::new(),
            errors: Vec::new(),
        }
    }

    /// Validates the value `id` against the subschema `at`.
    pub(super) fn validate(&mut self, at: SchemaId, id: NodeId) {
        let schema = self.schema;
        let node: &Node = &schema.nodes[at];
        let value = self.instance(id);
        if node.never {
            self.error(ErrorKind::FalseSchema);
        }
        if let Some(types) = &node.types {
            if !types.all().iter().any(|&t| value.has_type(t)) {
                let expected = types.clone();
                self.error(ErrorKind::Type { expected });
            }
        }
        if let Some(constant) = &node.constant {
            if !value.equals(constant) {
                self.error(ErrorKind::Constant);
            }
        }
        if let Some(allowed) = &node.allowed {
            if !allowed.iter().any(|v| value.equals(v)) {
                self.error(ErrorKind::Enum);
            }
        }
        if let Some(limit) = &node.minimum {
            if value.beyond(limit, true) {
                let limit = limit.clone();
                self.error(ErrorKind::Minimum { limit });
            }
        }
        if let Some(limit) = &node.maximum {
            if value.beyond(limit, false) {
                let limit = limit.clone();
                self.error(ErrorKind::Maximum { limit });
            }
        }
        if let Instance::Str(text) = value {
            let length = text.chars().count() as u64;
            if let Some(limit) = node.min_length.filter(|&l| length < l) {
                self.error(ErrorKind::MinLength { limit });
            }
            if let Some(limit) = node.max_length.filter(|&l| length > l) {
                self.error(ErrorKind::MaxLength { limit });
            }
        }
        if let Instance::Seq(items) = value {
            let count = items.len() as u64;
            if let Some(limit) = node.min_items.filter(|&l| count < l) {
                self.error(ErrorKind::MinItems { limit });
            }
            if let Some(limit) = node.max_items.filter(|&l| count > l) {
                self.error(ErrorKind::MaxItems { limit });
            }
        }
        if let Instance::Map(entries) = value {
            for property in &node.required {
                let present = entries
                    .iter()
                    .any(|(k, _)| self.doc.key_text(*k) == Some(property.as_str()));
                if !present {
                    let property = property.clone();
                    self.error(ErrorKind::Required { property });
                }
            }
        }
        if let (Instance::Str(text), Some((pattern, regex))) = (&value, &node.pattern) {
            if !regex.is_match(text) {
                let pattern = pattern.clone();
                self.error(ErrorKind::Pattern { pattern });
            }
        }
        if let Instance::Map(entries) = value {
            if node.properties.is_some() || node.additional.is_some() {
                self.properties(node, entries);
            }
        }
        if let (Instance::Seq(items), Some(item_schema)) = (&value, node.items) {
            for (index, &item) in items.iter().enumerate() {
                self.path.push(Step::Index(index));
                self.validate(item_schema, item);
                self.path.pop();
            }
        }
        if let Some(target) = node.reference {
            self.validate(target, id);
        }
    }

    /// `properties` and `additionalProperties`, over the mapping's distinct keys in order.
    fn properties(&mut self, node: &Node, entries: &'d [(NodeId, NodeId)]) {
        let mut keys: Vec<(&'d str, NodeId)> = entries
            .iter()
            .filter_map(|&(k, v)| Some((self.doc.key_text(k)?, v)))
            .collect();
        // Stable: among duplicates the last stays last, and is the one kept.
        keys.sort_by(|a, b| a.0.cmp(b.0));
        let mut unexpected = Vec::new();
        for (i, &(key, value)) in keys.iter().enumerate() {
            if keys.get(i + 1).is_some_and(|next| next.0 == key) {
                continue;
            }
            let sub = match (node.property(key), node.additional) {
                (Some(sub), _) => sub,
                (None, Some(Additional::Schema(sub))) => sub,
                (None, Some(Additional::Forbidden)) => {
                    unexpected.push(key.to_owned());
                    continue;
                }
                (None, _) => continue,
            };
            self.path.push(Step::Key(key));
            self.validate(sub, value);
            self.path.pop();
        }
        if !unexpected.is_empty() {
            self.error(ErrorKind::AdditionalProperties { unexpected });
        }
    }

    fn instance(&self, mut id: NodeId) -> Instance<'d> {
        let doc = self.doc;
        for _ in 0..=2 * MAX_DEPTH {
            match &doc.node(id).value {
                NodeValue::Alias(Some(target)) => id = *target,
                NodeValue::Alias(None) => return Instance::Null,
                NodeValue::Sequence(items) => return Instance::Seq(items),
                NodeValue::Mapping(entries) => return Instance::Map(entries),
                NodeValue::Scalar(s) => {
                    return match s.ty {
                        ScalarType::Null => Instance::Null,
                        ScalarType::Bool(b) => Instance::Bool(b),
                        ScalarType::Int(i) => Instance::Int(i),
                        ScalarType::Float(f) if f.is_finite() => Instance::Float(f),
                        ScalarType::Float(_) | ScalarType::Str => Instance::Str(&s.text),
                    }
                }
            }
        }
        Instance::Null
    }

    fn error(&mut self, kind: ErrorKind) {
        let path = self
            .path
            .iter()
            .map(|step| match step {
                Step::Key(k) => PathSegment::Key((*k).to_owned()),
                Step::Index(i) => PathSegment::Index(*i),
            })
            .collect();
        self.errors.push(SchemaError { path, kind });
    }
}

/// Counts the values a JSON copy of the document would hold, aliases expanded, taking one
/// from `budget` for each: `false` when the budget or the nesting limit runs out first.
pub(super) fn fits_budget(doc: &Document, id: NodeId, budget: &mut usize, depth: usize) -> bool {
    if *budget == 0 || depth > 2 * MAX_DEPTH {
        return false;
    }
    *budget -= 1;
    match &doc.node(id).value {
        NodeValue::Alias(None) | NodeValue::Scalar(_) => true,
        NodeValue::Alias(Some(target)) => fits_budget(doc, *target, budget, depth + 1),
        NodeValue::Sequence(items) => items
            .iter()
            .all(|&item| fits_budget(doc, item, budget, depth + 1)),
        NodeValue::Mapping(entries) => entries
            .iter()
            // Keys that are not scalars have no JSON form; their values are left out.
            .filter(|(key, _)| doc.scalar(*key).is_some())
            .all(|&(_, value)| fits_budget(doc, value, budget, depth + 1)),
    }
}
