//! Whole-text `didChange`s read against the previous one. A client that sends the whole text on
//! every keystroke sends a megabyte for a 30,000-line file, and decoding that JSON string
//! (30,000 `\n` escapes) was most of the server's time for such an edit. Two such messages in a
//! row differ in a few bytes of the text (and the version): the text's escaped bytes are
//! compared with the previous ones (at `memcmp` speed), only the part that differs is decoded,
//! and the rest is copied from the previous text. The rest of the message is read as before,
//! with an empty text in the text's place.
//!
//! This applies when the text is the message's last string, as VS Code's client (and
//! `bench/lsp/compare.py`) write it. Anything unexpected falls back to reading the whole
//! message: escapes other than the two-byte ones (`\\`, `\u…`: the arithmetic below counts
//! one saved byte per backslash), a message shaped otherwise (several changes, a range, the
//! text member followed by other members, spaces around it), a text member that is not where
//! the previous one was. The result is always what reading the whole
//! message gives (tests compare them over random edits).

use memchr::memmem;
use tower_lsp_server::ls_types::DidChangeTextDocumentParams;

use crate::prepared::{may_be_change, read_change};

/// Smaller messages are read whole: there is nothing to win.
const MIN_BODY: usize = 64 * 1024;

/// The text member as compact JSON writes it; a `"` inside a JSON string is always escaped, so
/// these bytes can only be a member named `text` with a string value.
const TEXT_MEMBER: &[u8] = b"\"text\":\"";

/// Reads `didChange` messages, remembering the last whole text (twice: as sent and as read,
/// until the next large whole-text change; one text, whichever document it was).
#[derive(Default)]
pub struct ChangeReader {
    last: Option<LastText>,
}

/// The last whole-text change's text, as sent and as read.
struct LastText {
    /// The JSON string's content (between its quotes), with only two-byte escapes.
    escaped: Vec<u8>,
    text: String,
    /// The message after the string's closing quote (closing brackets).
    tail: Vec<u8>,
}

impl ChangeReader {
    /// The parameters of `body` when it is a well-formed `textDocument/didChange`
    /// notification, as [`read_change`] reads them.
    pub fn read(&mut self, body: &[u8]) -> Option<DidChangeTextDocumentParams> {
        // Other messages (a large `didOpen`) neither cost a comparison nor forget the text.
        if body.len() < MIN_BODY || !may_be_change(body) {
            return read_change(body);
        }
        if let Some(params) = self.read_against_last(body) {
            return Some(params);
        }
        self.last = None;
        let params = read_change(body)?;
        self.remember(body, &params);
        Some(params)
    }

    /// Keeps the text of `body` (already read into `params`) when the message has the shape
    /// the next one can be read against.
    fn remember(&mut self, body: &[u8], params: &DidChangeTextDocumentParams) {
        let [change] = params.content_changes.as_slice() else {
            return;
        };
        if change.range.is_some() || change.range_length.is_some() {
            return;
        }
        let Some(start) = memmem::find(body, TEXT_MEMBER).map(|at| at + TEXT_MEMBER.len()) else {
            return;
        };
        let Some(close) = memchr::memrchr(b'"', body).filter(|&close| close >= start) else {
            return;
        };
        let tail = &body[close + 1..];
        if !tail.iter().all(|b| b" \t\r\n}]".contains(b)) {
            return;
        }
        let escaped = &body[start..close];
        // Every quote in it escaped (with no `\\`, a `\"` is always an escaped quote): it is
        // one string, from the text member to the message's last quote, so the change's text.
        let quotes = memchr::memchr_iter(b'"', escaped).count();
        if !two_byte_escapes_only(escaped)
            || quotes != memmem::find_iter(escaped, b"\\\"").count()
            || escaped.len() - backslashes(escaped) != change.text.len()
        {
            return;
        }
        self.last = Some(LastText {
            escaped: escaped.to_vec(),
            text: change.text.clone(),
            tail: tail.to_vec(),
        });
    }

