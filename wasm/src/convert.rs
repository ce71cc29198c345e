//! Core results as the plain JS objects the bindings return, with UTF-16 offsets. Their
//! TypeScript declarations are generated from these types (`Tsify`) into the module's `.d.ts`;
//! `from`/`to` are JavaScript string indices.

use palint_core::explain as docs;
use palint_core::ide::{self, Hover};
use palint_core::rules::Rule;
use palint_core::{LineIndex, PositionEncoding};
use serde::Serialize;
use tsify::Tsify;

/// A diagnostic's level.
#[derive(Serialize, Tsify, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
    Hint,
}

impl From<palint_core::Severity> for Severity {
    fn from(severity: palint_core::Severity) -> Severity {
        match severity {
            palint_core::Severity::Error => Severity::Error,
            palint_core::Severity::Warning => Severity::Warning,
            palint_core::Severity::Info => Severity::Info,
            palint_core::Severity::Hint => Severity::Hint,
        }
    }
}

/// Replace `from..to` with `insert`.
#[derive(Serialize, Tsify)]
pub struct TextEdit {
    from: usize,
    to: usize,
    insert: String,
}

/// A quick fix: edits applied together.
#[derive(Serialize, Tsify)]
pub struct Fix {
    title: String,
    /// The fix to apply when the user asks for "the" fix.
    preferred: bool,
    edits: Vec<TextEdit>,
}

/// A problem palint found; `line`/`character` are 0-based, `character` in UTF-16 code units.
#[derive(Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct Diagnostic {
    code: &'static str,
    severity: Severity,
    message: String,
    from: usize,
    to: usize,
    line: u32,
    character: u32,
    end_line: u32,
    end_character: u32,
    fixes: Vec<Fix>,
}

pub fn diagnostic(text: &str, index: &LineIndex, d: &palint_core::Diagnostic) -> Diagnostic {
    let start = index.position(text, d.range.start, PositionEncoding::Utf16);
    let end = index.position(text, d.range.end, PositionEncoding::Utf16);
    Diagnostic {
        code: d.code,
        severity: d.severity.into(),
        message: d.message.clone(),
        from: index.utf16_offset(text, d.range.start),
        to: index.utf16_offset(text, d.range.end),
        line: start.line,
        character: start.character,
        end_line: end.line,
        end_character: end.character,
        fixes: d.fixes.iter().map(|f| fix(text, index, f)).collect(),
    }
}

pub fn fix(text: &str, index: &LineIndex, fix: &palint_core::Fix) -> Fix {
    Fix {
        title: fix.title.clone(),
        preferred: fix.preferred,
        edits: fix
            .edits
            .iter()
            .map(|e| text_edit(text, index, e))
            .collect(),
    }
}

/// What a completion inserts: a key or a value.
#[derive(Serialize, Tsify, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum CompletionKind {
    Key,
    Value,
}

/// A completion item; it replaces `from..to` with `insertText`.
#[derive(Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CompletionItem {
    label: String,
    kind: CompletionKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<String>,
    /// Markdown.
    #[serde(skip_serializing_if = "Option::is_none")]
    documentation: Option<String>,
    insert_text: String,
    /// `insertText` is a snippet with `${1:placeholder}` tab stops.
    snippet: bool,
    from: usize,
    to: usize,
}

pub fn completion(text: &str, index: &LineIndex, item: ide::CompletionItem) -> CompletionItem {
    CompletionItem {
        label: item.label,
        kind: match item.kind {
            ide::CompletionKind::Key => CompletionKind::Key,
            ide::CompletionKind::Value => CompletionKind::Value,
        },
        detail: item.detail,
        documentation: item.documentation,
        insert_text: item.insert_text,
        snippet: item.snippet,
        from: index.utf16_offset(text, item.range.start),
        to: index.utf16_offset(text, item.range.end),
    }
}

/// Documentation (Markdown) for the key or value at `from..to`.
#[derive(Serialize, Tsify)]
pub struct HoverInfo {
    contents: String,
    from: usize,
    to: usize,
}

