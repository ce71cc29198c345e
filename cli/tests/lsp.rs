//! End-to-end tests of `palint lsp`: the real binary over stdio with a JSON-RPC client.

mod common;

use common::{position_of, Client};
use serde_json::{json, Value};

const URI: &str = "file:///work/values.yaml";

fn started() -> Client {
    let mut client = Client::start();
    client.initialize(
        json!({"textDocument": {"completion": {"completionItem": {"snippetSupport": true}}}}),
    );
    client
}

fn codes(diagnostics: &[Value]) -> Vec<String> {
    diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn initialize_announces_features() {
    let mut client = Client::start();
    let result = client.initialize(json!({}));
    let capabilities = &result["capabilities"];
    assert_eq!(capabilities["positionEncoding"], "utf-16");
    assert_eq!(capabilities["textDocumentSync"]["change"], 2);
    assert!(capabilities["completionProvider"].is_object());
    assert_eq!(capabilities["hoverProvider"], true);
    assert_eq!(capabilities["documentSymbolProvider"], true);
    assert!(capabilities.get("diagnosticProvider").is_none());
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

/// A whole-text change of a large file (1 MB) and thousands of diagnostics (500 KB) each
/// fit the pipe in one write, not 16 writes each waiting for the reader.
#[cfg(target_os = "linux")]
#[test]
fn stdio_pipes_are_widened_to_a_megabyte() {
    let max: i32 = std::fs::read_to_string("/proc/sys/fs/pipe-max-size")
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let mut client = Client::start();
    client.initialize(json!({}));
    let (stdin, stdout) = client.pipe_sizes();
    // 64 KB unless widened; root may go past the system's maximum.
    let widened = max.min(1 << 20);
    assert!(stdin >= widened && stdout >= widened, "{stdin} {stdout}");
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

#[test]
fn diagnostics_have_exact_utf16_ranges_after_emoji() {
    let mut client = started();
    let text = "managedControlPlane:\n  additionalTags: {note: \"😀😀\", azure: x}\n";
    client.open(URI, text);
    let diagnostics = client.diagnostics(URI, 1);
    assert_eq!(diagnostics.len(), 1);
    let d = &diagnostics[0];
    assert_eq!(d["code"], "reserved-tag");
    assert_eq!(d["source"], "palint");
    assert_eq!(d["severity"], 1);
    assert_eq!(
        d["range"],
        json!({"start": {"line": 1, "character": 33}, "end": {"line": 1, "character": 38}})
    );
    assert!(d["codeDescription"]["href"]
        .as_str()
        .unwrap()
        .starts_with("https://docs.spectrocloud.com/"));
}

#[test]
fn utf8_positions_when_the_client_offers_them() {
    let mut client = Client::start();
    let result = client.initialize(json!({"general": {"positionEncodings": ["utf-8", "utf-16"]}}));
    assert_eq!(result["capabilities"]["positionEncoding"], "utf-8");
    client.open(
        URI,
        "managedControlPlane:\n  additionalTags: {note: \"😀😀\", azure: x}\n",
    );
    let d = &client.diagnostics(URI, 1)[0];
    assert_eq!(d["range"]["start"], json!({"line": 1, "character": 37}));
}

#[test]
fn other_yaml_gets_no_diagnostics() {
    let mut client = started();
    client.open(
        "file:///work/.github/workflows/ci.yaml",
        "jobs:\n  build:\n    sku: Premium\n",
    );
    assert!(client
        .diagnostics("file:///work/.github/workflows/ci.yaml", 1)
        .is_empty());
}

#[test]
fn templated_manifests_and_eks_profiles_stay_silent() {
    let mut client = started();
    let helm = include_str!("../../tests/fixtures/helm-deployment.yaml");
    let eks = include_str!("../../tests/fixtures/eks-profile.yaml");
    let helm_uri = "file:///work/chart/templates/deployment.yaml";
    let eks_uri = "file:///work/profiles/eks.yaml";
    client.open(helm_uri, helm);
    assert!(client.diagnostics(helm_uri, 1).is_empty());
    client.open(eks_uri, eks);
    assert!(client.diagnostics(eks_uri, 1).is_empty());
    // The templated manifest is still checked where it can be: the literal proxy label.
    let broken = helm.replace("connection: proxy", "connection: Proxy");
    let uri = "file:///work/chart/templates/worker.yaml";
    client.open(uri, &broken);
    assert_eq!(codes(&client.diagnostics(uri, 1)), ["proxy-label"]);
}

#[test]
fn completion_offers_sku_values_and_keys() {
    let mut client = started();
    let text = "managedControlPlane:\n  sku: \n";
    client.open(URI, text);
    let result = client.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": URI}, "position": {"line": 1, "character": 7}}),
    );
    let labels: Vec<&str> = result
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["Standard", "Free"]);
    let standard = &result[0];
    assert!(standard["documentation"]["value"].as_str().unwrap().len() > 10);
    assert_eq!(
        standard["textEdit"]["range"]["start"],
        json!({"line": 1, "character": 7})
    );

    let keys = client.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": URI}, "position": {"line": 2, "character": 0}}),
    );
    let labels: Vec<&str> = keys
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap())
        .collect();
    assert!(
        labels.contains(&"managedMachinePool") && !labels.contains(&"managedControlPlane"),
        "{labels:?}"
    );
}