    /// `body` read against the last text, or `None` to read it whole.
    fn read_against_last(&mut self, body: &[u8]) -> Option<DidChangeTextDocumentParams> {
        let last = self.last.as_ref()?;
        let start = memmem::find(body, TEXT_MEMBER)? + TEXT_MEMBER.len();
        let close = body.len().checked_sub(last.tail.len() + 1)?;
        if close < start || body[close] != b'"' || body[close + 1..] != last.tail[..] {
            return None;
        }
        let escaped = &body[start..close];
        let old = &last.escaped;
        let palint_core::Unchanged {
            start: mut same_start,
            end: same_end,
        } = palint_core::common_ends(old, escaped);
        // Cut both ends where a character starts and no escape is cut in two, in the old text
        // (the same bytes in the new one). With two-byte escapes only, a backslash before the
        // cut starts an escape.
        let cut_inside = |at: usize| {
            (at > 0 && old[at - 1] == b'\\') || old.get(at).is_some_and(|&b| b & 0xC0 == 0x80)
        };
        while same_start > 0 && cut_inside(same_start) {
            same_start -= 1;
        }
        let mut old_end = old.len() - same_end;
        while old_end < old.len() && cut_inside(old_end) {
            old_end += 1;
        }
        let same_end = old.len() - old_end;
        let middle = &escaped[same_start..escaped.len() - same_end];
        if !two_byte_escapes_only(middle) {
            return None;
        }
        // The part that changed, read as a JSON string of its own: a quote or a lone
        // backslash in it (the text member is not one string any more) makes it fail.
        let mut quoted = Vec::with_capacity(middle.len() + 2);
        quoted.push(b'"');
        quoted.extend_from_slice(middle);
        quoted.push(b'"');
        let changed: String = serde_json::from_slice(&quoted).ok()?;
        // The escapes in the old text's two kept ends (one backslash each): counted in the
        // shorter end; the other end has the rest of them, as the old text's length says.
        let escapes = old.len().checked_sub(last.text.len())?;
        let in_middle = backslashes(&old[same_start..old_end]);
        let (in_start, in_end) = if same_start <= same_end {
            let in_start = backslashes(&old[..same_start]);
            (in_start, escapes.checked_sub(in_start + in_middle)?)
        } else {
            let in_end = backslashes(&old[old_end..]);
            (escapes.checked_sub(in_end + in_middle)?, in_end)
        };
        let kept_start = same_start - in_start;
        let replaced = kept_start..last.text.len().checked_sub(same_end - in_end)?;
        // Both ends where a character starts (they are, as the old bytes there are).
        last.text.get(replaced.clone())?;
        // The rest of the message, with an empty text in the text's place.
        let mut rest = Vec::with_capacity(start + body.len() - close);
        rest.extend_from_slice(&body[..start]);
        rest.extend_from_slice(&body[close..]);
        let mut params = read_change(&rest)?;
        let [change] = params.content_changes.as_mut_slice() else {
            return None;
        };
        if change.range.is_some() || change.range_length.is_some() || !change.text.is_empty() {
            return None;
        }
        // The last text and its escaped bytes become this message's, edited where they differ
        // (no new buffers: a megabyte's fresh allocation costs its page faults).
        let last = self.last.as_mut()?;
        last.text.replace_range(replaced, &changed);
        last.escaped
            .splice(same_start..old_end, middle.iter().copied());
        change.text.clone_from(&last.text);
        Some(params)
    }
}

/// No `\\` and no `\u`: every escape is a backslash and one character, which stands for one
/// byte.
fn two_byte_escapes_only(escaped: &[u8]) -> bool {
    memmem::find(escaped, b"\\\\").is_none() && memmem::find(escaped, b"\\u").is_none()
}

