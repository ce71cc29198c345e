//! The schema pass: the document validated against its kind's compiled schema (`walk`),
//! each error mapped back to a node span with a message in palint's words.

use super::codes::{INVALID_VALUE, MISSING_REQUIRED, TYPE_MISMATCH, UNKNOWN_KEY, YAML_LIMIT};
use super::compiled::{Compiled, JsonType, Types};
use super::walk::{fits_budget, ErrorKind, Walker};
use super::{enum_values, owning_rule, property_names, type_name, Schema};
use crate::diagnostic::Diagnostic;
use crate::kind::DocumentKind;
use crate::suggest::{closest, one_of};
use crate::syntax::{path_to_string, Document, NodeId, NodeValue, PathSegment, ScalarType};

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
    // The same accounting as a JSON copy of the document with aliases expanded would need,
    // without making the copy: the walk below reads the tree in place.
    let fits = fits_budget(cx.doc, root, &mut budget, 0);
    if let Some(shared) = cx.alias_budget {
        let added = (allowed - budget).saturating_sub(own);
        shared.set(if fits {
            shared.get().saturating_sub(added)
        } else {
            shared.get().saturating_sub(added.max(1))
        });
    }
    if !fits {
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
    }
    let schema = cx.schema();
    let mut found = Vec::new();
    for error in schema_errors(&schema.compiled, cx.doc, root) {
        let (path, kind) = (&error.path, &error.kind);
        if owned_by_rule(schema, path, kind) {
            continue;
        }
        if is_null_type_error(cx.doc, path, kind) {
            continue;
        }
        if cx.kind.is_terraform() && is_terraform_conversion(cx.doc, path, kind) {
            continue;
        }
        found.extend(describe(cx, path, kind));
    }
    found
}

/// Every schema error of the document whose root is `root`, before palint's filters.
pub(super) fn schema_errors(
    compiled: &Compiled,
    doc: &Document,
    root: NodeId,
) -> Vec<super::walk::SchemaError> {
    let mut walker = Walker::new(doc, compiled);
    walker.validate(Compiled::ROOT, root);
    walker.errors
}

/// Leaves an error to the named rule that owns the value (see `x-palint-rule`). Structural
/// errors inside an owned list or map (a number where a string belongs) stay generic.
fn owned_by_rule(schema: &Schema, path: &[PathSegment], kind: &ErrorKind) -> bool {
    let node_owned = schema.node_at(path).and_then(owning_rule).is_some();
    let parent_owned = !path.is_empty()
        && schema
            .node_at(&path[..path.len() - 1])
            .and_then(owning_rule)
            .is_some();
    match kind {
        ErrorKind::Required { .. } | ErrorKind::AdditionalProperties { .. } => false,
        // Rules judge scalar values; a collection's shape (a string where the tag list
        // belongs) is the schema pass's to report.
        ErrorKind::Type { expected } => node_owned && !expects_collection(expected),
        _ => node_owned || parent_owned,
    }
}

/// A literal Terraform converts by itself: `"2"` where a number belongs, `"true"` for a
/// boolean, a number or boolean where a string belongs.
fn is_terraform_conversion(doc: &Document, path: &[PathSegment], kind: &ErrorKind) -> bool {
    let ErrorKind::Type { expected } = kind else {
        return false;
    };
    let Some(scalar) = locate(doc, path).and_then(|at| doc.scalar(at.value)) else {
        return false;
    };
    expected.all().iter().any(|t| match (t.name(), scalar.ty) {
        ("number" | "integer", ScalarType::Str) => scalar.text.trim().parse::<f64>().is_ok(),
        ("boolean", ScalarType::Str) => matches!(scalar.text.as_str(), "true" | "false"),
        ("string", ScalarType::Int(_) | ScalarType::Float(_) | ScalarType::Bool(_)) => true,
        _ => false,
    })
}

