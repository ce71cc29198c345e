//! `schemas/palint-config.schema.json` lists every rule and kind: it is generated from the
//! registries here. After adding a rule or kind, regenerate it with
//! `PALINT_UPDATE_SCHEMAS=1 cargo test -p palint-core --test config_schema`.

use palint_core::config::LEVEL_NAMES;
use palint_core::kind::KINDS;
use palint_core::rules::RULES;
use serde_json::{json, Map, Value};

const PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../schemas/palint-config.schema.json"
);

fn expected() -> Value {
    let mut rules = Map::new();
    for rule in RULES {
        rules.insert(
            rule.code.to_owned(),
            json!({
                "description": format!("{} (default: {})", rule.summary, rule.severity),
                "$ref": "#/$defs/level",
            }),
        );
    }
    let forceable = || KINDS.iter().filter(|k| k.kind.is_forceable());
    let mut kind_names: Vec<&str> = forceable().map(|k| k.name).collect();
    let mut kind_descriptions: Vec<&str> = forceable().map(|k| k.description).collect();
    kind_names.push("none");
    kind_descriptions.push("Do not check matching files");
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "palint settings (.palint.yaml)",
        "description": "Settings for palint, the checker for Spectro Cloud Palette Azure/AKS cluster profiles. palint uses the nearest `.palint.yaml` in a checked file's folder or above.",
        "type": "object",
        "additionalProperties": false,
        "properties": {
            "rules": {
                "description": "A level for each rule code to change: `off`, `error`, `warning`, `info` or `hint` (`palint explain --list` lists the rules).",
                "type": "object",
                "additionalProperties": false,
                "properties": rules,
            },
            "kinds": {
                "description": "Which kind to check files as, by glob (relative to this file's folder); the first matching entry wins.",
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["glob", "kind"],
                    "properties": {
                        "glob": {
                            "description": "A glob pattern relative to this file's folder: `*` within a folder, `**` across folders, `{a,b}` alternatives.",
                            "type": "string",
                            "x-palint-rule": "invalid-glob",
                        },
                        "kind": {
                            "description": "The document kind for matching files, or `none` to skip them.",
                            "enum": kind_names,
                            "enumDescriptions": kind_descriptions,
                        },
                    },
                },
            },
        },
        "$defs": {
            "level": {
                "enum": LEVEL_NAMES,
                "enumDescriptions": [
                    "Do not report this rule",
                    "Report as an error (fails `palint check`)",
                    "Report as a warning (fails `palint check --deny-warnings`)",
                    "Report as information",
                    "Report as a hint",
                ],
            },
        },
    })
}

#[test]
fn config_schema_matches_the_registries() {
    let expected = expected();
    if std::env::var_os("PALINT_UPDATE_SCHEMAS").is_some() {
        let text = serde_json::to_string_pretty(&expected).unwrap() + "\n";
        std::fs::write(PATH, text).unwrap();
    }
    let actual: Value = serde_json::from_str(&std::fs::read_to_string(PATH).unwrap()).unwrap();
    assert!(
        actual == expected,
        "schemas/palint-config.schema.json is out of date: run `PALINT_UPDATE_SCHEMAS=1 cargo test -p palint-core --test config_schema`"
    );
}
