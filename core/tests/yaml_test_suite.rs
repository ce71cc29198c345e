//! The yaml-test-suite (vendored data, `tests/yaml-test-suite/`): palint never panics, never
//! calls valid YAML a syntax error, and reports every error case that it checks.

use palint_core::{check, DocumentKind, Options};
use serde::Deserialize;
use std::panic::{catch_unwind, AssertUnwindSafe};

#[derive(Deserialize)]
struct Case {
    id: String,
    name: String,
    error: bool,
    yaml: String,
}

/// Error cases the parser (saphyr-parser 0.3) accepts, with the reason. Each is a known
/// limitation to remove when the parser learns it; the test fails if one starts passing.
const ACCEPTED_ERRORS: &[(&str, &str)] = &[];

/// Valid cases the parser rejects.
const REJECTED_VALID: &[(&str, &str)] = &[];

fn cases() -> Vec<Case> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/yaml-test-suite/cases.json"
    );
    let text = std::fs::read_to_string(path).expect("the vendored yaml-test-suite cases");
    serde_json::from_str(&text).expect("cases.json is valid")
}

#[test]
fn yaml_test_suite() {
    let cases = cases();
    assert!(cases.len() > 400, "{} cases", cases.len());
    // Every document is checked (forced to a kind), so every syntax error is reported.
    let options = Options {
        kind: Some(DocumentKind::KubernetesAksValues),
        ..Options::default()
    };
    let mut failures = Vec::new();
    for case in &cases {
        let result = catch_unwind(AssertUnwindSafe(|| check(&case.yaml, &options)));
        let Ok(diagnostics) = result else {
            failures.push(format!("{} ({}): panicked", case.id, case.name));
            continue;
        };
        let syntax: Vec<_> = diagnostics
            .iter()
            .filter(|d| matches!(d.code, "yaml-syntax" | "yaml-limit"))
            .collect();
        let known = |list: &[(&str, &str)]| list.iter().any(|(id, _)| *id == case.id);
        match (case.error, syntax.first()) {
            (true, None) if !known(ACCEPTED_ERRORS) => failures.push(format!(
                "{} ({}): an error case, but no yaml-syntax",
                case.id, case.name
            )),
            (false, Some(d)) if !known(REJECTED_VALID) => failures.push(format!(
                "{} ({}): valid YAML, but {}: {}",
                case.id, case.name, d.code, d.message
            )),
            (true, Some(_)) if known(ACCEPTED_ERRORS) => failures.push(format!(
                "{}: now reported; remove it from ACCEPTED_ERRORS",
                case.id
            )),
            (false, None) if known(REJECTED_VALID) => failures.push(format!(
                "{}: now accepted; remove it from REJECTED_VALID",
                case.id
            )),
            _ => {}
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
