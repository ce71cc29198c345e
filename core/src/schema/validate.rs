//! The schema pass: the document as JSON, validated with `jsonschema`, each error mapped
//! back to a node span with a message in palint's words.

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::paths::LocationSegment;
use serde_json::{Map, Number, Value};

use super::codes::{INVALID_VALUE, MISSING_REQUIRED, TYPE_MISMATCH, UNKNOWN_KEY, YAML_LIMIT};
use super::{enum_values, owning_rule, property_names, type_name, Schema};
use crate::diagnostic::Diagnostic;
use crate::kind::DocumentKind;
use crate::suggest::{closest, one_of};
use crate::syntax::{
    path_to_string, Document, NodeId, NodeValue, PathSegment, ScalarType, MAX_DEPTH,
};

/// How many JSON values alias expansion may add beyond a document's own nodes. An alias
/// bomb (each level doubling the last) passes this after a few levels and is reported.
const ALIAS_EXPANSION_BUDGET: usize = 100_000;

/// How many JSON values alias expansion may add in all the documents of one checked text
/// together (with its embedded YAML): many small bombs cannot add up to minutes of work.
pub const ALIAS_EXPANSION_BUDGET_PER_TEXT: usize = 1_000_000;

/// What the schema pass reads: one document of a text, and its kind.
pub(crate) struct Input<'a> {
    pub text: &'a str,
    pub doc: &'a Document,
    pub kind: DocumentKind,
    /// Alias expansion left for the whole checked text (shared by its documents), if bounded.
    pub alias_budget: Option<&'a std::cell::Cell<usize>>,
}

impl Input<'_> {
    fn schema(&self) -> &'static Schema {
        super::for_kind(self.kind)
    }

    fn value_span(&self, key: Option<NodeId>, value: NodeId) -> std::ops::Range<usize> {
        crate::layout::value_span(self.doc, key, value)
    }
}

/// Validates a document against its kind's schema; errors come back in palint's words.
pub(crate) fn validate(cx: &Input) -> Vec<Diagnostic> {
    let Some(root) = cx.doc.root else {
        return Vec::new();
    };
    let own = cx.doc.nodes.len();
    let left = cx.alias_budget.map_or(ALIAS_EXPANSION_BUDGET, |b| b.get());
    let allowed = own + left.min(ALIAS_EXPANSION_BUDGET);
    let mut budget = allowed;
    let instance = to_json(cx.doc, root, &mut budget, 0);
    if let Some(shared) = cx.alias_budget {
        let added = (allowed - budget).saturating_sub(own);
        shared.set(if instance.is_some() {
            shared.get().saturating_sub(added)
        } else {
            shared.get().saturating_sub(added.max(1))
        });
    }
    let Some(instance) = instance else {
        let span = cx.doc.span(root);
        let first_line = span.start
            ..cx.text[span.clone()]
                .find(['\n', '\r'])
                .map_or(span.end, |i| span.start + i);
        let message = if left < ALIAS_EXPANSION_BUDGET {
            format!(
                "aliases in this file expand to too much data (more than \
                 {ALIAS_EXPANSION_BUDGET_PER_TEXT} values in all; an alias bomb?); schema checks \
                 were skipped"
            )
        } else {
            format!(
                "aliases expand to too large a document (more than {ALIAS_EXPANSION_BUDGET} \
                 values; an alias bomb?); schema checks were skipped"
            )
        };
        return vec![YAML_LIMIT.diagnostic(first_line, message)];
    };
    let schema = cx.schema();
    let mut found = Vec::new();
    for error in schema.validator_errors(&instance) {
        let path: Vec<PathSegment> = error
            .instance_path()
            .iter()
            .map(|segment| match segment {
                LocationSegment::Property(p) => PathSegment::Key(p.into_owned()),
                LocationSegment::Index(i) => PathSegment::Index(i),
            })
            .collect();
        if owned_by_rule(schema, &path, error.kind()) {
            continue;
        }
        if is_null_type_error(cx.doc, &path, error.kind()) {
            continue;
        }
        if cx.kind.is_terraform() && is_terraform_conversion(cx.doc, &path, error.kind()) {
            continue;
        }
        found.extend(describe(cx, &path, error.kind()));
    }
    found
}

impl Schema {
    fn validator_errors<'a>(
        &'a self,
        instance: &'a Value,
    ) -> impl Iterator<Item = jsonschema::ValidationError<'a>> {
        self.validator.iter_errors(instance)
    }
}

