//! The kind lists outside Rust (the VS Code extension's settings) must equal the core's kind
//! registry, so a new kind cannot be forgotten there.

use palint_core::kind::KINDS;

fn registry_names() -> Vec<String> {
    let mut names: Vec<String> = KINDS
        .iter()
        .filter(|k| k.kind.is_forceable())
        .map(|k| k.name.to_owned())
        .collect();
    names.push("none".to_owned());
    names
}

fn quoted_names_between(text: &str, start: &str, end: &str) -> Vec<String> {
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("`{start}` not found"));
    let rest = &text[from + start.len()..];
    let to = rest
        .find(end)
        .unwrap_or_else(|| panic!("`{end}` not found"));
    rest[..to]
        .split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

#[test]
fn vscode_settings_list_every_kind() {
    let settings = include_str!("../../vscode-extension/src/settings.ts");
    assert_eq!(
        quoted_names_between(settings, "export const KINDS = [", "]"),
        registry_names()
    );
}

#[test]
fn vscode_package_json_lists_every_kind() {
    let package: serde_json::Value =
        serde_json::from_str(include_str!("../../vscode-extension/package.json")).unwrap();
    let kinds = &package["contributes"]["configuration"]["properties"]["palint.kinds"]
        ["additionalProperties"]["enum"];
    let names: Vec<String> = kinds
        .as_array()
        .expect("palint.kinds has an enum")
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(names, registry_names());
}

#[test]
fn every_kind_has_its_schema_file() {
    for kind in &KINDS {
        let path = format!(
            "{}/../schemas/{}.schema.json",
            env!("CARGO_MANIFEST_DIR"),
            kind.name
        );
        let on_disk = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        // Embedded without indentation (core/build.rs): the same JSON.
        let on_disk: serde_json::Value = serde_json::from_str(&on_disk).unwrap();
        let embedded: serde_json::Value = serde_json::from_str(kind.schema).unwrap();
        assert_eq!(on_disk, embedded, "{path}");
    }
}
