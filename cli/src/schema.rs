//! `palint schema KIND`: a kind's JSON Schema, for tools that read JSON Schema
//! (yaml-language-server with a `# yaml-language-server: $schema=...` line, SchemaStore).

use std::process::ExitCode;

use palint_core::DocumentKind;

/// The schema's stable identifier: it names the kind, not a place to download it from.
pub fn id(kind: DocumentKind) -> String {
    format!("urn:palint:schema:{}", kind.name())
}

/// The kind's schema as pretty JSON (keys sorted), with its `$id`.
pub fn render(kind: DocumentKind) -> String {
    let parsed: serde_json::Value =
        serde_json::from_str(kind.spec().schema).expect("the embedded schemas are JSON");
    let mut schema = parsed;
    if let serde_json::Value::Object(fields) = &mut schema {
        fields.insert("$id".into(), id(kind).into());
    }
    let mut text = serde_json::to_string_pretty(&schema).expect("a JSON value serializes");
    text.push('\n');
    text
}

pub fn run(kind: Option<&str>) -> ExitCode {
    let Some(name) = kind else {
        let mut out = String::from("Kinds with a schema (`palint schema KIND`):\n");
        for kind in DocumentKind::ALL {
            out.push_str(&format!("  {:<32} {}\n", kind.name(), kind.description()));
        }
        return match crate::stdout::write(&out) {
            Ok(()) => ExitCode::SUCCESS,
            Err(status) => status,
        };
    };
    let Some(kind) = DocumentKind::ALL.into_iter().find(|k| k.name() == name) else {
        let names: Vec<&str> = DocumentKind::ALL.iter().map(|k| k.name()).collect();
        eprintln!(
            "palint: unknown kind `{name}` (one of: {})",
            names.join(", ")
        );
        return ExitCode::from(2);
    };
    match crate::stdout::write(&render(kind)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(status) => status,
    }
}
