//! The language server's bindings as JavaScript sees them, run under Node by
//! wasm-bindgen-test-runner:
//! `cargo test -p palint-wasm --target wasm32-unknown-unknown --features language-server`.

#![cfg(all(target_arch = "wasm32", feature = "language-server"))]

mod support;

use support::{options, read};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn editor_settings_and_config_globs_are_relative_to_their_folders() {
    let text = "managedMachinePool:\n  maxPodPerNode: 5\n";
    let config = "kinds:\n  - glob: \"vendor/*.yaml\"\n    kind: none\n";
    let at = |path: &str, settings: serde_json::Value| {
        options(serde_json::json!({
            "config": config,
            "configPath": "/repo/team/.palint.yaml",
            "settings": settings,
            "workspace": "/repo",
            "path": path,
        }))
    };
    let none = serde_json::json!({});
    // The config's glob is relative to /repo/team, not to the workspace.
    assert_eq!(
        read(palint_wasm::check(text, at("/repo/team/vendor/k8s.yaml", none.clone())).unwrap()),
        serde_json::json!([])
    );
    let found = read(palint_wasm::check(text, at("/repo/vendor/k8s.yaml", none)).unwrap());
    assert_eq!(found[0]["code"], "invalid-value");
    // The editor's rules win over the file's; its globs are relative to the workspace.
    let settings =
        serde_json::json!({"rules": {"invalid-value": "hint"}, "kinds": {"layers/*.yaml": "none"}});
    let found =
        read(palint_wasm::check(text, at("/repo/vendor/k8s.yaml", settings.clone())).unwrap());
    assert_eq!(found[0]["severity"], "hint");
    assert_eq!(
        read(palint_wasm::check(text, at("/repo/layers/k8s.yaml", settings)).unwrap()),
        serde_json::json!([])
    );
}

#[wasm_bindgen_test]
fn a_terraform_file_is_checked_with_its_module() {
    let cluster =
        "resource \"spectrocloud_cluster_azure\" \"c\" {\n  apply_setting = var.apply\n}\n";
    let variables = "variable \"apply\" { default = \"DownloadAndInstal\" }\n";
    let alone = read(
        palint_wasm::check(cluster, options(serde_json::json!({"path": "/m/main.tf"}))).unwrap(),
    );
    assert!(
        alone
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["code"] != "invalid-value"),
        "{alone}"
    );
    let module = serde_json::json!({"/m/main.tf": cluster, "/m/variables.tf": variables});
    let with = options(serde_json::json!({"path": "/m/main.tf", "terraformModule": module}));
    let found = read(palint_wasm::check(cluster, with).unwrap());
    let invalid: Vec<_> = found
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "invalid-value")
        .collect();
    assert_eq!(invalid.len(), 1, "{found}");
    assert!(
        invalid[0]["message"]
            .as_str()
            .unwrap()
            .contains("variables.tf"),
        "{found}"
    );
}

#[wasm_bindgen_test]
fn code_actions_in_a_range_and_the_outline() {
    let text = "managedControlPlane:\n  sku: standard\n  additionalTags:\n    azure: x\n";
    let sku_line = text.find("standard").unwrap() as u32;
    let actions =
        read(palint_wasm::code_actions(text, sku_line, sku_line, JsValue::UNDEFINED).unwrap());
    let titles: Vec<&str> = actions
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["fix"]["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles.len(), 2, "{actions}");
    assert_eq!(actions[0]["fix"]["edits"][0]["insert"], "Standard");
    assert_eq!(actions[0]["diagnostic"]["code"], "invalid-sku");
    assert_eq!(titles[1], "Disable `invalid-sku` for this line");
    // Nothing is offered away from the problems.
    let empty = read(palint_wasm::code_actions(text, 0, 0, JsValue::UNDEFINED).unwrap());
    assert_eq!(empty, serde_json::json!([]));

    let outline = read(palint_wasm::outline(text, JsValue::UNDEFINED).unwrap());
    assert_eq!(outline[0]["kind"], "document");
    let keys = &outline[0]["children"];
    assert_eq!(keys[0]["name"], "managedControlPlane");
    assert_eq!(keys[0]["selectionFrom"], 0);
    assert_eq!(keys[0]["selectionTo"], 19);
}

#[wasm_bindgen_test]
fn values_files_of_a_terraform_file() {
    let terraform = "resource \"spectrocloud_cluster_profile\" \"p\" {\n  pack {\n    name   = \"kubernetes-aks\"\n    values = file(\"${path.module}/config/aks.yaml\")\n  }\n}\n";
    let found = read(palint_wasm::values_files(terraform).unwrap());
    assert_eq!(
        found,
        serde_json::json!([{"path": "config/aks.yaml", "kind": "kubernetes-aks-values"}])
    );
}

#[wasm_bindgen_test]
fn a_document_checker_gives_check_results_across_edits() {
    let mut checker = palint_wasm::DocumentChecker::new();
    let mut text = String::from(
        "managedControlPlane:\n  sku: Premium\n---\nmanagedMachinePool:\n  maxPodPerNode: 5\n",
    );
    for step in 0..6 {
        let found = read(checker.check(&text, JsValue::UNDEFINED).unwrap());
        let fresh = read(palint_wasm::check(&text, JsValue::UNDEFINED).unwrap());
        assert_eq!(found, fresh, "step {step}: {text}");
        let whole = text.encode_utf16().count() as u32;
        let actions = read(
            checker
                .code_actions(&text, 0, whole, JsValue::UNDEFINED)
                .unwrap(),
        );
        let fresh_actions =
            read(palint_wasm::code_actions(&text, 0, whole, JsValue::UNDEFINED).unwrap());
        assert_eq!(actions, fresh_actions, "step {step}");
        assert!(!fresh.as_array().unwrap().is_empty());
        // Edit one document, then the other, then insert and remove a separator.
        match step {
            0 => text = text.replace("Premium", "Standard"),
            1 => text = text.replace("maxPodPerNode: 5", "maxPodPerNode: 😀"),
            2 => text.insert_str(0, "---\n"),
            3 => text = text.replacen("---\n", "", 1),
            _ => text.push_str("---\nmanagedControlPlane:\n  sku: free\n"),
        }
    }
}
