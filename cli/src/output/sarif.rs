//! `--format sarif`: SARIF 2.1.0, the format GitHub code scanning uploads. The types below are
//! the part of the SARIF schema palint writes, with SARIF's property names.

use serde::Serialize;

use super::{locate, FileReport};
use palint_core::explain as docs;
use palint_core::rules::{Rule, RULES};
use palint_core::Severity;

#[derive(Serialize)]
struct Log {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run {
    tool: Tool,
    column_kind: &'static str,
    invocations: [Invocation; 1],
    results: Vec<Result>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
struct Driver {
    name: &'static str,
    version: &'static str,
    rules: Vec<ReportingDescriptor>,
}

/// A rule's metadata.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReportingDescriptor {
    id: &'static str,
    name: &'static str,
    short_description: Message,
    full_description: Message,
    help: Help,
    #[serde(skip_serializing_if = "Option::is_none")]
    help_uri: Option<&'static str>,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Message {
    text: String,
}

#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    tool_execution_notifications: Vec<Notification>,
}

#[derive(Serialize)]
struct Notification {
    level: &'static str,
    message: Message,
    locations: [Location; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Result {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Message,
    locations: [Location; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    physical_location: PhysicalLocation,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

/// 1-based lines and columns (UTF-16 code units, as `columnKind` says).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: u32,
    start_column: u32,
    end_line: u32,
    end_column: u32,
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info | Severity::Hint => "note",
    }
}

fn descriptor(rule: &'static Rule) -> ReportingDescriptor {
    ReportingDescriptor {
        id: rule.code,
        name: rule.code,
        short_description: Message {
            text: rule.summary.to_owned(),
        },
        full_description: Message {
            text: rule.explanation.to_owned(),
        },
        help: Help {
            text: docs::text(rule, usize::MAX),
            markdown: docs::markdown(rule),
        },
        help_uri: docs::link(rule),
        default_configuration: Configuration {
            level: level(rule.severity),
        },
    }
}

pub fn render(reports: &[FileReport]) -> String {
    let mut results = Vec::new();
    let mut notifications = Vec::new();
    for report in reports {
        if let Some(error) = &report.error {
            notifications.push(Notification {
                level: "error",
                message: Message {
                    text: format!("{}: {error}", report.path),
                },
                locations: [location(&report.path, None)],
            });
            continue;
        }
        let index = &report.index;
        for d in &report.diagnostics {
            let at = locate(&report.text, index, d);
            let region = Region {
                start_line: at.start.line + 1,
                start_column: at.start.character + 1,
                end_line: at.end.line + 1,
                end_column: at.end.character + 1,
            };
            results.push(Result {
                rule_id: d.code,
                rule_index: RULES.iter().position(|r| r.code == d.code).unwrap_or(0),
                level: level(d.severity),
                message: Message {
                    text: d.message.clone(),
                },
                locations: [location(&report.path, Some(region))],
            });
        }
    }
    let log = Log {
        schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "palint",
                    version: env!("CARGO_PKG_VERSION"),
                    rules: RULES.iter().copied().map(descriptor).collect(),
                },
            },
            column_kind: "utf16CodeUnits",
            invocations: [Invocation {
                execution_successful: notifications.is_empty(),
                tool_execution_notifications: notifications,
            }],
            results,
        }],
    };
    let mut out = serde_json::to_string_pretty(&log).expect("the log serializes");
    out.push('\n');
    out
}

fn location(path: &str, region: Option<Region>) -> Location {
    Location {
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation { uri: uri(path) },
            region,
        },
    }
}

/// A relative URI reference for a path (spaces and `%` escaped).
fn uri(path: &str) -> String {
    path.replace('\\', "/")
        .replace('%', "%25")
        .replace(' ', "%20")
}
