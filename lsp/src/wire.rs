//! `textDocument/publishDiagnostics` written as JSON straight to stdout, without
//! tower-lsp-server's client: it turns every notification into a `serde_json::Value` tree
//! first, which for a 30,000-line file's 1,584 diagnostics cost more than the check itself.
//!
//! Each message is the JSON that serde gives for `PublishDiagnosticsParams` (a test compares
//! them). What follows a diagnostic's range (severity, code, its link, message) is
//! serialized once per distinct diagnostic and kept by [`DiagnosticJson`]; a publish writes
//! each range and copies the rest.

use std::collections::HashMap;
use std::fmt::Write;
use std::hash::{BuildHasherDefault, Hasher};

use palint_core::{Diagnostic, PositionEncoding, Severity};
use tower_lsp_server::ls_types::{self as lsp, Uri};

use crate::convert;
use crate::documents::Document;

/// The JSON of diagnostics after their range, by code and severity, then message.
#[derive(Default)]
pub struct DiagnosticJson {
    tails: FastMap<(&'static str, Severity), FastMap<String, Box<str>>>,
    len: usize,
    /// The last message's body, kept for its room: a fresh buffer of half a megabyte costs its
    /// page faults on every publish.
    body: String,
}

/// The keys are the server's own messages, not an attacker's choice: a fast hash will do
/// (the word-at-a-time multiply of rustc's `FxHasher`).
type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

#[derive(Default)]
struct FastHasher(u64);

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            self.write_u64(word);
        }
        for &byte in chunks.remainder() {
            self.write_u64(u64::from(byte));
        }
    }

    fn write_u64(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl DiagnosticJson {
    /// The JSON of `d` after its range: `,"severity":…}`.
    fn tail(&mut self, doc: &Document, d: &Diagnostic, encoding: PositionEncoding) -> &str {
        let by_message = self.tails.entry((d.code, d.severity)).or_default();
        if !by_message.contains_key(d.message.as_str()) {
            by_message.insert(d.message.clone(), tail_of(doc, d, encoding).into());
            self.len += 1;
        }
        &by_message[d.message.as_str()]
    }

    /// Forgets everything when it holds far more than one publish needs (messages of
    /// diagnostics that are gone).
    fn trim(&mut self, in_use: usize) {
        if self.len > 2 * in_use + 64 {
            self.tails.clear();
            self.len = 0;
        }
    }
}

/// The JSON that opens a diagnostic: `{"range":` and the range `0:0–0:0` (what [`tail_of`]
/// cuts off).
const EMPTY_RANGE_PREFIX: &str =
    r#"{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}}"#;

fn tail_of(doc: &Document, d: &Diagnostic, encoding: PositionEncoding) -> String {
    let mut lsp_diagnostic = convert::diagnostic(doc, d, encoding);
    lsp_diagnostic.range = lsp::Range::default();
    let json = serde_json::to_string(&lsp_diagnostic).unwrap_or_default();
    match json.strip_prefix(EMPTY_RANGE_PREFIX) {
        Some(tail) => tail.to_owned(),
        // serde writes the range first (a test checks it); never reached.
        None => "}".to_owned(),
    }
}

fn write_position(out: &mut String, position: lsp::Position) {
    out.push_str(r#"{"line":"#);
    write_number(out, position.line);
    out.push_str(r#","character":"#);
    write_number(out, position.character);
    out.push('}');
}

/// `n` in decimal (`write!` costs more, for four numbers a diagnostic).
fn write_number(out: &mut String, mut n: u32) {
    let mut digits = [0u8; 10];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[at..].iter().map(|&d| char::from(d)));
}

/// One `textDocument/publishDiagnostics` notification, framed for the wire.
pub fn publish_frame(
    uri: &Uri,
    doc: &Document,
    diagnostics: &[Diagnostic],
    version: Option<i32>,
    encoding: PositionEncoding,
    cache: &mut DiagnosticJson,
) -> Vec<u8> {
    let uri_json = serde_json::to_string(uri).unwrap_or_default();
    let mut body = std::mem::take(&mut cache.body);
    body.clear();
    body.reserve(128 + uri_json.len() + diagnostics.len() * 320);
    body.push_str(
        r#"{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"#,
    );
    body.push_str(&uri_json);
    body.push_str(r#","diagnostics":["#);
    for (i, d) in diagnostics.iter().enumerate() {
        if i > 0 {
            body.push(',');
        }
        let range = doc.range(&d.range, encoding);
        body.push_str(r#"{"range":{"start":"#);
        write_position(&mut body, range.start);
        body.push_str(r#","end":"#);
        write_position(&mut body, range.end);
        body.push('}');
        body.push_str(cache.tail(doc, d, encoding));
    }
    body.push(']');
    if let Some(version) = version {
        let _ = write!(body, r#","version":{version}"#);
    }
    body.push_str("}}");
    cache.trim(diagnostics.len());
    let frame = crate::framing::frame(body.as_bytes());
    cache.body = body;
    frame
}

/// An empty `textDocument/publishDiagnostics` (a closed file, a config file fixed, a check
/// that failed).
pub fn clear_frame(uri: &Uri, version: Option<i32>) -> Vec<u8> {
    let doc = Document::new(String::new(), 0);
    publish_frame(
        uri,
        &doc,
        &[],
        version,
        PositionEncoding::Utf16,
        &mut DiagnosticJson::default(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use palint_core::{check, Options};
    use serde_json::{json, Value};

    /// The body of a frame as JSON.
    fn body(frame: &[u8]) -> Value {
        let text = std::str::from_utf8(frame).unwrap();
        let (header, body) = text.split_once("\r\n\r\n").unwrap();
        assert_eq!(header, format!("Content-Length: {}", body.len()));
        serde_json::from_str(body).unwrap()
    }

    /// What tower-lsp-server's client sends for the same diagnostics.
    fn expected(
        uri: &Uri,
        doc: &Document,
        version: Option<i32>,
        encoding: PositionEncoding,
    ) -> Value {
        let diagnostics = check(&doc.text, &Options::default())
            .iter()
            .map(|d| convert::diagnostic(doc, d, encoding))
            .collect();
        let params = lsp::PublishDiagnosticsParams::new(uri.clone(), diagnostics, version);
        json!({"jsonrpc": "2.0", "method": "textDocument/publishDiagnostics", "params": params})
    }

    #[test]
    fn equals_the_typed_notification_as_text_changes() {
        let uri: Uri = "file:///tmp/a%20b/values.yaml".parse().unwrap();
        let valid = include_str!("../../examples/valid/aks-values.yaml");
        let invalid = include_str!("../../examples/invalid/aks-values.yaml");
        let mut cache = DiagnosticJson::default();
        let texts = [
            format!("{invalid}---\n{valid}---\n{invalid}"),
            // The same diagnostics moved down, a message quoting "é" and a new one.
            format!("# é\n\n{invalid}---\n{invalid}---\nmanagedControlPlane:\n  sku: \"é😀\"\n"),
            String::new(),
        ];
        for (n, text) in texts.iter().enumerate() {
            for encoding in [PositionEncoding::Utf16, PositionEncoding::Utf8] {
                let doc = Document::new(text.clone(), n as i32);
                let diagnostics = check(&doc.text, &Options::default());
                assert!(n == 2 || diagnostics.len() > 3);
                for version in [Some(n as i32), None] {
                    let frame =
                        publish_frame(&uri, &doc, &diagnostics, version, encoding, &mut cache);
                    assert_eq!(body(&frame), expected(&uri, &doc, version, encoding));
                }
            }
        }
        assert_eq!(
            body(&clear_frame(&uri, Some(4)))["params"],
            json!({"uri": uri, "diagnostics": [], "version": 4})
        );
    }

    #[test]
    fn numbers() {
        for n in [0, 7, 10, 99, 100, 65_535, u32::MAX] {
            let mut out = String::new();
            write_number(&mut out, n);
            assert_eq!(out, n.to_string());
        }
    }

    #[test]
    fn the_cache_is_trimmed() {
        let uri: Uri = "file:///values.yaml".parse().unwrap();
        let mut cache = DiagnosticJson::default();
        let mut most = 0;
        for n in 0..200 {
            let text = format!("managedControlPlane:\n  sku: premium{n}\n");
            let doc = Document::new(text, n);
            let diagnostics = check(&doc.text, &Options::default());
            assert!(!diagnostics.is_empty());
            most = most.max(diagnostics.len());
            publish_frame(
                &uri,
                &doc,
                &diagnostics,
                None,
                PositionEncoding::Utf16,
                &mut cache,
            );
        }
        assert!(cache.len <= 2 * most + 64, "{}", cache.len);
    }
}