#[test]
fn hover_explains_a_key() {
    let mut client = started();
    let text = "managedControlPlane:\n  autoUpgradeProfile:\n    upgradeChannel: rapid\n";
    client.open(URI, text);
    let result = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": position_of(text, "upgradeChannel")}),
    );
    let markdown = result["contents"]["value"].as_str().unwrap();
    assert!(markdown.contains("upgradeChannel"), "{markdown}");
    assert!(markdown.contains("`node-image`"), "{markdown}");
    assert_eq!(result["range"]["start"], json!({"line": 2, "character": 4}));
}

#[test]
fn code_actions_fix_and_disable() {
    let mut client = started();
    let text = "managedControlPlane:\n  sku: standard\n";
    client.open(URI, text);
    client.diagnostics(URI, 1);
    let at = position_of(text, "standard");
    let actions = client.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": URI}, "range": {"start": at, "end": at}, "context": {"diagnostics": []}}),
    );
    let actions = actions.as_array().unwrap();
    assert_eq!(actions[0]["title"], "Replace with `Standard`");
    assert_eq!(actions[0]["isPreferred"], true);
    let edit = &actions[0]["edit"]["changes"][URI][0];
    assert_eq!(edit["newText"], "Standard");
    assert_eq!(
        edit["range"],
        json!({"start": {"line": 1, "character": 7}, "end": {"line": 1, "character": 15}})
    );
    assert_eq!(actions[1]["title"], "Disable `invalid-sku` for this line");
    assert_eq!(
        actions[1]["edit"]["changes"][URI][0]["newText"],
        "  # palint-disable-next-line invalid-sku\n"
    );
}

#[test]
fn incremental_typing_ends_like_a_fresh_open() {
    let final_text = "managedControlPlane:\n  sku: Premium\n  autoUpgradeProfile:\n    upgradeChannel: stabel\n  additionalTags:\n    Azure: 😀\n";
    let mut client = started();
    client.open(URI, "");
    // Type the text one character at a time, as an editor would send it.
    let (mut line, mut character) = (0u32, 0u32);
    for (version, c) in final_text.chars().enumerate() {
        let position = json!({"line": line, "character": character});
        client.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": URI, "version": version + 2},
                   "contentChanges": [{"range": {"start": position, "end": position}, "text": c.to_string()}]}),
        );
        if c == '\n' {
            line += 1;
            character = 0;
        } else {
            character += c.len_utf16() as u32;
        }
    }
    let last_version = final_text.chars().count() as i64 + 1;
    let typed = client.diagnostics(URI, last_version);

    let mut fresh = started();
    fresh.open("file:///work/fresh.yaml", final_text);
    let opened = fresh.diagnostics("file:///work/fresh.yaml", 1);
    assert_eq!(typed, opened);
    assert_eq!(
        codes(&typed),
        ["invalid-sku", "invalid-upgrade-channel", "reserved-tag"]
    );
}

