//! A kind's JSON Schema compiled once into a compact form the schema pass walks.
//!
//! Only the keywords palint's schemas use are implemented; compiling a schema with any other
//! validation keyword fails, so a new schema cannot be checked by halves without a test
//! noticing (`every_schema_compiles`).

use std::collections::HashMap;

use serde_json::{Map, Number, Value};

/// Keywords that only annotate (read by hover, completion and the rules, not validated).
const ANNOTATIONS: &[&str] = &[
    "$schema",
    "$defs",
    "title",
    "description",
    "default",
    "examples",
    "enumDescriptions",
];

/// Where a subschema sits in [`Compiled::nodes`].
pub(super) type SchemaId = usize;

/// A value's JSON type, as the schemas name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum JsonType {
    Null,
    Boolean,
    Integer,
    Number,
    String,
    Array,
    Object,
}

impl JsonType {
    fn parse(name: &str) -> Option<Self> {
        Some(match name {
            "null" => Self::Null,
            "boolean" => Self::Boolean,
            "integer" => Self::Integer,
            "number" => Self::Number,
            "string" => Self::String,
            "array" => Self::Array,
            "object" => Self::Object,
            _ => return None,
        })
    }

    pub(super) fn name(self) -> &'static str {
        match self {
            Self::Null => "null",
            Self::Boolean => "boolean",
            Self::Integer => "integer",
            Self::Number => "number",
            Self::String => "string",
            Self::Array => "array",
            Self::Object => "object",
        }
    }
}

/// `type`: one name (`"string"`) or a list (`["string", "null"]`); messages differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Types {
    Single(JsonType),
    Multiple(Vec<JsonType>),
}

impl Types {
    pub(super) fn all(&self) -> &[JsonType] {
        match self {
            Self::Single(t) => std::slice::from_ref(t),
            Self::Multiple(types) => types,
        }
    }
}

/// `additionalProperties`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Additional {
    Allowed,
    Forbidden,
    Schema(SchemaId),
}

/// One subschema, its validation keywords only.
#[derive(Debug, Default)]
pub(super) struct Node {
    /// A `false` schema: nothing is valid here.
    pub never: bool,
    pub types: Option<Types>,
    pub constant: Option<Value>,
    pub allowed: Option<Vec<Value>>,
    pub minimum: Option<Number>,
    pub maximum: Option<Number>,
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    pub required: Vec<String>,
    pub pattern: Option<(String, regex_lite::Regex)>,
    /// `properties`, sorted by name for lookup; `None` when the keyword is absent.
    pub properties: Option<Vec<(String, SchemaId)>>,
    pub additional: Option<Additional>,
    pub items: Option<SchemaId>,
    pub reference: Option<SchemaId>,
}

impl Node {
    pub(super) fn property(&self, name: &str) -> Option<SchemaId> {
        let properties = self.properties.as_deref()?;
        properties
            .binary_search_by(|(key, _)| key.as_str().cmp(name))
            .ok()
            .map(|i| properties[i].1)
    }
}

/// A schema's subschemas; the root is the first.
#[derive(Debug)]
pub(super) struct Compiled {
    pub nodes: Vec<Node>,
}

impl Compiled {
    pub(super) const ROOT: SchemaId = 0;

    pub(super) fn new(root: &Value) -> Result<Self, String> {
        let mut compiler = Compiler {
            root,
            nodes: Vec::new(),
            done: HashMap::new(),
        };
        compiler.compile(root, "#")?;
        Ok(Self {
            nodes: compiler.nodes,
        })
    }
}

struct Compiler<'a> {
    root: &'a Value,
    nodes: Vec<Node>,
    /// Subschemas already compiled (by address): shared `$defs` and recursive `$ref`s.
    done: HashMap<*const Value, SchemaId>,
}

impl<'a> Compiler<'a> {
    fn compile(&mut self, schema: &'a Value, at: &str) -> Result<SchemaId, String> {
        if let Some(&id) = self.done.get(&(schema as *const Value)) {
            return Ok(id);
        }
        let id = self.nodes.len();
        self.nodes.push(Node::default());
        self.done.insert(schema as *const Value, id);
        let node = match schema {
            Value::Bool(true) => Node::default(),
            Value::Bool(false) => Node {
                never: true,
                ..Node::default()
            },
            Value::Object(map) => self.compile_object(map, at)?,
            _ => return Err(format!("{at}: a schema must be an object or a boolean")),
        };
        self.nodes[id] = node;
        Ok(id)
    }

