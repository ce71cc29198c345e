//! palint's own requests, for editor integrations (the VS Code status bar and "explain rule").
//!
//! - `palint/documentInfo` `{uri}` → `{documents: [{kind, description, line}]}`: the kind each
//!   document of an open file is checked as (`kind: null` when it is not a profile).
//! - `palint/explainRule` `{code}` → `{code, severity, summary, markdown}` or `null`.

use palint_core::rules;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::Uri;

use crate::backend::Backend;

#[derive(Deserialize)]
pub struct DocumentInfoParams {
    pub uri: Uri,
}

#[derive(Serialize)]
pub struct DocumentKindInfo {
    pub kind: Option<&'static str>,
    pub description: Option<&'static str>,
    /// 0-based line where the document starts.
    pub line: u32,
}

#[derive(Deserialize)]
pub struct ExplainParams {
    pub code: String,
}

impl Backend {
    pub async fn document_info(&self, params: DocumentInfoParams) -> Result<Value> {
        let documents = self.kinds_of(&params.uri).unwrap_or_default();
        Ok(serde_json::json!({ "documents": documents }))
    }

    pub async fn explain_rule(&self, params: ExplainParams) -> Result<Value> {
        let Some(rule) = rules::find(&params.code) else {
            return Ok(Value::Null);
        };
        Ok(serde_json::json!({
            "code": rule.code,
            "severity": rule.severity.as_str(),
            "summary": rule.summary,
            "markdown": rules::docs::markdown(rule),
        }))
    }
}