/// Leaves an error to the named rule that owns the value (see `x-palint-rule`). Structural
/// errors inside an owned list or map (a number where a string belongs) stay generic.
fn owned_by_rule(schema: &Schema, path: &[PathSegment], kind: &ValidationErrorKind) -> bool {
    let node_owned = schema.node_at(path).and_then(owning_rule).is_some();
    let parent_owned = !path.is_empty()
        && schema
            .node_at(&path[..path.len() - 1])
            .and_then(owning_rule)
            .is_some();
    match kind {
        ValidationErrorKind::Required { .. } | ValidationErrorKind::AdditionalProperties { .. } => {
            false
        }
        // Rules judge scalar values; a collection's shape (a string where the tag list
        // belongs) is the schema pass's to report.
        ValidationErrorKind::Type { kind } => node_owned && !expects_collection(kind),
        _ => node_owned || parent_owned,
    }
}

/// A literal Terraform converts by itself: `"2"` where a number belongs, `"true"` for a
/// boolean, a number or boolean where a string belongs.
fn is_terraform_conversion(
    doc: &Document,
    path: &[PathSegment],
    kind: &ValidationErrorKind,
) -> bool {
    let ValidationErrorKind::Type { kind } = kind else {
        return false;
    };
    let Some(scalar) = locate(doc, path).and_then(|at| doc.scalar(at.value)) else {
        return false;
    };
    let expected: Vec<String> = match kind {
        TypeKind::Single(t) => vec![t.to_string()],
        TypeKind::Multiple(types) => types.iter().map(|t| t.to_string()).collect(),
    };
    expected.iter().any(|t| match (t.as_str(), scalar.ty) {
        ("number" | "integer", ScalarType::Str) => scalar.text.trim().parse::<f64>().is_ok(),
        ("boolean", ScalarType::Str) => matches!(scalar.text.as_str(), "true" | "false"),
        ("string", ScalarType::Int(_) | ScalarType::Float(_) | ScalarType::Bool(_)) => true,
        _ => false,
    })
}

/// A null value (`annotations:` with nothing after it) where a mapping, list or string
/// belongs: Kubernetes drops nulls of non-nullable fields and Palette reads them as unset,
/// so it is not a type error.
fn is_null_type_error(doc: &Document, path: &[PathSegment], kind: &ValidationErrorKind) -> bool {
    matches!(kind, ValidationErrorKind::Type { .. })
        && locate(doc, path)
            .and_then(|at| doc.scalar(at.value))
            .is_some_and(|s| s.ty == ScalarType::Null)
}

fn expects_collection(kind: &TypeKind) -> bool {
    let is_collection = |t: &jsonschema::JsonType| {
        matches!(
            t,
            jsonschema::JsonType::Array | jsonschema::JsonType::Object
        )
    };
    match kind {
        TypeKind::Single(t) => is_collection(t),
        TypeKind::Multiple(types) => types.iter().all(|t| is_collection(&t)),
    }
}

/// Where a path leads in the document: the value node and the key that holds it.
struct Located {
    key: Option<NodeId>,
    value: NodeId,
}

fn locate(doc: &Document, path: &[PathSegment]) -> Option<Located> {
    let mut located = Located {
        key: None,
        value: doc.root?,
    };
    for segment in path {
        located = match segment {
            PathSegment::Key(k) => {
                let (key, value) = doc.entry(located.value, k)?;
                Located {
                    key: Some(key),
                    value,
                }
            }
            PathSegment::Index(i) => Located {
                key: None,
                value: *doc.items(located.value).get(*i)?,
            },
        };
    }
    Some(located)
}

