//! Completion: keys where a key is expected, values where a value is expected, from the
//! schema of the document kind at the cursor.

use serde_json::Value;
use std::ops::Range;

use super::context::{line_shape, parent_path, scope_at, Scope};
use crate::engine::Options;
use crate::schema::{self, enum_description, enum_values, type_name, Schema};
use crate::syntax::PathSegment;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompletionKind {
    Key,
    Value,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CompletionItem {
    pub label: String,
    pub kind: CompletionKind,
    /// A short hint shown beside the label (the value's type, or "default").
    pub detail: Option<String>,
    /// Markdown documentation.
    pub documentation: Option<String>,
    pub insert_text: String,
    /// `insert_text` is an LSP snippet (`$1`, `${1|a,b|}`).
    pub snippet: bool,
    /// Bytes of the file that the item replaces (the partial word at the cursor).
    pub range: Range<usize>,
}

/// Completion items at byte `offset` of `text`.
pub fn complete(text: &str, offset: usize, options: &Options) -> Vec<CompletionItem> {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let Some(scope) = scope_at(text, offset, options) else {
        if options.path.is_some_and(crate::kind::is_terraform_path) {
            return crate::terraform::complete_value(text, offset, options);
        }
        return Vec::new();
    };
    let mut items = complete_in(&scope);
    for item in &mut items {
        item.range = scope.to_outer(item.range.clone());
    }
    items
}

fn complete_in(scope: &Scope) -> Vec<CompletionItem> {
    let text = scope.text.as_str();
    let offset = scope.offset;
    let line_start = crate::line_index::line_start_at(text, offset);
    let prefix = &text[line_start..offset];
    if prefix.trim_start().starts_with('#') {
        return Vec::new();
    }
    let word_end = offset
        + text[offset..]
            .find(|c: char| c.is_whitespace() || matches!(c, ',' | '}' | ']' | ':'))
            .unwrap_or(text.len() - offset);
    let schema = schema::for_kind(scope.kind);
    let document_start = scope.document.start;

    if let Some(flow) = flow_context(prefix) {
        let shape = line_shape(&prefix[..flow.brace]);
        let Some(owner) = shape.key else {
            return Vec::new();
        };
        let mut path = block_path(text, document_start, line_start, &shape);
        path.push(PathSegment::Key(owner.to_owned()));
        path.extend(flow.keys.iter().map(|k| PathSegment::Key(k.clone())));
        let partial_start = line_start + flow.segment_start;
        let segment = &prefix[flow.segment_start..];
        return match segment.split_once(": ") {
            Some((key, value)) => {
                path.push(PathSegment::Key(key.trim().to_owned()));
                let start = offset - value.trim_start().len();
                values(schema, &path, start..word_end)
            }
            None => {
                let start = partial_start + (segment.len() - segment.trim_start().len());
                let present = flow.present.iter().map(String::as_str).collect::<Vec<_>>();
                keys(schema, &path, &present, start..word_end, None)
            }
        };
    }

    let shape = line_shape(prefix);
    if let Some(key) = shape.key {
        // `key: partial|` — a value.
        let mut path = block_path(text, document_start, line_start, &shape);
        path.push(PathSegment::Key(key.to_owned()));
        if shape.rest.starts_with(['|', '>', '{', '[', '&', '*', '!']) {
            return Vec::new();
        }
        let start = offset - shape.rest.len();
        let mut items = values(schema, &path, start..word_end);
        if prefix.ends_with(':') {
            // Completion right after `key:` (a trigger character): add the space.
            items
                .iter_mut()
                .for_each(|item| item.insert_text.insert(0, ' '));
        }
        return items;
    }
    // `partial|` — a key (or a list item value).
    let partial = shape.rest;
    if partial.contains(' ') || partial.starts_with(['"', '\'', '{', '[']) {
        return Vec::new();
    }
    let path = block_path(text, document_start, line_start, &shape);
    let present = sibling_keys(text, document_start, line_start, shape.key_column);
    let present: Vec<&str> = present.iter().map(String::as_str).collect();
    let column = shape.key_column;
    let mut items = keys(
        schema,
        &path,
        &present,
        offset - partial.len()..word_end,
        Some(column),
    );
    if shape.item_column.is_some() && shape.key_column == shape.item_column.unwrap_or(0) + 2 {
        // `- partial` may also be a list value (`tags`): offer enum values of the items.
        items.extend(values(schema, &path, offset - partial.len()..word_end));
    }
    items
}

/// The path of the mapping a block line's key belongs to (including a list item it opens).
fn block_path(
    text: &str,
    document_start: usize,
    line_start: usize,
    shape: &super::context::LineShape,
) -> Vec<PathSegment> {
    match shape.item_column {
        Some(item) => {
            let mut path = parent_path(text, document_start, line_start, item, true);
            path.push(PathSegment::Index(0));
            path
        }
        None => parent_path(text, document_start, line_start, shape.key_column, false),
    }
}

/// Keys already written in the same block mapping (lines at `column` above and below).
fn sibling_keys(
    text: &str,
    document_start: usize,
    line_start: usize,
    column: usize,
) -> Vec<String> {
    let mut found = Vec::new();
    let line_end = text[line_start..]
        .find('\n')
        .map_or(text.len(), |i| line_start + i + 1);
    let above = text[document_start.min(line_start)..line_start]
        .lines()
        .rev();
    let below = text[line_end.min(text.len())..].lines();
    for lines in [
        Box::new(above) as Box<dyn Iterator<Item = &str>>,
        Box::new(below),
    ] {
        for line in lines {
            let trimmed = line.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            if trimmed == "---" {
                break;
            }
            let shape = line_shape(line);
            let indent = shape.item_column.unwrap_or(shape.key_column);
            if indent < column || (shape.item_column.is_some() && shape.key_column == column) {
                // Left the mapping (or reached the start of this list item's mapping).
                if shape.key_column == column {
                    if let Some(key) = shape.key {
                        found.push(key.to_owned());
                    }
                }
                break;
            }
            if shape.key_column == column && shape.item_column.is_none() {
                if let Some(key) = shape.key {
                    found.push(key.to_owned());
                }
            }
        }
    }
    found
}

pub(crate) fn values(
    schema: &Schema,
    path: &[PathSegment],
    range: Range<usize>,
) -> Vec<CompletionItem> {
    let Some(node) = schema.node_at(path) else {
        return Vec::new();
    };
    let mut items: Vec<CompletionItem> = enum_values(node)
        .into_iter()
        .map(|value| CompletionItem {
            label: value.to_owned(),
            kind: CompletionKind::Value,
            detail: (node.get("default").and_then(Value::as_str) == Some(value))
                .then(|| "default".to_owned()),
            documentation: enum_description(node, value).map(str::to_owned),
            insert_text: value.to_owned(),
            snippet: false,
            range: range.clone(),
        })
        .collect();
    if items.is_empty() && type_name(node) == Some("boolean") {
        for value in ["true", "false"] {
            items.push(CompletionItem {
                label: value.to_owned(),
                kind: CompletionKind::Value,
                detail: Some("boolean".to_owned()),
                documentation: schema.description_at(path).map(str::to_owned),
                insert_text: value.to_owned(),
                snippet: false,
                range: range.clone(),
            });
        }
    }
    items
}

fn keys(
    schema: &Schema,
    path: &[PathSegment],
    present: &[&str],
    range: Range<usize>,
    column: Option<usize>,
) -> Vec<CompletionItem> {
    let Some(node) = schema.node_at(path) else {
        return Vec::new();
    };
    let Some(properties) = node.get("properties").and_then(Value::as_object) else {
        return Vec::new();
    };
    let mut items = Vec::new();
    for (name, property) in properties {
        if present.contains(&name.as_str()) {
            continue;
        }
        let mut child_path = path.to_vec();
        child_path.push(PathSegment::Key(name.clone()));
        let resolved = schema.resolve(property);
        let (insert_text, snippet) = key_snippet(name, resolved, column);
        items.push(CompletionItem {
            label: name.clone(),
            kind: CompletionKind::Key,
            detail: type_name(resolved).map(str::to_owned),
            documentation: schema.description_at(&child_path).map(str::to_owned),
            insert_text,
            snippet,
            range: range.clone(),
        });
    }
    items
}

/// What to insert for a key: `key: ` plus a snippet that fits the value's type. Block
/// positions (with a column) get nested objects and lists on the next lines.
fn key_snippet(name: &str, property: &Value, column: Option<usize>) -> (String, bool) {
    let choices = enum_values(property);
    match (type_name(property), column) {
        (Some("object"), Some(column)) => (format!("{name}:\n{}  $0", " ".repeat(column)), true),
        (Some("array"), Some(column)) => (format!("{name}:\n{}  - $0", " ".repeat(column)), true),
        (Some("object"), None) => (format!("{name}: {{$0}}"), true),
        (Some("array"), None) => (format!("{name}: [$0]"), true),
        (Some("boolean"), _) => (format!("{name}: ${{1|true,false|}}"), true),
        _ if !choices.is_empty() => {
            let escaped: Vec<String> = choices
                .iter()
                .map(|c| c.replace(['|', ',', '\\'], ""))
                .collect();
            (format!("{name}: ${{1|{}|}}", escaped.join(",")), true)
        }
        _ => (format!("{name}: $0"), true),
    }
}

/// The open flow mapping on a line: `key: {a: 1, b|`.
struct FlowContext {
    /// Where the first unclosed `{` is in the line prefix.
    brace: usize,
    /// Keys of nested flow mappings inside the first one.
    keys: Vec<String>,
    /// Where the current entry starts in the prefix.
    segment_start: usize,
    /// Keys already in the innermost flow mapping.
    present: Vec<String>,
}

fn flow_context(prefix: &str) -> Option<FlowContext> {
    // (brace position, key that opened it, keys seen inside)
    let mut stack: Vec<(usize, Option<String>, Vec<String>)> = Vec::new();
    let mut segment_start = 0;
    let mut quote: Option<char> = None;
    for (i, c) in prefix.char_indices() {
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '"' | '\'' => quote = Some(c),
            '{' => {
                let segment = &prefix[segment_start..i];
                let key = segment
                    .trim()
                    .strip_suffix(':')
                    .map(|k| k.trim().to_owned());
                stack.push((i, key, Vec::new()));
                segment_start = i + 1;
            }
            '}' => {
                stack.pop();
                segment_start = i + 1;
            }
            ',' if !stack.is_empty() => segment_start = i + 1,
            ':' => {
                if let Some((_, _, keys)) = stack.last_mut() {
                    keys.push(prefix[segment_start..i].trim().to_owned());
                }
            }
            _ => {}
        }
    }
    let (brace, _, _) = stack.first()?;
    let keys: Vec<String> = stack
        .iter()
        .skip(1)
        .filter_map(|(_, key, _)| key.clone())
        .collect();
    let mut present = stack
        .last()
        .map(|(_, _, keys)| keys.clone())
        .unwrap_or_default();
    // The key being typed is not "present" yet.
    if prefix[segment_start..].contains(':') {
        present.pop();
    }
    Some(FlowContext {
        brace: *brace,
        keys,
        segment_start,
        present,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels_at(text: &str) -> Vec<String> {
        let offset = text.find('§').expect("cursor marker");
        let text = text.replacen('§', "", 1);
        complete(&text, offset, &Options::default())
            .into_iter()
            .map(|i| i.label)
            .collect()
    }

    #[test]
    fn sku_values_after_colon_and_in_a_partial_word() {
        assert_eq!(
            labels_at("managedControlPlane:\n  sku: §\n"),
            ["Standard", "Free"]
        );
        assert_eq!(
            labels_at("managedControlPlane:\n  sku: Sta§\n"),
            ["Standard", "Free"]
        );
        assert_eq!(
            labels_at("managedControlPlane:\n  sku: Sta§ndard\n"),
            ["Standard", "Free"]
        );
    }

    #[test]
    fn upgrade_channels_and_booleans() {
        let channels =
            labels_at("managedControlPlane:\n  autoUpgradeProfile:\n    upgradeChannel: §\n");
        assert_eq!(channels, ["none", "patch", "stable", "rapid", "node-image"]);
        assert_eq!(
            labels_at("managedControlPlane:\n  aadProfile:\n    managed: §\n"),
            ["true", "false"]
        );
    }

    #[test]
    fn keys_not_already_present_with_snippets() {
        let text = "managedControlPlane:\n  sku: Free\n  §\n  autoUpgradeProfile: {}\n";
        let offset = text.find('§').unwrap();
        let clean = text.replacen('§', "", 1);
        let items = complete(&clean, offset, &Options::default());
        let labels: Vec<&str> = items.iter().map(|i| i.label.as_str()).collect();
        assert!(labels.contains(&"aadProfile"), "{labels:?}");
        assert!(
            !labels.contains(&"sku") && !labels.contains(&"autoUpgradeProfile"),
            "{labels:?}"
        );
        let aad = items.iter().find(|i| i.label == "aadProfile").unwrap();
        assert_eq!(aad.insert_text, "aadProfile:\n    $0");
        let sku_snippet = complete("managedControlPlane:\n  s\n", 24, &Options::default());
        let sku = sku_snippet.iter().find(|i| i.label == "sku").unwrap();
        assert_eq!(sku.insert_text, "sku: ${1|Standard,Free|}");
        assert_eq!(sku.range, 23..24);
    }

    #[test]
    fn right_after_the_colon_inserts_a_space() {
        let items = complete("managedControlPlane:\n  sku:\n", 27, &Options::default());
        assert_eq!(items[0].insert_text, " Standard");
    }

    #[test]
    fn flow_style() {
        assert_eq!(
            labels_at("managedControlPlane: {sku: §}\n"),
            ["Standard", "Free"]
        );
        let keys = labels_at("managedControlPlane: {sku: Free, §}\n");
        assert!(
            keys.contains(&"aadProfile".to_owned()) && !keys.contains(&"sku".to_owned()),
            "{keys:?}"
        );
    }

    #[test]
    fn inside_profile_pack_values() {
        let text = "apiVersion: cluster.palette.crossplane.io/v1alpha1\nkind: Profile\nspec:\n  forProvider:\n    name: p\n    pack:\n      - name: kubernetes-aks\n        values: |\n          managedControlPlane:\n            sku: §\n";
        assert_eq!(labels_at(text), ["Standard", "Free"]);
        let offset = text.find('§').unwrap();
        let clean = text.replacen('§', "", 1);
        let item = &complete(&clean, offset, &Options::default())[0];
        assert_eq!(item.range, offset..offset);
    }

    #[test]
    fn crossplane_keys_and_other_yaml() {
        let keys = labels_at("apiVersion: cluster.palette.crossplane.io/v1alpha1\nkind: Aks\nspec:\n  forProvider:\n    cloudConfig:\n      - reg§\n");
        assert!(keys.contains(&"region".to_owned()), "{keys:?}");
        assert!(labels_at("jobs:\n  build:\n    sku: §\n").is_empty());
    }
}
