//! palint's validator against the reference, the `jsonschema` crate (a dev-dependency), on
//! every document of `examples/` and `tests/corpus/` (YAML and Terraform) checked as every
//! kind, and on generated documents: the same errors at the same paths.

use std::path::Path;
use std::sync::LazyLock;

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::paths::LocationSegment;
use proptest::prelude::*;
use serde_json::{Map, Number, Value};

use super::compiled::{Additional, Compiled, SchemaId};
use super::validate::schema_errors;
use super::walk::ErrorKind;
use super::{for_kind, Schema};
use crate::kind::DocumentKind;
use crate::syntax::{path_to_string, Document, NodeValue, PathSegment, ScalarType};

/// The document as JSON, the way the schema pass used to hand it to `jsonschema`.
fn to_json(doc: &Document, id: usize) -> Value {
    match &doc.node(id).value {
        NodeValue::Alias(None) => Value::Null,
        NodeValue::Alias(Some(target)) => to_json(doc, *target),
        NodeValue::Scalar(s) => match s.ty {
            ScalarType::Null => Value::Null,
            ScalarType::Bool(b) => Value::Bool(b),
            ScalarType::Int(i) => Value::Number(i.into()),
            ScalarType::Float(f) => {
                Number::from_f64(f).map_or_else(|| Value::String(s.text.clone()), Value::Number)
            }
            ScalarType::Str => Value::String(s.text.clone()),
        },
        NodeValue::Sequence(items) => {
            Value::Array(items.iter().map(|&i| to_json(doc, i)).collect())
        }
        NodeValue::Mapping(entries) => {
            let mut out = Map::new();
            for &(key, value) in entries {
                if let Some(key) = doc.scalar(key) {
                    out.insert(key.text.clone(), to_json(doc, value));
                }
            }
            Value::Object(out)
        }
    }
}

/// The reference validator of each kind, in `DocumentKind::ALL` order.
static REFERENCES: LazyLock<Vec<jsonschema::Validator>> = LazyLock::new(|| {
    DocumentKind::ALL
        .into_iter()
        .map(|kind| {
            jsonschema::options()
                .with_draft(jsonschema::Draft::Draft202012)
                .build(&for_kind(kind).root)
                .expect("schema compiles")
        })
        .collect()
});

fn reference(kind: DocumentKind) -> &'static jsonschema::Validator {
    &REFERENCES[DocumentKind::ALL.iter().position(|k| *k == kind).unwrap()]
}

fn sorted(mut names: Vec<String>) -> String {
    names.sort();
    names.join(",")
}

/// One error in words both validators can be compared in.
fn ours(schema: &Schema, doc: &Document) -> Vec<String> {
    let mut found: Vec<String> = schema_errors(&schema.compiled, doc, doc.root.unwrap())
        .into_iter()
        .map(|e| {
            let what = match e.kind {
                ErrorKind::FalseSchema => "false".to_owned(),
                ErrorKind::Type { expected } => format!(
                    "type {}",
                    sorted(expected.all().iter().map(|t| t.name().to_owned()).collect())
                ),
                ErrorKind::Constant => "const".into(),
                ErrorKind::Enum => "enum".into(),
                ErrorKind::Minimum { limit } => format!("minimum {limit}"),
                ErrorKind::Maximum { limit } => format!("maximum {limit}"),
                ErrorKind::MinLength { limit } => format!("minLength {limit}"),
                ErrorKind::MaxLength { limit } => format!("maxLength {limit}"),
                ErrorKind::MinItems { limit } => format!("minItems {limit}"),
                ErrorKind::MaxItems { limit } => format!("maxItems {limit}"),
                ErrorKind::Required { property } => format!("required {property}"),
                ErrorKind::Pattern { pattern } => format!("pattern {pattern}"),
                ErrorKind::AdditionalProperties { unexpected } => {
                    format!("additional {}", sorted(unexpected))
                }
            };
            format!("{} {what}", path_to_string(&e.path))
        })
        .collect();
    found.sort();
    found
}

