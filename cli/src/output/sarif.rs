//! `--format sarif`: SARIF 2.1.0, the format GitHub code scanning uploads.

use serde_json::{json, Value};

use super::{locate, FileReport};
use palint_core::rules::{docs, RULES};
use palint_core::{LineIndex, Severity};

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info | Severity::Hint => "note",
    }
}

pub fn render(reports: &[FileReport]) -> String {
    let rules: Vec<Value> = RULES
        .iter()
        .map(|rule| {
            let mut descriptor = json!({
                "id": rule.code,
                "name": rule.code,
                "shortDescription": {"text": rule.summary},
                "fullDescription": {"text": rule.explanation},
                "help": {
                    "text": docs::text(rule, usize::MAX),
                    "markdown": docs::markdown(rule),
                },
                "defaultConfiguration": {"level": level(rule.severity)},
            });
            if let Some(url) = docs::link(rule) {
                descriptor["helpUri"] = json!(url);
            }
            descriptor
        })
        .collect();
    let mut results = Vec::new();
    let mut notifications = Vec::new();
    for report in reports {
        if let Some(error) = &report.error {
            notifications.push(json!({
                "level": "error",
                "message": {"text": format!("{}: {error}", report.path)},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(&report.path)}}}],
            }));
            continue;
        }
        let index = LineIndex::new(&report.text);
        for d in &report.diagnostics {
            let at = locate(&report.text, &index, d);
            let rule_index = RULES.iter().position(|r| r.code == d.code).unwrap_or(0);
            results.push(json!({
                "ruleId": d.code,
                "ruleIndex": rule_index,
                "level": level(d.severity),
                "message": {"text": d.message},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri(&report.path)},
                        "region": {
                            "startLine": at.start.line + 1,
                            "startColumn": at.start.character + 1,
                            "endLine": at.end.line + 1,
                            "endColumn": at.end.character + 1,
                        }
                    }
                }],
            }));
        }
    }
    let sarif = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "palint",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "columnKind": "utf16CodeUnits",
            "invocations": [{
                "executionSuccessful": notifications.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "results": results,
        }],
    });
    let mut out = serde_json::to_string_pretty(&sarif).expect("JSON values serialize");
    out.push('\n');
    out
}

/// A relative URI reference for a path (spaces and `%` escaped).
fn uri(path: &str) -> String {
    path.replace('\\', "/")
        .replace('%', "%25")
        .replace(' ', "%20")
}
