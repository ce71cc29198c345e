//! The bindings as JavaScript sees them, run under Node by wasm-bindgen-test-runner:
//! `cargo test -p palint-wasm --target wasm32-unknown-unknown`.

#![cfg(target_arch = "wasm32")]

mod support;

use support::{options, read};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn check_returns_utf16_offsets() {
    let text = "managedControlPlane:\n  additionalTags: {note: \"😀\", azure: x}\n";
    let found = read(palint_wasm::check(text, JsValue::UNDEFINED).unwrap());
    let d = &found[0];
    assert_eq!(d["code"], "reserved-tag");
    // JS string index: the emoji counts as 2 code units.
    let js_index = text.find("azure").unwrap() - 2;
    assert_eq!(d["from"], js_index);
    assert_eq!(d["to"], js_index + 5);
    assert_eq!(d["line"], 1);
}

#[wasm_bindgen_test]
fn fixes_and_options() {
    let text = "managedControlPlane:\n  sku: standard\n";
    let found = read(palint_wasm::check(text, JsValue::UNDEFINED).unwrap());
    assert_eq!(found[0]["fixes"][0]["edits"][0]["insert"], "Standard");
    let off = options(serde_json::json!({"rules": {"invalid-sku": "off"}}));
    assert_eq!(
        read(palint_wasm::check(text, off).unwrap()),
        serde_json::json!([])
    );
}

#[wasm_bindgen_test]
fn config_text_and_path_apply_like_the_cli() {
    let text = "managedMachinePool:\n  maxPodPerNode: 5\n";
    let config =
        "rules:\n  invalid-value: warning\nkinds:\n  - glob: \"vendor/*.yaml\"\n    kind: none\n";
    let with = |path: &str| options(serde_json::json!({"config": config, "path": path}));
    let found = read(palint_wasm::check(text, with("layers/k8s.yaml")).unwrap());
    assert_eq!(found[0]["code"], "invalid-value");
    assert_eq!(found[0]["severity"], "warning");
    assert_eq!(
        read(palint_wasm::check(text, with("vendor/k8s.yaml")).unwrap()),
        serde_json::json!([])
    );
}

#[wasm_bindgen_test]
fn bad_options_become_js_errors() {
    assert!(palint_wasm::check("a: 1", options(serde_json::json!({"kind": "nope"}))).is_err());
    assert!(palint_wasm::check(
        "a: 1",
        options(serde_json::json!({"rules": {"no-such-rule": "off"}}))
    )
    .is_err());
    // A forced kind checks what detection would skip.
    let forced = options(serde_json::json!({"kind": "kubernetes-aks-values"}));
    assert_eq!(
        read(
            palint_wasm::check(
                "foo: 1
", forced
            )
            .unwrap()
        )[0]["code"],
        "unknown-key"
    );
}

#[wasm_bindgen_test]
fn completion_and_hover() {
    let text = "managedControlPlane:\n  sku: \n";
    let items = read(palint_wasm::complete(text, 28, JsValue::UNDEFINED).unwrap());
    let labels: Vec<&str> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["Standard", "Free"]);
    let hover = read(palint_wasm::hover(text, 23, JsValue::UNDEFINED).unwrap());
    assert!(hover["contents"]
        .as_str()
        .unwrap()
        .contains("managedControlPlane.sku"));
    assert!(palint_wasm::hover("jobs: {}\n", 1, JsValue::UNDEFINED)
        .unwrap()
        .is_null());
    // Offsets past the end are clamped, not a crash.
    assert!(palint_wasm::complete(text, 10_000, JsValue::UNDEFINED).is_ok());
}

#[wasm_bindgen_test]
fn documents_and_rules() {
    let docs = read(
        palint_wasm::documents(
            "managedControlPlane: {}\n---\njobs: {}\n",
            JsValue::UNDEFINED,
        )
        .unwrap(),
    );
    assert_eq!(docs[0]["kind"], "kubernetes-aks-values");
    assert!(docs[1]["kind"].is_null());
    let rules = read(palint_wasm::rules().unwrap());
    let reserved = rules
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["code"] == "reserved-tag")
        .unwrap();
    assert!(reserved["sources"][0]["url"]
        .as_str()
        .unwrap()
        .starts_with("https://"));
    let kinds = read(palint_wasm::kind_names_js().unwrap());
    assert_eq!(kinds[0][0], "kubernetes-aks-values");
    assert!(kinds[0][1].is_string());
    assert!(reserved["markdown"]
        .as_str()
        .unwrap()
        .contains("## Examples"));
}