fn theirs(validator: &jsonschema::Validator, doc: &Document) -> Vec<String> {
    let instance = to_json(doc, doc.root.unwrap());
    let mut found: Vec<String> = validator
        .iter_errors(&instance)
        .map(|e| {
            let path: Vec<PathSegment> = e
                .instance_path()
                .iter()
                .map(|segment| match segment {
                    LocationSegment::Property(p) => PathSegment::Key(p.into_owned()),
                    LocationSegment::Index(i) => PathSegment::Index(i),
                })
                .collect();
            let what = match e.kind() {
                ValidationErrorKind::FalseSchema => "false".to_owned(),
                ValidationErrorKind::Type { kind } => format!(
                    "type {}",
                    sorted(match kind {
                        TypeKind::Single(t) => vec![t.to_string()],
                        TypeKind::Multiple(types) => types.iter().map(|t| t.to_string()).collect(),
                    })
                ),
                ValidationErrorKind::Constant { .. } => "const".into(),
                ValidationErrorKind::Enum { .. } => "enum".into(),
                ValidationErrorKind::Minimum { limit } => format!("minimum {limit}"),
                ValidationErrorKind::Maximum { limit } => format!("maximum {limit}"),
                ValidationErrorKind::MinLength { limit } => format!("minLength {limit}"),
                ValidationErrorKind::MaxLength { limit } => format!("maxLength {limit}"),
                ValidationErrorKind::MinItems { limit } => format!("minItems {limit}"),
                ValidationErrorKind::MaxItems { limit } => format!("maxItems {limit}"),
                ValidationErrorKind::Required { property } => {
                    format!("required {}", property.as_str().unwrap_or_default())
                }
                ValidationErrorKind::Pattern { pattern } => format!("pattern {pattern}"),
                ValidationErrorKind::AdditionalProperties { unexpected } => {
                    format!("additional {}", sorted(unexpected.clone()))
                }
                other => format!("{other:?}"),
            };
            format!("{} {what}", path_to_string(&path))
        })
        .collect();
    found.sort();
    found
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn documents(text: &str, path: &Path) -> Vec<Document> {
    match path.extension().and_then(|e| e.to_str()) {
        Some("yaml" | "yml") => {
            crate::syntax::parse(&crate::syntax::template::mask(text).text).documents
        }
        Some("tf") => crate::syntax::hcl::parse_hcl(text)
            .blocks
            .into_iter()
            .map(|b| b.doc)
            .collect(),
        _ => Vec::new(),
    }
}

#[test]
fn every_corpus_document_as_every_kind_gets_the_references_errors() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut paths = Vec::new();
    files(&root.join("examples"), &mut paths);
    files(&root.join("tests/corpus"), &mut paths);
    paths.sort();
    let kinds: Vec<_> = DocumentKind::ALL
        .into_iter()
        .map(|kind| (for_kind(kind), reference(kind)))
        .collect();
    let mut compared = 0;
    let mut with_errors = 0;
    for path in &paths {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        for doc in documents(&text, path) {
            if doc.root.is_none() || doc.error.is_some() {
                continue;
            }
            for (schema, validator) in &kinds {
                let ours = ours(schema, &doc);
                assert_eq!(
                    ours,
                    theirs(validator, &doc),
                    "{} as {}",
                    path.display(),
                    schema.kind
                );
                compared += 1;
                with_errors += usize::from(!ours.is_empty());
            }
        }
    }
    assert!(
        compared > 5_000 && with_errors > 2_000,
        "{compared} {with_errors}"
    );
}

/// A document shaped by `schema` from a seed: known and unknown keys, values of the right and
/// of the wrong type, strings from enums and near patterns, numbers at and past the limits.
struct Generator<'a> {
    compiled: &'a Compiled,
    state: u64,
}

impl Generator<'_> {
    fn next(&mut self, below: u64) -> u64 {
        // xorshift64*: small, deterministic per seed.
        self.state ^= self.state >> 12;
        self.state ^= self.state << 25;
        self.state ^= self.state >> 27;
        self.state.wrapping_mul(0x2545_F491_4F6C_DD1D) % below.max(1)
    }

    fn value(&mut self, at: SchemaId, depth: usize) -> Value {
        let node = &self.compiled.nodes[at];
        if let Some(target) = node.reference {
            if self.next(4) > 0 {
                return self.value(target, depth);
            }
        }
        let scalars = [
            Value::Null,
            Value::Bool(true),
            Value::from(0),
            Value::from(-1),
            Value::from(3),
            Value::from(2.5),
            Value::from(4.0),
            Value::from(""),
            Value::from("x"),
            Value::from("Standard"),
            Value::from("10.0.0.0/16"),
            Value::from("30s"),
            Value::from("aé-1"),
            Value::from("1.29.4"),
            Value::from("00000000-0000-0000-0000-000000000000"),
        ];
        match self.next(10) {
            0 => return scalars[self.next(scalars.len() as u64) as usize].clone(),
            1 if depth < 6 => return Value::Array(vec![Value::from("a"), Value::from(1)]),
            _ => {}
        }
        if let Some(allowed) = node.allowed.as_ref().filter(|a| !a.is_empty()) {
            if self.next(3) > 0 {
                return allowed[self.next(allowed.len() as u64) as usize].clone();
            }
        }
        let limit = |n: &Option<Number>, delta: i64| {
            n.as_ref()
                .and_then(Number::as_i64)
                .map(|l| Value::from(l + delta))
        };
        if let Some(v) = match self.next(6) {
            0 => limit(&node.minimum, -1),
            1 => limit(&node.minimum, 0),
            2 => limit(&node.maximum, 1),
            3 => node
                .max_length
                .map(|l| Value::from("y".repeat(l as usize + 1))),
            _ => None,
        } {
            return v;
        }
        if depth >= 6 {
            return scalars[self.next(scalars.len() as u64) as usize].clone();
        }
        if let Some(properties) = &node.properties {
            let mut map = Map::new();
            for (name, sub) in properties {
                if self.next(3) == 0 {
                    map.insert(name.clone(), self.value(*sub, depth + 1));
                }
            }
            if self.next(4) == 0 {
                let extra = match node.additional {
                    Some(Additional::Schema(sub)) => self.value(sub, depth + 1),
                    _ => Value::from("z"),
                };
                map.insert("unknownKey".into(), extra);
            }
            return Value::Object(map);
        }
        if let Some(item) = node.items {
            let count = self.next(4);
            return Value::Array((0..count).map(|_| self.value(item, depth + 1)).collect());
        }
        if let Some(Additional::Schema(sub)) = node.additional {
            return Value::Object(Map::from_iter([(
                "k".to_owned(),
                self.value(sub, depth + 1),
            )]));
        }
        scalars[self.next(scalars.len() as u64) as usize].clone()
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn generated_documents_get_the_references_errors(seed in any::<u64>()) {
        for kind in DocumentKind::ALL {
            let schema = for_kind(kind);
            let mut generator = Generator { compiled: &schema.compiled, state: seed | 1 };
            let instance = generator.value(Compiled::ROOT, 0);
            // JSON is YAML: parsed by palint's parser into the tree the pass walks.
            let text = serde_json::to_string_pretty(&instance).unwrap();
            let doc = crate::syntax::parse(&text).documents.remove(0);
            prop_assert_eq!(ours(schema, &doc), theirs(reference(kind), &doc), "{} {}", kind, text);
        }
    }
}
