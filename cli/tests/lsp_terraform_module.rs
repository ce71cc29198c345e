//! `palint lsp` reads the files around an open document, as `palint check` does: a `.tf` file
//! is checked with its module's variables and profiles, and a YAML file that a Terraform pack
//! loads with `file()` is checked as that pack's values. Saving a Terraform file (or a watched
//! change) re-reads them.

mod common;

use common::Client;
use serde_json::{json, Value};

fn write(root: &std::path::Path, path: &str, text: &str) {
    let path = root.join(path);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn found(diagnostics: &[Value]) -> Vec<(String, String)> {
    diagnostics
        .iter()
        .filter(|d| d["code"] != "missing-required")
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn terraform_modules_and_values_files_are_read_around_open_documents() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap();
    write(
        &root,
        "infra/variables.tf",
        "variable \"scope\" {\n  default = \"projct\"\n}\n",
    );
    write(
        &root,
        "infra/profile.tf",
        "resource \"spectrocloud_cluster_profile\" \"aks\" {\n  name  = \"aks\"\n  cloud = \"aks\"\n  type  = \"cluster\"\n  pack {\n    name   = \"kubernetes-aks\"\n    values = file(\"${path.module}/values/aks.yaml\")\n  }\n}\n",
    );
    let cluster = "resource \"spectrocloud_cluster_aks\" \"this\" {\n  name    = \"aks-1\"\n  context = var.scope\n}\n";
    write(&root, "infra/cluster.tf", cluster);
    // Not recognizable on its own: only the pack says these are AKS values.
    let values = "pack:\n  podCIDR: 10.0.0.1/16\n";
    write(&root, "infra/values/aks.yaml", values);

    let uri = |path: &str| format!("file://{}/{path}", root.display());
    let mut client = Client::start();
    client.request(
        "initialize",
        json!({"processId": null, "rootUri": uri(""), "capabilities": {}}),
    );
    client.notify("initialized", json!({}));

    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri("infra/cluster.tf"), "languageId": "terraform", "version": 1, "text": cluster}}),
    );
    let diagnostics = found(&client.diagnostics(&uri("infra/cluster.tf"), 1));
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(diagnostics[0].0, "invalid-value");
    assert!(
        diagnostics[0]
            .1
            .starts_with("variable `scope` defaults to \"projct\" (in variables.tf): "),
        "{}",
        diagnostics[0].1
    );

    client.open(&uri("infra/values/aks.yaml"), values);
    let diagnostics = found(&client.diagnostics(&uri("infra/values/aks.yaml"), 1));
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(diagnostics[0].0, "subnet-cidr");

    // The default is fixed on disk; the client reports the change of a watched file.
    write(
        &root,
        "infra/variables.tf",
        "variable \"scope\" {\n  default = \"project\"\n}\n",
    );
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri("infra/variables.tf"), "type": 2}]}),
    );
    let cluster_uri = uri("infra/cluster.tf");
    client.wait_for("textDocument/publishDiagnostics", |p| {
        p["uri"] == cluster_uri.as_str() && found(p["diagnostics"].as_array().unwrap()).is_empty()
    });

    // The pack stops loading the file; saving the profile re-reads it.
    write(
        &root,
        "infra/profile.tf",
        "resource \"spectrocloud_cluster_profile\" \"aks\" {\n  name  = \"aks\"\n  cloud = \"aks\"\n  type  = \"cluster\"\n}\n",
    );
    client.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": uri("infra/profile.tf")}}),
    );
    let values_uri = uri("infra/values/aks.yaml");
    client.wait_for("textDocument/publishDiagnostics", |p| {
        p["uri"] == values_uri.as_str() && found(p["diagnostics"].as_array().unwrap()).is_empty()
    });
    assert!(client.shutdown_and_exit().success());
}