pub fn hover(text: &str, index: &LineIndex, hover: Hover) -> HoverInfo {
    HoverInfo {
        contents: hover.contents,
        from: index.utf16_offset(text, hover.range.start),
        to: index.utf16_offset(text, hover.range.end),
    }
}

/// One YAML document of the text and the kind it is checked as (`null`: not a profile).
#[derive(Serialize, Tsify)]
#[tsify(missing_as_null)]
pub struct DocumentInfo {
    from: usize,
    to: usize,
    kind: Option<&'static str>,
    description: Option<&'static str>,
}

pub fn document(text: &str, index: &LineIndex, info: &palint_core::DocumentInfo) -> DocumentInfo {
    DocumentInfo {
        from: index.utf16_offset(text, info.range.start),
        to: index.utf16_offset(text, info.range.end),
        kind: info.kind.map(|k| k.name()),
        description: info.kind.map(|k| k.description()),
    }
}

/// A document a rule's facts come from (`url: null` when it has no public page).
#[derive(Serialize, Tsify)]
#[tsify(missing_as_null)]
pub struct RuleSource {
    title: &'static str,
    url: Option<&'static str>,
}

/// A rule and its documentation.
#[derive(Serialize, Tsify)]
pub struct RuleInfo {
    code: &'static str,
    /// Its default level.
    severity: Severity,
    summary: &'static str,
    explanation: &'static str,
    /// The kinds it runs on.
    kinds: Vec<&'static str>,
    /// Where the facts come from; the first one's link documents the rule.
    sources: Vec<RuleSource>,
    /// The whole documentation (explanation, examples, sources, configuration).
    markdown: String,
}

pub fn rule(rule: &Rule) -> RuleInfo {
    RuleInfo {
        code: rule.code,
        severity: rule.severity.into(),
        summary: rule.summary,
        explanation: rule.explanation,
        kinds: rule.kinds.iter().map(|k| k.name()).collect(),
        sources: rule
            .sources
            .iter()
            .map(|s| RuleSource {
                title: s.title,
                url: s.url,
            })
            .collect(),
        markdown: docs::markdown(rule),
    }
}

/// A document kind for a kind picker: its name (for `CheckOptions.kind`) and description.
#[derive(Serialize, Tsify)]
#[tsify(type = "[name: string, description: string]")]
pub struct KindEntry(pub &'static str, pub &'static str);

/// A core edit with UTF-16 offsets.
pub fn text_edit(text: &str, index: &LineIndex, edit: &palint_core::TextEdit) -> TextEdit {
    TextEdit {
        from: index.utf16_offset(text, edit.range.start),
        to: index.utf16_offset(text, edit.range.end),
        insert: edit.new_text.clone(),
    }
}

/// A pack's values: their text, and how a position in it maps to the whole text.
#[derive(Serialize, Tsify)]
pub struct LayerValues {
    text: String,
    /// The kind the values are checked as, if palint knows it.
    kind: Option<&'static str>,
    /// Per line of `text`: its UTF-16 offset in `text` and in the whole text; columns map
    /// one to one. Empty when the values cannot be edited in place (escapes, folding).
    lines: Vec<(usize, usize)>,
}

/// One pack of a profile; `from`/`to` span its entry in the `pack` list.
#[derive(Serialize, Tsify)]
pub struct Layer {
    name: String,
    tag: Option<String>,
    from: usize,
    to: usize,
    values: Option<LayerValues>,
}

pub fn layer(text: &str, index: &LineIndex, layer: &ide::Layer) -> Layer {
    let values = layer.values.as_ref().map(|values| {
        let inner = LineIndex::new(&values.text);
        LayerValues {
            text: values.text.clone(),
            kind: values.kind.map(|k| k.name()),
            lines: values
                .lines
                .iter()
                .map(|(own, whole)| {
                    (
                        inner.utf16_offset(&values.text, *own),
                        index.utf16_offset(text, *whole),
                    )
                })
                .collect(),
        }
    });
    Layer {
        name: layer.name.clone(),
        tag: layer.tag.clone(),
        from: index.utf16_offset(text, layer.range.start),
        to: index.utf16_offset(text, layer.range.end),
        values,
    }
}
