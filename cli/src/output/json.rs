//! `--format json`: one object, ranges as in the Language Server Protocol.

use serde_json::{json, Value};

use super::{locate, FileReport};
use palint_core::LineIndex;

pub fn render(reports: &[FileReport]) -> String {
    let files: Vec<Value> = reports
        .iter()
        .map(|report| {
            let index = LineIndex::new(&report.text);
            let diagnostics: Vec<Value> = report
                .diagnostics
                .iter()
                .map(|d| {
                    let at = locate(&report.text, &index, d);
                    json!({
                        "code": d.code,
                        "severity": d.severity.as_str(),
                        "message": d.message,
                        "range": {"start": at.start, "end": at.end},
                    })
                })
                .collect();
            let mut file = json!({"path": report.path, "diagnostics": diagnostics});
            if let Some(error) = &report.error {
                file["error"] = json!(error);
            }
            file
        })
        .collect();
    let mut out = json!({"files": files}).to_string();
    out.push('\n');
    out
}