fn describe(cx: &Input, path: &[PathSegment], kind: &ValidationErrorKind) -> Vec<Diagnostic> {
    let doc = cx.doc;
    let Some(at) = locate(doc, path) else {
        return Vec::new();
    };
    let name = path_name(path);
    let span = cx.value_span(at.key, at.value);
    let schema_node = cx.schema().node_at(path);
    let one = |d: Diagnostic| vec![d];
    match kind {
        ValidationErrorKind::AdditionalProperties { unexpected } => unexpected
            .iter()
            .filter_map(|key| unknown_key(cx, path, at.value, key))
            .collect(),
        ValidationErrorKind::Required { property } => {
            let property = property.as_str().unwrap_or_default();
            let span = match at.key {
                Some(key) => doc.span(key),
                None => first_line(cx, at.value),
            };
            let owner = if path.is_empty() {
                "the document".to_owned()
            } else {
                format!("`{name}`")
            };
            one(MISSING_REQUIRED.diagnostic(
                span,
                format!("{owner} is missing the required key `{property}`"),
            ))
        }
        ValidationErrorKind::Type { kind } => {
            let expected = match kind {
                TypeKind::Single(t) => article(&t.to_string()),
                TypeKind::Multiple(_) => schema_node
                    .and_then(type_name)
                    .map(article)
                    .unwrap_or_else(|| "another type".into()),
            };
            let found = describe_node(doc, at.value);
            let interpolation = doc
                .str_value(at.value)
                .is_some_and(|v| v.trim_start().starts_with("${"));
            let note = if interpolation {
                " (a Terraform expression: Crossplane and Palette do not evaluate it)"
            } else {
                ""
            };
            let mut d = TYPE_MISMATCH.diagnostic(
                span,
                format!("`{name}` must be {expected}, not {found}{note}"),
            );
            if let Some(fix) = unquote_fix(doc, at.value, kind) {
                d = d.with_fix(fix.0, doc.span(at.value), fix.1);
            }
            one(d)
        }
        ValidationErrorKind::Enum { .. } | ValidationErrorKind::Constant { .. } => {
            let allowed = schema_node.map(enum_values).unwrap_or_default();
            let value = doc.str_value(at.value).unwrap_or_default();
            let mut d = INVALID_VALUE.diagnostic(
                span,
                format!(
                    "`{value}` is not a valid `{name}`; use {}",
                    one_of(&allowed)
                ),
            );
            if let Some(better) = closest(value, allowed.iter().copied()) {
                d = d.with_fix(
                    format!("Replace with `{better}`"),
                    doc.span(at.value),
                    better,
                );
            }
            one(d)
        }
        ValidationErrorKind::Minimum { limit }
        | ValidationErrorKind::ExclusiveMinimum { limit } => one(INVALID_VALUE.diagnostic(
            span,
            format!(
                "`{name}` must be at least {limit}, not {}",
                scalar_text(doc, at.value)
            ),
        )),
        ValidationErrorKind::Maximum { limit }
        | ValidationErrorKind::ExclusiveMaximum { limit } => one(INVALID_VALUE.diagnostic(
            span,
            format!(
                "`{name}` must be at most {limit}, not {}",
                scalar_text(doc, at.value)
            ),
        )),
        ValidationErrorKind::MinLength { limit } => one(INVALID_VALUE.diagnostic(
            span,
            format!("`{name}` must be at least {limit} characters long"),
        )),
        ValidationErrorKind::MaxLength { limit } => one(INVALID_VALUE.diagnostic(
            span,
            format!("`{name}` must be at most {limit} characters long"),
        )),
        ValidationErrorKind::MinItems { limit } => {
            one(INVALID_VALUE.diagnostic(span, format!("`{name}` needs at least {limit} item(s)")))
        }
        ValidationErrorKind::MaxItems { limit } => {
            one(INVALID_VALUE.diagnostic(span, format!("`{name}` takes at most {limit} item(s)")))
        }
        ValidationErrorKind::Pattern { pattern } => one(INVALID_VALUE.diagnostic(
            span,
            format!(
                "`{}` is not a valid `{name}` (expected the form `{pattern}`)",
                scalar_text(doc, at.value)
            ),
        )),
        other => {
            one(INVALID_VALUE.diagnostic(span, format!("`{name}`: {}", fallback_message(other))))
        }
    }
}

fn fallback_message(kind: &ValidationErrorKind) -> String {
    format!("{kind:?}")
        .split(['{', '('])
        .next()
        .unwrap_or("invalid value")
        .trim()
        .to_owned()
}

fn unknown_key(cx: &Input, path: &[PathSegment], map: NodeId, key: &str) -> Option<Diagnostic> {
    let doc = cx.doc;
    let (key_node, _) = doc.entry(map, key)?;
    let known = cx
        .schema()
        .node_at(path)
        .map(property_names)
        .unwrap_or_default();
    let present: Vec<&str> = doc
        .entries(map)
        .iter()
        .filter_map(|(k, _)| doc.key_text(*k))
        .collect();
    let candidates = known.iter().copied().filter(|k| !present.contains(k));
    let place = if path.is_empty() {
        "at the top level".to_owned()
    } else {
        format!("in `{}`", path_name(path))
    };
    let mut message = format!("unknown key `{key}` {place}");
    let suggestion = closest(key, candidates);
    if let Some(better) = suggestion {
        message.push_str(&format!("; did you mean `{better}`?"));
    }
    let mut d = UNKNOWN_KEY.diagnostic(doc.span(key_node), message);
    if let Some(better) = suggestion {
        d = d.with_fix(format!("Rename to `{better}`"), doc.span(key_node), better);
    }
    Some(d)
}