/// A null value (`annotations:` with nothing after it) where a mapping, list or string
/// belongs: Kubernetes drops nulls of non-nullable fields and Palette reads them as unset,
/// so it is not a type error.
fn is_null_type_error(doc: &Document, path: &[PathSegment], kind: &ErrorKind) -> bool {
    matches!(kind, ErrorKind::Type { .. })
        && locate(doc, path)
            .and_then(|at| doc.scalar(at.value))
            .is_some_and(|s| s.ty == ScalarType::Null)
}

fn expects_collection(kind: &Types) -> bool {
    kind.all()
        .iter()
        .all(|t| matches!(t, JsonType::Array | JsonType::Object))
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

fn describe(cx: &Input, path: &[PathSegment], kind: &ErrorKind) -> Vec<Diagnostic> {
    let doc = cx.doc;
    let Some(at) = locate(doc, path) else {
        return Vec::new();
    };
    let name = path_name(path);
    let span = cx.value_span(at.key, at.value);
    let schema_node = cx.schema().node_at(path);
    let one = |d: Diagnostic| vec![d];
    match kind {
        ErrorKind::AdditionalProperties { unexpected } => unexpected
            .iter()
            .filter_map(|key| unknown_key(cx, path, at.value, key))
            .collect(),
        ErrorKind::Required { property } => {
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
        ErrorKind::Type { expected: kind } => {
            let expected = match kind {
                Types::Single(t) => article(t.name()),
                Types::Multiple(_) => schema_node
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
        ErrorKind::Enum | ErrorKind::Constant => {
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
                d = d.with_suggestion(
                    format!("Replace with `{better}`"),
                    doc.span(at.value),
                    better,
                    value,
                );
            }
            one(d)
        }
        ErrorKind::Minimum { limit } => one(INVALID_VALUE.diagnostic(
            span,
            format!(
                "`{name}` must be at least {limit}, not {}",
                scalar_text(doc, at.value)
            ),
        )),
        ErrorKind::Maximum { limit } => one(INVALID_VALUE.diagnostic(
            span,
            format!(
                "`{name}` must be at most {limit}, not {}",
                scalar_text(doc, at.value)
            ),
        )),
        ErrorKind::MinLength { limit } => one(INVALID_VALUE.diagnostic(
            span,
            format!("`{name}` must be at least {limit} characters long"),
        )),
        ErrorKind::MaxLength { limit } => one(INVALID_VALUE.diagnostic(
            span,
            format!("`{name}` must be at most {limit} characters long"),
        )),
        ErrorKind::MinItems { limit } => {
            one(INVALID_VALUE.diagnostic(span, format!("`{name}` needs at least {limit} item(s)")))
        }
        ErrorKind::MaxItems { limit } => {
            one(INVALID_VALUE.diagnostic(span, format!("`{name}` takes at most {limit} item(s)")))
        }
        ErrorKind::Pattern { pattern } => one(INVALID_VALUE.diagnostic(
            span,
            format!(
                "`{}` is not a valid `{name}` (expected the form `{pattern}`)",
                scalar_text(doc, at.value)
            ),
        )),
        ErrorKind::FalseSchema => {
            one(INVALID_VALUE.diagnostic(span, format!("`{name}`: FalseSchema")))
        }
    }
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
        d = d.with_unsafe_fix(format!("Rename to `{better}`"), doc.span(key_node), better);
    }
    Some(d)
}

/// `"true"` quoted where a boolean belongs (or `"30"` where a number belongs): unquote it.
fn unquote_fix(doc: &Document, id: NodeId, kind: &Types) -> Option<(String, String)> {
    let scalar = doc.scalar(id)?;
    if scalar.ty != ScalarType::Str {
        return None;
    }
    let as_plain = crate::syntax::resolve_plain(scalar.text.trim());
    let wanted = match kind {
        Types::Single(t) => t.name(),
        Types::Multiple(_) => return None,
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
