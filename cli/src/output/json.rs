//! `--format json`: one object, ranges as in the Language Server Protocol.
//!
//! `{"files": [{"path", "diagnostics": [{"code", "severity", "message", "range": {"start",
//! "end"}}], "error"?}]}`, positions `{"line", "character"}` 0-based with UTF-16 columns.

use serde::Serialize;

use super::{locate, FileReport};
use palint_core::Position;

#[derive(Serialize)]
struct Report<'a> {
    files: Vec<File<'a>>,
}

#[derive(Serialize)]
struct File<'a> {
    path: &'a str,
    diagnostics: Vec<Diagnostic<'a>>,
    /// Why the file could not be checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

#[derive(Serialize)]
struct Diagnostic<'a> {
    code: &'a str,
    severity: &'a str,
    message: &'a str,
    range: Range,
}

#[derive(Serialize)]
struct Range {
    start: Position,
    end: Position,
}

pub fn render(reports: &[FileReport]) -> String {
    let files = reports
        .iter()
        .map(|report| {
            let index = &report.index;
            let diagnostics = report
                .diagnostics
                .iter()
                .map(|d| {
                    let at = locate(&report.text, index, d);
                    Diagnostic {
                        code: d.code,
                        severity: d.severity.as_str(),
                        message: &d.message,
                        range: Range {
                            start: at.start,
                            end: at.end,
                        },
                    }
                })
                .collect();
            File {
                path: &report.path,
                diagnostics,
                error: report.error.as_deref(),
            }
        })
        .collect();
    let mut out = serde_json::to_string(&Report { files }).expect("the report serializes");
    out.push('\n');
    out
}
