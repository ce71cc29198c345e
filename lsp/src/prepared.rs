//! `textDocument/didChange` read once. Some clients send a document's whole text on every
//! keystroke (1 MB for a 30,000-line file). The framing guard has to read every message to
//! check it; for a change it reads it straight into its typed parameters and keeps them
//! here, and hands tower-lsp-server a small notification that names them instead of the
//! text, which tower-lsp-server would parse again into a `serde_json::Value` first. The
//! small notification goes through the server in the change's place, so changes keep their
//! order with every other message.

use serde::Deserialize;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use tower_lsp_server::ls_types::DidChangeTextDocumentParams;

/// The notification that stands for a change read by the guard. Clients cannot send it:
/// the guard drops it (see `framing`).
pub const METHOD: &str = "palint/internal/preparedChange";

/// How many handles back a change that was never taken is forgotten. Changes are taken in
/// the order they were put, so one that many handles old was dropped.
const FORGET_AFTER: usize = 1024;

/// Changes read by the guard, waiting for their turn in the server.
#[derive(Clone, Default)]
pub struct PreparedChanges {
    waiting: Arc<Mutex<HashMap<u64, DidChangeTextDocumentParams>>>,
    next: Arc<AtomicU64>,
}

/// The parameters of [`METHOD`].
#[derive(Debug, Deserialize)]
pub struct Handle {
    pub handle: u64,
}

impl PreparedChanges {
    /// Keeps `params`; returns the body of the notification that stands for them.
    pub fn put(&self, params: DidChangeTextDocumentParams) -> Vec<u8> {
        let handle = self.next.fetch_add(1, Ordering::Relaxed);
        self.lock().insert(handle, params);
        format!(r#"{{"jsonrpc":"2.0","method":"{METHOD}","params":{{"handle":{handle}}}}}"#)
            .into_bytes()
    }

    /// The change `handle` stands for (once). Changes far older than it are forgotten: the
    /// server dropped their notifications (a change sent before `initialize` or after
    /// `shutdown`), and their texts must not pile up.
    pub fn take(&self, handle: u64) -> Option<DidChangeTextDocumentParams> {
        let mut waiting = self.lock();
        let change = waiting.remove(&handle);
        if waiting.len() > FORGET_AFTER {
            waiting.retain(|&kept, _| kept + FORGET_AFTER as u64 > handle);
        }
        change
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<u64, DidChangeTextDocumentParams>> {
        // A panic elsewhere while holding the lock leaves a map that is still whole.
        self.waiting.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A `didChange` notification exactly: no `id`, no other member.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Notification<'a> {
    #[serde(borrow)]
    jsonrpc: std::borrow::Cow<'a, str>,
    #[serde(borrow)]
    method: std::borrow::Cow<'a, str>,
    params: DidChangeTextDocumentParams,
}

/// A quick test (SIMD, whatever the order of the members) before reading `body` as a change:
/// most messages are not changes.
pub fn may_be_change(body: &[u8]) -> bool {
    memchr::memmem::find(body, b"\"textDocument/didChange\"").is_some()
}

/// The parameters of `body` when it is a well-formed `textDocument/didChange` notification
/// (one JSON pass); `None` for anything else, which the guard then judges as before.
pub fn read_change(body: &[u8]) -> Option<DidChangeTextDocumentParams> {
    if !may_be_change(body) {
        return None;
    }
    let message: Notification = serde_json::from_slice(body).ok()?;
    (message.jsonrpc == "2.0" && message.method == "textDocument/didChange")
        .then_some(message.params)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHANGE: &str = r#"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///a.yaml","version":3},"contentChanges":[{"text":"a: \"1\"\n"}]}}"#;

    #[test]
    fn a_change_is_read_into_its_parameters() {
        let params = read_change(CHANGE.as_bytes()).unwrap();
        assert_eq!(params.text_document.version, 3);
        assert_eq!(params.content_changes[0].text, "a: \"1\"\n");
        // Members in another order.
        let reordered = r#"{"params":{"contentChanges":[],"textDocument":{"uri":"file:///a.yaml","version":4}},"method":"textDocument/didChange","jsonrpc":"2.0"}"#;
        assert_eq!(
            read_change(reordered.as_bytes())
                .unwrap()
                .text_document
                .version,
            4
        );
    }

    #[test]
    fn anything_else_is_left_to_the_guard() {
        for body in [
            // A request, not a notification.
            CHANGE.replace(r#""jsonrpc":"2.0","#, r#""jsonrpc":"2.0","id":1,"#),
            CHANGE.replace("2.0", "1.0"),
            CHANGE.replace(r#""version":3"#, r#""version":"3""#),
            CHANGE.replace("didChange", "didOpen"),
            CHANGE[..CHANGE.len() - 1].to_owned(),
            r#"{"jsonrpc":"2.0","method":"x","params":{"note":"textDocument/didChange"}}"#.into(),
        ] {
            assert!(read_change(body.as_bytes()).is_none(), "{body}");
        }
    }

    #[test]
    fn a_handle_gives_its_change_once() {
        let prepared = PreparedChanges::default();
        let first = prepared.put(read_change(CHANGE.as_bytes()).unwrap());
        let second = prepared.put(read_change(CHANGE.as_bytes()).unwrap());
        let handle = |body: &[u8]| {
            let value: serde_json::Value = serde_json::from_slice(body).unwrap();
            assert_eq!(value["method"], METHOD);
            value["params"]["handle"].as_u64().unwrap()
        };
        let (first, second) = (handle(&first), handle(&second));
        assert_ne!(first, second);
        assert!(prepared.take(first).is_some());
        assert!(prepared.take(first).is_none());
        assert!(prepared.take(second).is_some());
    }

    #[test]
    fn changes_that_were_never_taken_do_not_pile_up() {
        let prepared = PreparedChanges::default();
        for _ in 0..3 * FORGET_AFTER {
            prepared.put(read_change(CHANGE.as_bytes()).unwrap());
        }
        let last = (3 * FORGET_AFTER - 1) as u64;
        assert!(prepared.take(last).is_some());
        assert!(prepared.lock().len() < FORGET_AFTER);
        // The recent ones are still there.
        assert!(prepared.take(last - 1).is_some());
    }
}