fn backslashes(bytes: &[u8]) -> usize {
    memchr::memchr_iter(b'\\', bytes).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::Rng;
    use proptest::test_runner::{RngAlgorithm, TestRng};

    /// A whole-text change of `text`, as VS Code's client writes it (compact JSON, its
    /// members in this order).
    fn message(version: i32, text: &str) -> Vec<u8> {
        let text = serde_json::to_string(text).unwrap();
        format!(
            r#"{{"jsonrpc":"2.0","method":"textDocument/didChange","params":{{"textDocument":{{"uri":"file:///values.yaml","version":{version}}},"contentChanges":[{{"text":{text}}}]}}}}"#
        )
        .into_bytes()
    }

    /// Pieces of text with what JSON escapes in two bytes (quotes, tabs, `\b`, `\f`),
    /// multi-byte characters, and the text member's own bytes.
    const PIECES: [&str; 10] = [
        "managedControlPlane:\n  sku: Standard\n",
        "  note: \"quoted\"\t# tab\n",
        "é😀 ünïcödé\n",
        "\"text\":\"inside\"\n",
        "---\n",
        "a\u{8}b\u{c}c\n",
        "x",
        "\n",
        "\r\n",
        "  - item\n",
    ];

    fn random_text(rng: &mut TestRng, len: usize) -> String {
        let mut text = String::new();
        while text.len() < len {
            text.push_str(PIECES[rng.next_u64() as usize % PIECES.len()]);
        }
        text
    }

    /// One random edit: a piece inserted, a range deleted, or both, on character boundaries.
    fn edit(rng: &mut TestRng, text: &mut String) {
        let at = |rng: &mut TestRng, text: &str| {
            let mut i = rng.next_u64() as usize % (text.len() + 1);
            while !text.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        let start = at(rng, text);
        let end = (start + rng.next_u64() as usize % 40).min(text.len());
        let end = (start..=end)
            .rev()
            .find(|&i| text.is_char_boundary(i))
            .unwrap();
        let insert = match rng.next_u64() % 3 {
            0 => "",
            _ => PIECES[rng.next_u64() as usize % PIECES.len()],
        };
        text.replace_range(start..end, insert);
    }

    /// Reads `body` with `reader` and on its own; they must agree. Returns whether the reader
    /// read it against the last text.
    fn read_both(reader: &mut ChangeReader, body: &[u8]) -> bool {
        let expected = read_change(body);
        match reader.read_against_last(body) {
            Some(params) => {
                assert_eq!(Some(params), expected);
                true
            }
            None => {
                assert_eq!(reader.read(body), expected);
                false
            }
        }
    }

    #[test]
    fn whole_texts_read_against_the_last_equal_reading_them_whole() {
        let mut rng = TestRng::deterministic_rng(RngAlgorithm::ChaCha);
        for _round in 0..4 {
            let mut reader = ChangeReader::default();
            let mut text = random_text(&mut rng, 2 * MIN_BODY);
            let mut against_last = 0;
            for version in 0..150 {
                for _ in 0..1 + rng.next_u64() % 3 {
                    edit(&mut rng, &mut text);
                }
                if read_both(&mut reader, &message(version, &text)) {
                    against_last += 1;
                }
            }
            // All but the first (nothing to read against) and a few cut-off edge cases.
            assert!(against_last > 140, "{against_last} of 150");
        }
    }

    #[test]
    fn escapes_of_more_than_two_bytes_read_the_text_whole() {
        // A control character JSON escapes as `\u0001`; a backslash, escaped as `\\`.
        for inserted in ["\u{1}", "C:\\temp\\"] {
            let mut reader = ChangeReader::default();
            let mut text = random_text(
                &mut TestRng::deterministic_rng(RngAlgorithm::ChaCha),
                MIN_BODY,
            );
            read_both(&mut reader, &message(1, &text));
            text.insert_str(100, inserted);
            assert!(!read_both(&mut reader, &message(2, &text)), "{inserted:?}");
            assert!(reader.last.is_none(), "{inserted:?}: not kept");
            // Gone again: read whole once (nothing kept to read against), then against it.
            text.replace_range(100..100 + inserted.len(), "");
            assert!(!read_both(&mut reader, &message(3, &text)));
            assert!(read_both(&mut reader, &message(4, &text)));
        }
    }

    #[test]
    fn a_large_message_that_is_no_change_keeps_the_last_text() {
        let text = random_text(
            &mut TestRng::deterministic_rng(RngAlgorithm::ChaCha),
            MIN_BODY,
        );
        let mut reader = ChangeReader::default();
        read_both(&mut reader, &message(1, &text));
        let open = String::from_utf8(message(1, &text))
            .unwrap()
            .replace("didChange", "didOpen");
        assert_eq!(reader.read(open.as_bytes()), None);
        assert!(read_both(&mut reader, &message(2, &text)));
    }

    #[test]
    fn damaged_or_reshaped_messages_read_as_they_would_whole() {
        let mut rng = TestRng::deterministic_rng(RngAlgorithm::ChaCha);
        let text = random_text(&mut rng, MIN_BODY);
        let good = message(1, &text);
        let mut reshaped: Vec<Vec<u8>> = vec![
            // Another `text` member first, in the document identifier (a member it ignores).
            String::from_utf8(good.clone())
                .unwrap()
                .replace(r#""version":1"#, r#""version":1,"text":"x""#)
                .into_bytes(),
            // Two changes; a range; spaces around the member.
            serde_json::to_vec(&serde_json::json!({"jsonrpc": "2.0", "method": "textDocument/didChange",
                "params": {"textDocument": {"uri": "file:///a", "version": 2},
                "contentChanges": [{"text": text}, {"text": text}]}}))
            .unwrap(),
            serde_json::to_vec(&serde_json::json!({"jsonrpc": "2.0", "method": "textDocument/didChange",
                "params": {"textDocument": {"uri": "file:///a", "version": 2},
                "contentChanges": [{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": text}]}}))
            .unwrap(),
            String::from_utf8(good.clone())
                .unwrap()
                .replace(r#""text":""#, r#""text": ""#)
                .into_bytes(),
        ];
        // Bytes of the text changed to a quote, a backslash, a control character or a byte
        // that is not UTF-8 (so no longer one string, or no longer JSON).
        for _ in 0..200 {
            let mut damaged = good.clone();
            let at = 60 + rng.next_u64() as usize % (damaged.len() - 70);
            damaged[at] = [b'"', b'\\', 0x01, 0xff, b'}'][rng.next_u64() as usize % 5];
            reshaped.push(damaged);
        }
        for body in &reshaped {
            let mut reader = ChangeReader::default();
            read_both(&mut reader, &good);
            read_both(&mut reader, body);
            read_both(&mut reader, &good);
        }
    }
}