#[test]
fn whole_text_changes_of_a_long_file_end_like_a_fresh_open() {
    // Over 64 KB, so the server reads each change against the previous one.
    let valid = std::fs::read_to_string("../examples/valid/aks-values.yaml").unwrap();
    let invalid = std::fs::read_to_string("../examples/invalid/aks-values.yaml").unwrap();
    let mut text = (0..60)
        .map(|i| if i % 4 == 3 { &invalid } else { &valid }.as_str())
        .collect::<Vec<_>>()
        .join("---\n");
    assert!(text.len() > 64 * 1024);
    let mut client = started();
    client.open(URI, &text);
    // A backslash (read whole), then edits read against the previous text: the last one's
    // diagnostics are compared (the server may skip the versions in between).
    let edits: [&dyn Fn(&mut String); 6] = [
        &|t| *t = t.replacen("owner", "C:\\temp\\owner", 1),
        &|t| *t = t.replacen("C:\\temp\\", "\"quoted\"\t", 1),
        &|t| *t = t.replacen("sku: Standard", "sku: Premium", 1),
        &|t| *t = t.replacen("maxPodPerNode", "maxPodPerNode é😀", 1),
        &|t| t.insert_str(t.len() / 2, "\n---\n"),
        &|t| *t = t.replacen("\n---\n", "\n", 3),
    ];
    let mut version = 1;
    for round in 0..3 {
        for edit in &edits {
            edit(&mut text);
            version += 1;
            // As VS Code writes it: the text member last.
            client.send_raw(&format!(
                r#"{{"jsonrpc":"2.0","method":"textDocument/didChange","params":{{"textDocument":{{"uri":"{URI}","version":{version}}},"contentChanges":[{{"text":{}}}]}}}}"#,
                serde_json::to_string(&text).unwrap()
            ));
        }
        let typed = client.diagnostics(URI, version);
        let mut fresh = started();
        fresh.open("file:///work/fresh.yaml", &text);
        assert_eq!(
            typed,
            fresh.diagnostics("file:///work/fresh.yaml", 1),
            "round {round}"
        );
    }
}

#[test]
fn profile_pack_values_are_checked_and_completed() {
    let text = "apiVersion: cluster.palette.crossplane.io/v1alpha1\nkind: Profile\nmetadata:\n  name: aks\nspec:\n  forProvider:\n    name: aks\n    pack:\n      - name: kubernetes-aks\n        values: |\n          managedControlPlane:\n            sku: premium\n            autoUpgradeProfile:\n              upgradeChannel: \n";
    let mut client = started();
    let uri = "file:///work/profile.yaml";
    client.open(uri, text);
    let diagnostics = client.diagnostics(uri, 1);
    let sku = diagnostics
        .iter()
        .find(|d| d["code"] == "invalid-sku")
        .expect("invalid-sku inside the pack values");
    assert_eq!(
        sku["range"],
        json!({"start": {"line": 11, "character": 17}, "end": {"line": 11, "character": 24}})
    );
    let items = client.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": uri}, "position": {"line": 13, "character": 30}}),
    );
    let labels: Vec<&str> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["none", "patch", "stable", "rapid", "node-image"]);
}

#[test]
fn document_symbols_outline() {
    let mut client = started();
    client.open(URI, "managedControlPlane:\n  sku: Free\n");
    let symbols = client.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": URI}}),
    );
    let document = &symbols[0];
    assert_eq!(document["children"][0]["name"], "managedControlPlane");
    assert_eq!(document["children"][0]["children"][0]["name"], "sku");
}

