//! palint's own requests, for editor integrations (the VS Code status bar and "explain rule"):
//! their parameters, their typed results and the functions that compute them. The backend
//! registers the requests and calls these with what they need; nothing here knows the backend.
//!
//! - `palint/documentInfo` `{uri}` → `{documents: [{kind, description, line}]}`: the kind each
//!   document of an open file is checked as (`kind: null` when it is not a profile).
//! - `palint/explainRule` `{code}` → `{code, severity, summary, markdown, link, sources}` or
//!   `null`.

use palint_core::explain as docs;
use palint_core::rules;
use palint_core::{Options, PositionEncoding};
use serde::{Deserialize, Serialize};
use tower_lsp_server::ls_types::Uri;

use crate::documents::Document;

#[derive(Deserialize)]
pub struct DocumentInfoParams {
    pub uri: Uri,
}

/// The result of `palint/documentInfo`.
#[derive(Serialize, Default, Debug)]
pub struct DocumentInfo {
    pub documents: Vec<DocumentKindInfo>,
}

#[derive(Serialize, Debug)]
pub struct DocumentKindInfo {
    /// The kind's name, `null` when the document is not checked.
    pub kind: Option<&'static str>,
    pub description: Option<&'static str>,
    /// 0-based line where the document starts.
    pub line: u32,
}

/// The kind of each document of `doc`.
pub fn document_info(
    doc: &Document,
    options: &Options,
    encoding: PositionEncoding,
) -> DocumentInfo {
    let documents = palint_core::documents(&doc.text, options)
        .into_iter()
        .map(|info| DocumentKindInfo {
            kind: info.kind.map(|k| k.name()),
            description: info.kind.map(|k| k.description()),
            line: doc.position(info.range.start, encoding).line,
        })
        .collect();
    DocumentInfo { documents }
}

#[derive(Deserialize)]
pub struct ExplainParams {
    pub code: String,
}

/// The result of `palint/explainRule`.
#[derive(Serialize, Debug)]
pub struct RuleExplanation {
    pub code: &'static str,
    /// The default level.
    pub severity: &'static str,
    pub summary: &'static str,
    /// The whole documentation, as `palint explain` prints it.
    pub markdown: String,
    /// Where the facts are documented (the first source's link).
    pub link: Option<&'static str>,
    pub sources: Vec<RuleSource>,
}

#[derive(Serialize, Debug)]
pub struct RuleSource {
    pub title: &'static str,
    pub url: Option<&'static str>,
}

/// The documentation of the rule `code`; `None` when there is no such rule.
pub fn explain_rule(code: &str) -> Option<RuleExplanation> {
    let rule = rules::find(code)?;
    Some(RuleExplanation {
        code: rule.code,
        severity: rule.severity.as_str(),
        summary: rule.summary,
        markdown: docs::markdown(rule),
        link: docs::link(rule),
        sources: rule
            .sources
            .iter()
            .map(|s| RuleSource {
                title: s.title,
                url: s.url,
            })
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explain_rule_result() {
        let explained = serde_json::to_string_pretty(&explain_rule("invalid-sku")).unwrap();
        insta::assert_snapshot!(explained);
        assert!(explain_rule("no-such-rule").is_none());
        assert_eq!(
            serde_json::to_string(&explain_rule("nope")).unwrap(),
            "null"
        );
    }

    #[test]
    fn document_info_result() {
        let text = "managedControlPlane:\n  sku: Free\n---\n# 😀\njobs: {}\n---\napiVersion: cluster.palette.crossplane.io/v1alpha1\nkind: Aks\n";
        let doc = Document::new(text.to_owned(), 1);
        let info = document_info(&doc, &Options::default(), PositionEncoding::Utf16);
        insta::assert_snapshot!(serde_json::to_string_pretty(&info).unwrap());
        assert_eq!(
            serde_json::to_string(&DocumentInfo::default()).unwrap(),
            r#"{"documents":[]}"#
        );
    }
}