/// `"true"` quoted where a boolean belongs (or `"30"` where a number belongs): unquote it.
fn unquote_fix(doc: &Document, id: NodeId, kind: &TypeKind) -> Option<(String, String)> {
    let scalar = doc.scalar(id)?;
    if scalar.ty != ScalarType::Str {
        return None;
    }
    let as_plain = crate::syntax::resolve_plain(scalar.text.trim());
    let wanted = match kind {
        TypeKind::Single(t) => t.to_string(),
        TypeKind::Multiple(_) => return None,
    };
    let fits = match as_plain {
        ScalarType::Bool(_) => wanted == "boolean",
        ScalarType::Int(_) => wanted == "integer" || wanted == "number",
        ScalarType::Float(_) => wanted == "number",
        _ => false,
    };
    let text = scalar.text.trim().to_owned();
    fits.then(|| (format!("Write `{text}` without quotes"), text))
}

fn path_name(path: &[PathSegment]) -> String {
    path_to_string(path)
}

fn article(type_name: &str) -> String {
    match type_name {
        "object" => "a mapping".into(),
        "array" => "a list".into(),
        "integer" => "an integer".into(),
        "null" => "empty".into(),
        other => format!("a {other}"),
    }
}

fn describe_node(doc: &Document, id: NodeId) -> String {
    match &doc.node(doc.resolve(id)).value {
        NodeValue::Mapping(_) => "a mapping".into(),
        NodeValue::Sequence(_) => "a list".into(),
        NodeValue::Alias(None) => "an undefined alias".into(),
        NodeValue::Alias(Some(_)) => "an alias".into(),
        NodeValue::Scalar(s) => match s.ty {
            ScalarType::Null => "empty (null)".into(),
            ScalarType::Bool(_) => format!("the boolean `{}`", s.text),
            ScalarType::Int(_) | ScalarType::Float(_) => format!("the number `{}`", s.text),
            ScalarType::Str => format!("the string `{}`", truncate(&s.text, 40)),
        },
    }
}

fn scalar_text(doc: &Document, id: NodeId) -> String {
    doc.scalar(id)
        .map(|s| truncate(&s.text, 60))
        .unwrap_or_else(|| describe_node(doc, id))
}

fn truncate(text: &str, max: usize) -> String {
    let first_line = text.lines().next().unwrap_or("");
    if first_line.chars().count() > max || first_line.len() < text.trim_end().len() {
        format!("{}…", first_line.chars().take(max).collect::<String>())
    } else {
        first_line.to_owned()
    }
}

fn first_line(cx: &Input, id: NodeId) -> std::ops::Range<usize> {
    let span = cx.doc.span(id);
    let end = cx.text[span.clone()]
        .find('\n')
        .map_or(span.end, |i| span.start + i);
    span.start..end
}

/// The document as JSON for the validator. `None` when alias expansion runs past `budget`.
fn to_json(doc: &Document, id: NodeId, budget: &mut usize, depth: usize) -> Option<Value> {
    if *budget == 0 || depth > 2 * MAX_DEPTH {
        return None;
    }
    *budget -= 1;
    let node = doc.node(id);
    Some(match &node.value {
        NodeValue::Alias(None) => Value::Null,
        NodeValue::Alias(Some(target)) => return to_json(doc, *target, budget, depth + 1),
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
            let mut out = Vec::with_capacity(items.len());
            for &item in items {
                out.push(to_json(doc, item, budget, depth + 1)?);
            }
            Value::Array(out)
        }
        NodeValue::Mapping(entries) => {
            let mut out = Map::new();
            for &(key, value) in entries {
                let key = match doc.scalar(key) {
                    Some(s) => s.text.clone(),
                    None => continue, // complex keys cannot be JSON object keys
                };
                out.insert(key, to_json(doc, value, budget, depth + 1)?);
            }
            Value::Object(out)
        }
    })
}