#[test]
fn pull_diagnostics_when_the_client_asks() {
    let mut client = Client::start();
    let result =
        client.initialize(json!({"textDocument": {"diagnostic": {"dynamicRegistration": false}}}));
    assert_eq!(
        result["capabilities"]["diagnosticProvider"]["identifier"],
        "palint"
    );
    client.open(URI, "managedControlPlane:\n  sku: Premium\n");
    let report = client.request(
        "textDocument/diagnostic",
        json!({"textDocument": {"uri": URI}}),
    );
    assert_eq!(report["kind"], "full");
    assert_eq!(codes(report["items"].as_array().unwrap()), ["invalid-sku"]);
    assert!(client
        .notifications
        .iter()
        .all(|n| n["method"] != "textDocument/publishDiagnostics"));
}

#[test]
fn configuration_changes_apply_without_restart() {
    let mut client = Client::start();
    client.initialize(json!({"workspace": {"configuration": true}}));
    client.open(
        URI,
        "managedControlPlane:\n  additionalTags:\n    azure-team: a\n",
    );
    assert_eq!(codes(&client.diagnostics(URI, 1)), ["reserved-tag-prefix"]);
    client.settings = json!({"rules": {"reserved-tag-prefix": "error"}});
    client.notify("workspace/didChangeConfiguration", json!({"settings": {}}));
    let d = client.wait_for("textDocument/publishDiagnostics", |p| {
        p["diagnostics"][0]["severity"] == 1
    });
    assert_eq!(d["diagnostics"][0]["code"], "reserved-tag-prefix");
    client.settings = json!({"rules": {"reserved-tag-prefix": "off"}});
    client.notify("workspace/didChangeConfiguration", json!({"settings": {}}));
    client.wait_for("textDocument/publishDiagnostics", |p| {
        p["diagnostics"].as_array().is_some_and(Vec::is_empty)
    });
}

#[test]
fn robust_against_bad_requests() {
    let mut client = started();
    client.open(URI, "managedControlPlane:\n  sku: Free\n");
    // A position far outside the document.
    let none = client.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": URI}, "position": {"line": 999, "character": 999}}),
    );
    assert!(none.is_null() || none.as_array().is_some());
    // A change to a document that was never opened, and a hover on it.
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": "file:///nope.yaml", "version": 2}, "contentChanges": [{"text": "x"}]}),
    );
    let hover = client.request("textDocument/hover", json!({"textDocument": {"uri": "file:///nope.yaml"}, "position": {"line": 0, "character": 0}}));
    assert!(hover.is_null());
    // Malformed JSON and an unknown method.
    client.send_raw("{\"jsonrpc\": \"2.0\", \"id\": 99, \"method\": ");
    let unknown = client.request_full("palint/noSuchMethod", json!({}));
    assert!(unknown.get("error").is_some(), "{unknown}");
    // Still serving.
    let symbols = client.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": URI}}),
    );
    assert!(symbols.is_array());
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

#[test]
fn custom_requests_for_editor_integrations() {
    let mut client = started();
    client.open(URI, "managedControlPlane:\n  sku: Free\n---\njobs: {}\n");
    let info = client.request("palint/documentInfo", json!({"uri": URI}));
    assert_eq!(info["documents"][0]["kind"], "kubernetes-aks-values");
    assert!(info["documents"][1]["kind"].is_null());
    assert_eq!(info["documents"][1]["line"], 2);
    let not_open = client.request(
        "palint/documentInfo",
        json!({"uri": "file:///not/open.yaml"}),
    );
    assert_eq!(not_open, json!({"documents": []}));
    let explained = client.request("palint/explainRule", json!({"code": "reserved-tag"}));
    assert_eq!(explained["code"], "reserved-tag");
    assert_eq!(explained["severity"], "error");
    assert!(explained["summary"].as_str().unwrap().contains("`azure`"));
    let markdown = explained["markdown"].as_str().unwrap();
    assert!(markdown.contains("Palette reserves the tags") && markdown.contains("## Examples"));
    assert_eq!(explained["link"], explained["sources"][0]["url"]);
    assert!(client
        .request("palint/explainRule", json!({"code": "nope"}))
        .is_null());
}

