//! Core results as serializable JS shapes with UTF-16 offsets.

use palint_core::ide::{CompletionItem, CompletionKind, Hover};
use palint_core::rules::{docs, Rule};
use palint_core::{Diagnostic, DocumentInfo, LineIndex, PositionEncoding};
use serde::Serialize;

#[derive(Serialize)]
pub struct JsEdit {
    from: usize,
    to: usize,
    insert: String,
}

#[derive(Serialize)]
pub struct JsFix {
    title: String,
    preferred: bool,
    edits: Vec<JsEdit>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct JsDiagnostic {
    code: &'static str,
    severity: &'static str,
    message: String,
    from: usize,
    to: usize,
    line: u32,
    character: u32,
    end_line: u32,
    end_character: u32,
    fixes: Vec<JsFix>,
}

pub fn diagnostic(text: &str, index: &LineIndex, d: &Diagnostic) -> JsDiagnostic {
    let start = index.position(text, d.range.start, PositionEncoding::Utf16);
    let end = index.position(text, d.range.end, PositionEncoding::Utf16);
    JsDiagnostic {
        code: d.code,
        severity: d.severity.as_str(),
        message: d.message.clone(),
        from: index.utf16_offset(text, d.range.start),
        to: index.utf16_offset(text, d.range.end),
        line: start.line,
        character: start.character,
        end_line: end.line,
        end_character: end.character,
        fixes: d
            .fixes
            .iter()
            .map(|fix| JsFix {
                title: fix.title.clone(),
                preferred: fix.preferred,
                edits: fix
                    .edits
                    .iter()
                    .map(|e| JsEdit {
                        from: index.utf16_offset(text, e.range.start),
                        to: index.utf16_offset(text, e.range.end),
                        insert: e.new_text.clone(),
                    })
                    .collect(),
            })
            .collect(),
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct JsCompletion {
    label: String,
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    documentation: Option<String>,
    insert_text: String,
    snippet: bool,
    from: usize,
    to: usize,
}

pub fn completion(text: &str, index: &LineIndex, item: CompletionItem) -> JsCompletion {
    JsCompletion {
        label: item.label,
        kind: match item.kind {
            CompletionKind::Key => "key",
            CompletionKind::Value => "value",
        },
        detail: item.detail,
        documentation: item.documentation,
        insert_text: item.insert_text,
        snippet: item.snippet,
        from: index.utf16_offset(text, item.range.start),
        to: index.utf16_offset(text, item.range.end),
    }
}

#[derive(Serialize)]
pub struct JsHover {
    contents: String,
    from: usize,
    to: usize,
}

pub fn hover(text: &str, index: &LineIndex, hover: Hover) -> JsHover {
    JsHover {
        contents: hover.contents,
        from: index.utf16_offset(text, hover.range.start),
        to: index.utf16_offset(text, hover.range.end),
    }
}

#[derive(Serialize)]
pub struct JsDocument {
    from: usize,
    to: usize,
    kind: Option<&'static str>,
    description: Option<&'static str>,
}

pub fn document(text: &str, index: &LineIndex, info: &DocumentInfo) -> JsDocument {
    JsDocument {
        from: index.utf16_offset(text, info.range.start),
        to: index.utf16_offset(text, info.range.end),
        kind: info.kind.map(|k| k.name()),
        description: info.kind.map(|k| k.description()),
    }
}

#[derive(Serialize)]
pub struct JsSource {
    title: &'static str,
    url: Option<&'static str>,
}

#[derive(Serialize)]
pub struct JsRule {
    code: &'static str,
    severity: &'static str,
    summary: &'static str,
    explanation: &'static str,
    /// The kinds it runs on.
    kinds: Vec<&'static str>,
    /// Where the facts come from; the first one's link documents the rule.
    sources: Vec<JsSource>,
    /// The whole documentation (explanation, examples, sources, configuration).
    markdown: String,
}

pub fn rule(rule: &Rule) -> JsRule {
    JsRule {
        code: rule.code,
        severity: rule.severity.as_str(),
        summary: rule.summary,
        explanation: rule.explanation,
        kinds: rule.kinds.iter().map(|k| k.name()).collect(),
        sources: rule
            .sources
            .iter()
            .map(|s| JsSource {
                title: s.title,
                url: s.url,
            })
            .collect(),
        markdown: docs::markdown(rule),
    }
}
