//! palint-core values to LSP types.

use palint_core::ide::{CompletionItem, CompletionKind, Symbol, SymbolKind};
use palint_core::rules;
use palint_core::{Diagnostic, Fix, PositionEncoding, Severity};
use std::collections::HashMap;
use tower_lsp_server::ls_types::{self as lsp, Uri};

use crate::documents::Document;

pub fn diagnostic(doc: &Document, d: &Diagnostic, encoding: PositionEncoding) -> lsp::Diagnostic {
    let severity = match d.severity {
        Severity::Error => lsp::DiagnosticSeverity::ERROR,
        Severity::Warning => lsp::DiagnosticSeverity::WARNING,
        Severity::Info => lsp::DiagnosticSeverity::INFORMATION,
        Severity::Hint => lsp::DiagnosticSeverity::HINT,
    };
    lsp::Diagnostic {
        range: doc.range(&d.range, encoding),
        severity: Some(severity),
        code: Some(lsp::NumberOrString::String(d.code.to_owned())),
        code_description: rule_link(d.code).map(|href| lsp::CodeDescription { href }),
        source: Some("palint".to_owned()),
        message: d.message.clone(),
        ..lsp::Diagnostic::default()
    }
}

/// Where a rule's facts are documented: the link of its first source.
pub fn rule_link(code: &str) -> Option<Uri> {
    palint_core::explain::link(rules::find(code)?)?.parse().ok()
}

pub fn code_action(
    uri: &Uri,
    doc: &Document,
    fix: &Fix,
    diagnostic: lsp::Diagnostic,
    encoding: PositionEncoding,
) -> lsp::CodeAction {
    let edits = fix
        .edits
        .iter()
        .map(|e| lsp::TextEdit {
            range: doc.range(&e.range, encoding),
            new_text: e.new_text.clone(),
        })
        .collect();
    lsp::CodeAction {
        title: fix.title.clone(),
        kind: Some(lsp::CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![diagnostic]),
        edit: Some(lsp::WorkspaceEdit {
            changes: Some(HashMap::from([(uri.clone(), edits)])),
            ..Default::default()
        }),
        is_preferred: Some(fix.preferred),
        ..lsp::CodeAction::default()
    }
}

pub fn completion(
    doc: &Document,
    item: CompletionItem,
    encoding: PositionEncoding,
    snippets: bool,
) -> lsp::CompletionItem {
    let (insert_text, format) = if item.snippet && snippets {
        (item.insert_text, lsp::InsertTextFormat::SNIPPET)
    } else {
        (
            strip_snippet(&item.insert_text),
            lsp::InsertTextFormat::PLAIN_TEXT,
        )
    };
    let kind = match item.kind {
        CompletionKind::Key => lsp::CompletionItemKind::PROPERTY,
        CompletionKind::Value => lsp::CompletionItemKind::ENUM_MEMBER,
    };
    lsp::CompletionItem {
        label: item.label,
        kind: Some(kind),
        detail: item.detail,
        documentation: item.documentation.map(|value| {
            lsp::Documentation::MarkupContent(lsp::MarkupContent {
                kind: lsp::MarkupKind::Markdown,
                value,
            })
        }),
        insert_text_format: Some(format),
        text_edit: Some(lsp::CompletionTextEdit::Edit(lsp::TextEdit {
            range: doc.range(&item.range, encoding),
            new_text: insert_text,
        })),
        ..lsp::CompletionItem::default()
    }
}

/// Plain text for clients without snippet support: choices become their first option.
fn strip_snippet(snippet: &str) -> String {
    let mut out = String::new();
    let mut rest = snippet;
    while let Some(start) = rest.find('$') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        if let Some(body) = after.strip_prefix('{') {
            let end = body.find('}').unwrap_or(body.len());
            let inner = &body[..end];
            if let Some((_, choices)) = inner.split_once('|') {
                out.push_str(choices.split(['|', ',']).next().unwrap_or(""));
            }
            rest = body.get(end + 1..).unwrap_or("");
        } else {
            rest = after.trim_start_matches(|c: char| c.is_ascii_digit());
        }
    }
    out.push_str(rest);
    out
}

#[allow(deprecated)] // `DocumentSymbol::deprecated` must still be set
pub fn symbol(doc: &Document, symbol: Symbol, encoding: PositionEncoding) -> lsp::DocumentSymbol {
    let kind = match symbol.kind {
        SymbolKind::Document => lsp::SymbolKind::FILE,
        SymbolKind::Object => lsp::SymbolKind::OBJECT,
        SymbolKind::Array => lsp::SymbolKind::ARRAY,
        SymbolKind::String => lsp::SymbolKind::STRING,
        SymbolKind::Number => lsp::SymbolKind::NUMBER,
        SymbolKind::Boolean => lsp::SymbolKind::BOOLEAN,
        SymbolKind::Null => lsp::SymbolKind::NULL,
    };
    let children: Vec<lsp::DocumentSymbol> = symbol
        .children
        .into_iter()
        .map(|c| self::symbol(doc, c, encoding))
        .collect();
    lsp::DocumentSymbol {
        name: symbol.name,
        detail: symbol.detail,
        kind,
        tags: None,
        deprecated: None,
        range: doc.range(&symbol.range, encoding),
        selection_range: doc.range(&symbol.selection_range, encoding),
        children: (!children.is_empty()).then_some(children),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_to_plain_text() {
        assert_eq!(strip_snippet("sku: ${1|Standard,Free|}"), "sku: Standard");
        assert_eq!(strip_snippet("aadProfile:\n    $0"), "aadProfile:\n    ");
        assert_eq!(strip_snippet("tags: [$0]"), "tags: []");
    }

    #[test]
    fn rule_links_are_urls() {
        assert_eq!(
            rule_link("invalid-sku").unwrap().as_str(),
            "https://docs.spectrocloud.com/clusters/public-cloud/azure/architecture/"
        );
    }
}