#[test]
fn pull_clients_are_asked_to_refresh_after_a_settings_change() {
    let mut client = Client::start();
    client.initialize(json!({
        "workspace": {"configuration": true, "diagnostics": {"refreshSupport": true}},
        "textDocument": {"diagnostic": {"dynamicRegistration": false}}
    }));
    client.open(
        URI,
        "managedControlPlane:\n  additionalTags:\n    azure: x\n",
    );
    let before = client.request(
        "textDocument/diagnostic",
        json!({"textDocument": {"uri": URI}}),
    );
    assert_eq!(codes(before["items"].as_array().unwrap()), ["reserved-tag"]);
    client.settings = json!({"rules": {"reserved-tag": "off"}});
    client.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"palint": {}}}),
    );
    client.wait_for_request("workspace/diagnostic/refresh");
    let after = client.request(
        "textDocument/diagnostic",
        json!({"textDocument": {"uri": URI}}),
    );
    assert!(after["items"].as_array().unwrap().is_empty(), "{after}");
}

#[test]
fn lone_cr_line_breaks_in_positions_and_edits() {
    let mut client = started();
    client.open(
        URI,
        "managedControlPlane:\r  additionalTags: {k: é}\r  sku: Premium\r",
    );
    let d = &client.diagnostics(URI, 1)[0];
    assert_eq!(d["code"], "invalid-sku");
    assert_eq!(
        d["range"],
        json!({"start": {"line": 2, "character": 7}, "end": {"line": 2, "character": 14}})
    );
    // Replace `Premium` (line 2) by `Standard`: the edit must land on the third line.
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": {"uri": URI, "version": 2},
            "contentChanges": [{
                "range": {"start": {"line": 2, "character": 7}, "end": {"line": 2, "character": 14}},
                "text": "Standard"
            }]
        }),
    );
    assert!(client.diagnostics(URI, 2).is_empty());
}

#[test]
fn the_nearest_config_applies_in_subfolders() {
    let dir = common::nested_config_workspace();
    let root = dir.path().canonicalize().unwrap();
    let uri = |path: &str| format!("file://{}/{path}", root.display());
    let mut client = Client::start();
    client.request(
        "initialize",
        json!({"processId": null, "rootUri": uri(""), "capabilities": {}}),
    );
    client.notify("initialized", json!({}));
    let text = |path: &str| std::fs::read_to_string(root.join(path)).unwrap();
    let severities = |diagnostics: Vec<Value>| -> Vec<(String, i64)> {
        diagnostics
            .iter()
            .map(|d| {
                (
                    d["code"].as_str().unwrap().to_owned(),
                    d["severity"].as_i64().unwrap(),
                )
            })
            .collect()
    };
    client.open(&uri("tags.yaml"), &text("tags.yaml"));
    assert_eq!(severities(client.diagnostics(&uri("tags.yaml"), 1)), []);
    // The top config file is not open: its problem is published (once) with its position.
    let config = client.wait_for("textDocument/publishDiagnostics", |p| {
        p["uri"] == uri(".palint.yaml").as_str()
    });
    assert_eq!(config["diagnostics"][0]["code"], "unknown-key");
    assert_eq!(
        config["diagnostics"][0]["range"]["start"],
        json!({"line": 2, "character": 0})
    );
    client.open(&uri("team/tags.yaml"), &text("team/tags.yaml"));
    assert_eq!(
        severities(client.diagnostics(&uri("team/tags.yaml"), 1)),
        [("reserved-tag-prefix".to_owned(), 4)]
    );
    client.open(&uri("team/layers/k8s.yaml"), &text("team/layers/k8s.yaml"));
    assert_eq!(
        severities(client.diagnostics(&uri("team/layers/k8s.yaml"), 1)),
        [("invalid-value".to_owned(), 1)]
    );
    // Editing the subfolder's config file and saving it applies at once.
    std::fs::write(
        root.join("team/.palint.yaml"),
        "rules:\n  reserved-tag-prefix: error\n",
    )
    .unwrap();
    client.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": uri("team/.palint.yaml")}}),
    );
    let d = client.wait_for("textDocument/publishDiagnostics", |p| {
        p["uri"] == uri("team/tags.yaml").as_str() && p["diagnostics"][0]["severity"] == 1
    });
    assert_eq!(d["diagnostics"][0]["code"], "reserved-tag-prefix");
}