    fn compile_object(&mut self, map: &'a Map<String, Value>, at: &str) -> Result<Node, String> {
        let mut node = Node::default();
        for (keyword, value) in map {
            let here = format!("{at}/{keyword}");
            let bad = || format!("{here}: unexpected value {value}");
            match keyword.as_str() {
                "type" => node.types = Some(types(value).ok_or_else(bad)?),
                // Literals only: the validator compares scalars, not lists or mappings.
                "const" if is_literal(value) => node.constant = Some(value.clone()),
                "enum" if value.as_array().is_some_and(|v| v.iter().all(is_literal)) => {
                    node.allowed = value.as_array().cloned()
                }
                "minimum" => node.minimum = Some(value.as_number().ok_or_else(bad)?.clone()),
                "maximum" => node.maximum = Some(value.as_number().ok_or_else(bad)?.clone()),
                "minLength" => node.min_length = Some(value.as_u64().ok_or_else(bad)?),
                "maxLength" => node.max_length = Some(value.as_u64().ok_or_else(bad)?),
                "minItems" => node.min_items = Some(value.as_u64().ok_or_else(bad)?),
                "maxItems" => node.max_items = Some(value.as_u64().ok_or_else(bad)?),
                "required" => {
                    node.required = value
                        .as_array()
                        .ok_or_else(bad)?
                        .iter()
                        .map(|v| v.as_str().map(str::to_owned))
                        .collect::<Option<_>>()
                        .ok_or_else(bad)?
                }
                "pattern" => {
                    let pattern = value.as_str().ok_or_else(bad)?;
                    let regex = regex_lite::Regex::new(pattern)
                        .map_err(|e| format!("{here}: {pattern}: {e}"))?;
                    node.pattern = Some((pattern.to_owned(), regex));
                }
                "properties" => {
                    let mut properties = Vec::new();
                    for (name, sub) in value.as_object().ok_or_else(bad)? {
                        let id = self.compile(sub, &format!("{here}/{name}"))?;
                        properties.push((name.clone(), id));
                    }
                    properties.sort_by(|a, b| a.0.cmp(&b.0));
                    node.properties = Some(properties);
                }
                "additionalProperties" => {
                    node.additional = Some(match value {
                        Value::Bool(true) => Additional::Allowed,
                        Value::Bool(false) => Additional::Forbidden,
                        _ => Additional::Schema(self.compile(value, &here)?),
                    })
                }
                "items" if value.is_object() || value.is_boolean() => {
                    node.items = Some(self.compile(value, &here)?)
                }
                "$ref" => {
                    let pointer = value.as_str().ok_or_else(bad)?;
                    let target = pointer
                        .strip_prefix('#')
                        .and_then(|p| self.root.pointer(p))
                        .ok_or_else(|| format!("{here}: cannot resolve {pointer}"))?;
                    node.reference = Some(self.compile(target, pointer)?);
                }
                annotation
                    if ANNOTATIONS.contains(&annotation) || annotation.starts_with("x-palint-") => {
                }
                _ => {
                    return Err(format!(
                        "{here}: keyword not implemented by palint's validator"
                    ))
                }
            }
        }
        Ok(node)
    }
}

fn is_literal(value: &Value) -> bool {
    !matches!(value, Value::Array(_) | Value::Object(_))
}

fn types(value: &Value) -> Option<Types> {
    match value {
        Value::String(name) => JsonType::parse(name).map(Types::Single),
        Value::Array(names) => names
            .iter()
            .map(|n| n.as_str().and_then(JsonType::parse))
            .collect::<Option<_>>()
            .map(Types::Multiple),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_keyword_the_validator_does_not_implement_fails_to_compile() {
        for keyword in [
            "oneOf",
            "patternProperties",
            "exclusiveMinimum",
            "format",
            "if",
        ] {
            let schema = json!({ "type": "object", "properties": { "a": { keyword: [] } } });
            let error = Compiled::new(&schema).unwrap_err();
            assert!(error.contains(keyword), "{error}");
        }
        assert!(Compiled::new(&json!({ "x-palint-rule": "r", "description": "d" })).is_ok());
    }

    #[test]
    fn refs_and_recursion_compile_once() {
        let schema = json!({
            "$defs": { "tree": { "type": "object", "properties": { "child": { "$ref": "#/$defs/tree" } } } },
            "$ref": "#/$defs/tree"
        });
        let compiled = Compiled::new(&schema).unwrap();
        assert_eq!(compiled.nodes.len(), 3);
        assert!(Compiled::new(&json!({ "$ref": "#/$defs/missing" })).is_err());
    }
}
