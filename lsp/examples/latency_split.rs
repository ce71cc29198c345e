//! Where the language server's time goes on one edit of a 30,000-line file (the file of
//! `bench/lsp/compare.py`): `cargo run --release -p palint-lsp --example latency_split`.
//!
//! `-- --lines-per-document 15 [--invalid-every 1000]`: the issue's 2,000-document file (with
//! 2,000 diagnostics, or 8), as compare.py builds it.
//!
//! Prints the median of 40 one-line edits (a `sku` value flipped, as compare.py does), sent as
//! a range and as the whole text, for each step the server takes: reading the message's JSON
//! (the framing guard reads a change into its parameters), applying the change, the incremental check and
//! writing the `publishDiagnostics` message; and, for comparison, what publishing cost through
//! tower-lsp-server's client (LSP values, a `serde_json::Value` tree, its text).

use palint_core::{Options, PositionEncoding};
use palint_lsp::documents::Document;
use palint_lsp::{convert, wire};
use std::time::Instant;
use tower_lsp_server::ls_types as lsp;

const VALID: &str = include_str!("../../examples/valid/aks-values.yaml");
const INVALID: &str = include_str!("../../examples/invalid/aks-values.yaml");

/// compare.py's `multi_document(lines, header, invalid_every, lines_per_document)`: one
/// document in `invalid_every` has problems; `lines_per_document` cuts every document to that
/// many lines, comments and blank lines left out (15 gives the issue's 2,000-document file).
fn multi_document(lines: usize, invalid_every: usize, lines_per_document: Option<usize>) -> String {
    // The same modeline, so the same text, as compare.py run from this checkout.
    let schema = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../schemas/kubernetes-aks-values.schema.json"
    );
    let schema = std::fs::canonicalize(schema).unwrap();
    let header = format!("# yaml-language-server: $schema={}\n", schema.display());
    let cut = |doc: &str| match lines_per_document {
        Some(keep) => doc
            .split('\n')
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .take(keep - 2)
            .collect::<Vec<_>>()
            .join("\n"),
        None => doc.to_owned(),
    };
    let (valid, invalid) = (cut(VALID), cut(INVALID));
    let mut text = String::new();
    let (mut count, mut i) = (0, 0);
    while count < lines {
        let doc = if i % invalid_every == invalid_every - 1 {
            &invalid
        } else {
            &valid
        };
        text.push_str(&header);
        text.push_str(doc);
        text.push_str("\n---\n");
        count += doc.matches('\n').count() + 3;
        i += 1;
    }
    text
}

/// `--name N` from the command line, if given.
fn argument(name: &str) -> Option<usize> {
    let args: Vec<String> = std::env::args().collect();
    let at = args.iter().position(|a| a == name)?;
    Some(args.get(at + 1)?.parse().expect("a number"))
}

fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() {
    let text = multi_document(
        30_000,
        argument("--invalid-every").unwrap_or(4),
        argument("--lines-per-document"),
    );
    let options = Options::default();
    let encoding = PositionEncoding::Utf16;
    let uri: lsp::Uri = "file:///tmp/values.yaml".parse().unwrap();
    println!(
        "{} lines, {} bytes; median of 40 one-line edits, ms",
        text.matches('\n').count(),
        text.len()
    );
    for whole_text in [false, true] {
        let mut doc = Document::new(text.clone(), 1);
        let mut reader = palint_lsp::ChangeReader::default();
        let mut cache = wire::DiagnosticJson::default();
        let first = doc.check(&options);
        wire::publish_frame(&uri, &doc, &first, Some(1), encoding, &mut cache);
        let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
        let sku_lines: Vec<usize> = (0..lines.len())
            .filter(|&i| lines[i].trim_start().starts_with("sku:"))
            .collect();
        let mut steps: [Vec<f64>; 7] = Default::default();
        let mut diagnostics = 0;
        let mut bytes = 0;
        for n in 0..40 {
            let line = sku_lines[n % sku_lines.len()];
            let old = lines[line].clone();
            let value = if old.contains("Standard") {
                "Premium"
            } else {
                "Standard"
            };
            let start = old.find(':').unwrap() + 2;
            lines[line] = format!("{}{value}", &old[..start]);
            let change = if whole_text {
                serde_json::json!({"text": lines.join("\n")})
            } else {
                serde_json::json!({
                    "range": {"start": {"line": line, "character": start},
                              "end": {"line": line, "character": old.len()}},
                    "text": value,
                })
            };
            // Members in the order clients write them (VS Code's, and compare.py's): the
            // text last. (`json!` would sort them.)
            let body = format!(
                r#"{{"jsonrpc":"2.0","method":"textDocument/didChange","params":{{"textDocument":{{"uri":"{}","version":{}}},"contentChanges":[{}]}}}}"#,
                uri.as_str(),
                n + 2,
                change
            )
            .into_bytes();
            let version = n as i32 + 2;

            let t0 = Instant::now();
            // The guard reads a change into its typed params, once (tower-lsp-server then
            // gets a small notification that names them).
            let params = reader.read(&body).unwrap();
            let t1 = Instant::now();
            doc.apply(params.content_changes, version, encoding);
            let t2 = Instant::now();
            let found = doc.check(&options);
            let t3 = Instant::now();
            let frame =
                wire::publish_frame(&uri, &doc, &found, Some(version), encoding, &mut cache);
            let t4 = Instant::now();
            // Before: LSP values, then tower-lsp-server's `to_value` and its text.
            let values: Vec<lsp::Diagnostic> = found
                .iter()
                .map(|d| convert::diagnostic(&doc, d, encoding))
                .collect();
            let t5 = Instant::now();
            let params = lsp::PublishDiagnosticsParams::new(uri.clone(), values, Some(version));
            let tree = serde_json::to_value(params).unwrap();
            let t6 = Instant::now();
            let old_text = serde_json::to_string(&tree).unwrap();
            let t7 = Instant::now();
            assert!(frame.len() > old_text.len());
            diagnostics = found.len();
            bytes = frame.len();
            let times = [t0, t1, t2, t3, t4, t5, t6, t7];
            for (step, pair) in steps.iter_mut().zip(times.windows(2)) {
                step.push((pair[1] - pair[0]).as_secs_f64() * 1000.0);
            }
        }
        let [read, apply, check, publish, convert, to_value, to_text] = steps.map(median);
        println!(
            "\n{} didChange ({diagnostics} diagnostics, {bytes}-byte publish)",
            if whole_text { "whole-text" } else { "ranged" }
        );
        println!("  read the message (the guard)                {read:>7.3}");
        println!("  apply the change (text, line index)          {apply:>7.3}");
        println!("  incremental check                            {check:>7.3}");
        println!("  publishDiagnostics frame (wire)              {publish:>7.3}");
        println!(
            "  = server total                               {:>7.3}",
            read + apply + check + publish
        );
        println!("  before: LSP values                           {convert:>7.3}");
        println!("  before: serde_json::to_value (tower client)  {to_value:>7.3}");
        println!("  before: Value to text                        {to_text:>7.3}");
    }
}