#[test]
fn an_open_config_file_gets_checks_completion_and_hover() {
    let mut client = started();
    let config_uri = "file:///work/.palint.yaml";
    let text = "rules:\n  tag-format: loud\n  \n";
    client.open(config_uri, text);
    assert_eq!(codes(&client.diagnostics(config_uri, 1)), ["invalid-value"]);
    let items = client.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": config_uri}, "position": {"line": 2, "character": 2}}),
    );
    let labels: Vec<&str> = items
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i["label"].as_str())
        .collect();
    assert!(labels.contains(&"reserved-tag"), "{labels:?}");
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": config_uri}, "position": {"line": 1, "character": 4}}),
    );
    let contents = hover["contents"]["value"].as_str().unwrap();
    assert!(contents.contains("tag"), "{contents}");
}

#[test]
fn kind_none_turns_off_completion_hover_and_document_kinds() {
    let mut client = Client::start();
    client.initialize(json!({"workspace": {"configuration": true}}));
    let text = "managedControlPlane:\n  sku: Premium\n  \n";
    client.open(URI, text);
    assert_eq!(codes(&client.diagnostics(URI, 1)), ["invalid-sku"]);
    client.settings = json!({"kinds": {"**/values.yaml": "none"}});
    client.notify("workspace/didChangeConfiguration", json!({"settings": {}}));
    client.wait_for("textDocument/publishDiagnostics", |p| {
        p["diagnostics"].as_array().is_some_and(Vec::is_empty)
    });
    let items = client.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": URI}, "position": {"line": 2, "character": 2}}),
    );
    assert!(items.is_null(), "{items}");
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 1, "character": 3}}),
    );
    assert!(hover.is_null(), "{hover}");
    let info = client.request("palint/documentInfo", json!({"uri": URI}));
    assert_eq!(info["documents"][0]["kind"], Value::Null);
}

#[test]
fn terraform_files_are_checked_with_exact_ranges_and_hcl_fixes() {
    let mut client = started();
    let uri = "file:///work/cluster.tf";
    let text = "resource \"spectrocloud_cluster_profile\" \"aks\" {\n  name  = \"aks\"\n  cloud = var.cloud\n  type  = \"clustr\"\n  pack {\n    name   = \"kubernetes-aks\"\n    values = <<-EOT\n      managedControlPlane:\n        sku: Premium\n    EOT\n  }\n}\n";
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "terraform", "version": 1, "text": text}}),
    );
    let diagnostics = client.diagnostics(uri, 1);
    assert_eq!(codes(&diagnostics), ["invalid-value", "invalid-sku"]);
    assert_eq!(
        diagnostics[1]["range"],
        json!({"start": {"line": 8, "character": 13}, "end": {"line": 8, "character": 20}})
    );
    let actions = client.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": diagnostics[0]["range"], "context": {"diagnostics": []}}),
    );
    let edit = &actions[0]["edit"]["changes"][uri][0];
    assert_eq!(edit["newText"], "\"cluster\"");
    let info = client.request("palint/documentInfo", json!({"uri": uri}));
    assert_eq!(info["documents"][0]["kind"], "terraform-cluster-profile");
    // Completion of the values palint knows, and hover, in HCL.
    let items = client.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": uri}, "position": {"line": 3, "character": 13}}),
    );
    let labels: Vec<&str> = items
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i["label"].as_str())
        .collect();
    assert!(labels.contains(&"cluster"), "{labels:?}");
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 3, "character": 3}}),
    );
    assert!(
        hover["contents"]["value"]
            .as_str()
            .unwrap()
            .starts_with("**type**"),
        "{hover}"
    );
}
