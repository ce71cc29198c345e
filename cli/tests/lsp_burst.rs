//! Fast typing over real stdio: many `didChange`s sent without waiting. The server may skip
//! stale versions, but what it publishes never goes back to an older version, and the last
//! version's diagnostics always come and equal a fresh check of the final text.

mod common;

use common::Client;
use serde_json::{json, Value};
use std::time::Duration;

const URI: &str = "file:///work/burst.yaml";

fn document(i: usize) -> String {
    let sku = ["Free", "Premium", "Standard"][i % 3];
    format!(
        "managedControlPlane:\n  sku: {sku}\n  tags:\n    env: prod\n  additionalTags:\n    owner: team-{i}\n---\n"
    )
}

/// One edit in line/character terms (the text is ASCII), applied to `lines` as the server
/// applies it: a value flipped, a line inserted, a document marker added or a line removed.
fn edit(lines: &mut Vec<String>, n: usize) -> Value {
    let line = (n * 37) % (lines.len() - 1);
    let range = |l1: usize, c1: usize, l2: usize, c2: usize| json!({"start": {"line": l1, "character": c1}, "end": {"line": l2, "character": c2}});
    match n % 4 {
        0 | 1 => {
            // Type a character at the end of a line.
            let end = lines[line].len();
            lines[line].push('x');
            json!({"range": range(line, end, line, end), "text": "x"})
        }
        2 => {
            let inserted = if n % 8 == 2 { "---" } else { "  sku: Basic" };
            lines.insert(line, inserted.to_owned());
            json!({"range": range(line, 0, line, 0), "text": format!("{inserted}\n")})
        }
        _ => {
            lines.remove(line);
            json!({"range": range(line, 0, line + 1, 0), "text": ""})
        }
    }
}

fn started() -> Client {
    let mut client = Client::start();
    client.initialize(json!({"textDocument": {"publishDiagnostics": {"versionSupport": true}}}));
    client
}

#[test]
fn a_burst_of_changes_ends_with_the_last_version_and_never_goes_back() {
    let text: String = (0..80).map(document).collect();
    let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    let mut client = started();
    client.open(URI, &text);
    client.diagnostics(URI, 1);
    let last = 201;
    for version in 2..=last {
        // Some clients send the whole text instead of ranges.
        let change = if version % 50 == 0 {
            edit(&mut lines, version as usize);
            json!({"text": lines.join("\n")})
        } else {
            edit(&mut lines, version as usize)
        };
        client.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": URI, "version": version}, "contentChanges": [change]}),
        );
    }
    let mut versions = Vec::new();
    let mut final_diagnostics = Value::Null;
    while final_diagnostics.is_null() {
        let params = client.wait_for("textDocument/publishDiagnostics", |p| p["uri"] == URI);
        let version = params["version"].as_i64().unwrap();
        versions.push(version);
        if version == last {
            final_diagnostics = params["diagnostics"].clone();
        }
    }
    // Nothing older comes after the last version.
    while let Some(message) = client.next_message(Duration::from_millis(300)) {
        if message["method"] == "textDocument/publishDiagnostics" {
            versions.push(message["params"]["version"].as_i64().unwrap());
        }
    }
    assert!(
        versions.windows(2).all(|w| w[0] <= w[1]),
        "published versions went back: {versions:?}"
    );
    assert_eq!(versions.last(), Some(&last), "{versions:?}");

    let final_text = lines.join("\n");
    let mut fresh = started();
    fresh.open(URI, &final_text);
    let expected = Value::Array(fresh.diagnostics(URI, 1));
    assert_eq!(final_diagnostics, expected);
    assert!(
        expected.as_array().unwrap().len() > 10,
        "the final text has problems to compare: {expected}"
    );
}
