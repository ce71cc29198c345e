//! Open documents and incremental edits, in the position encoding agreed with the client.

use std::sync::Mutex;

use palint_core::{
    changed_range, Diagnostic, EditsSinceCheck, IncrementalCheck, LineIndex, Options, Position,
    PositionEncoding,
};
use tower_lsp_server::ls_types::{self as lsp, TextDocumentContentChangeEvent};

use crate::wire::DiagnosticJson;

pub struct Document {
    /// Changed only by [`Document::apply`]: the next check trusts the edits it records.
    pub text: String,
    pub version: i32,
    pub index: LineIndex,
    /// The newest version whose diagnostics were published (never an older one after it).
    pub published: Option<i32>,
    /// The previous check, so that the next one re-checks only the documents an edit touched.
    checker: Mutex<Checker>,
    /// The JSON of the diagnostics last published, to publish them again quickly.
    pub wire: Mutex<DiagnosticJson>,
}

/// The incremental check, and the edits made since it last ran.
#[derive(Default)]
struct Checker {
    incremental: IncrementalCheck,
    edits: EditsSinceCheck,
}

impl Document {
    pub fn new(text: String, version: i32) -> Document {
        let index = LineIndex::new(&text);
        Document {
            text,
            version,
            index,
            published: None,
            checker: Mutex::new(Checker::default()),
            wire: Mutex::new(DiagnosticJson::default()),
        }
    }

    /// The text's diagnostics; equal to `palint_core::check(&self.text, options)`.
    pub fn check(&self, options: &Options) -> Vec<Diagnostic> {
        let mut checker = self
            .checker
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let unchanged = checker.edits.take(self.text.len());
        checker
            .incremental
            .check_edited(&self.text, options, unchanged)
    }

    /// Forgets the previous check (after a panic in it, its state may be half updated).
    pub fn forget_check(&self) {
        let mut checker = self
            .checker
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        *checker = Checker::default();
    }

    /// Applies the client's changes in order (ranged edits or full replacements).
    pub fn apply(
        &mut self,
        changes: Vec<TextDocumentContentChangeEvent>,
        version: i32,
        encoding: PositionEncoding,
    ) {
        for change in changes {
            match change.range {
                Some(range) => {
                    let start = self.offset(range.start, encoding);
                    let end = self.offset(range.end, encoding).max(start);
                    self.edited(start..end, self.text.len());
                    self.text.replace_range(start..end, &change.text);
                    self.index.edit(&self.text, start..end, change.text.len());
                }
                None => self.replace(change.text),
            }
        }
        self.version = version;
    }

    /// A whole new text (some clients send one on every keystroke): the line index is
    /// updated only where the text changed.
    fn replace(&mut self, text: String) {
        let (old, new_len) = changed_range(&self.text, &text);
        self.edited(old.clone(), self.text.len());
        self.text = text;
        self.index.edit(&self.text, old, new_len);
    }

    /// Tells the next check that `range` of the text (`len` bytes) is being replaced, so that
    /// it need not compare the texts to find what changed.
    fn edited(&mut self, range: std::ops::Range<usize>, len: usize) {
        let checker = self
            .checker
            .get_mut()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        checker.edits.record(range, len);
    }

    /// A byte offset; positions outside the text clamp to it.
    pub fn offset(&self, position: lsp::Position, encoding: PositionEncoding) -> usize {
        self.index.offset(
            &self.text,
            Position {
                line: position.line,
                character: position.character,
            },
            encoding,
        )
    }

    pub fn position(&self, offset: usize, encoding: PositionEncoding) -> lsp::Position {
        let p = self.index.position(&self.text, offset, encoding);
        lsp::Position {
            line: p.line,
            character: p.character,
        }
    }

    pub fn range(&self, range: &std::ops::Range<usize>, encoding: PositionEncoding) -> lsp::Range {
        lsp::Range {
            start: self.position(range.start, encoding),
            end: self.position(range.end, encoding),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(start: (u32, u32), end: (u32, u32), text: &str) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range: Some(lsp::Range {
                start: lsp::Position {
                    line: start.0,
                    character: start.1,
                },
                end: lsp::Position {
                    line: end.0,
                    character: end.1,
                },
            }),
            range_length: None,
            text: text.to_owned(),
        }
    }

    #[test]
    fn utf16_edit_after_emoji() {
        let mut doc = Document::new("a: 😀x\n".into(), 1);
        // Replace `x` (UTF-16 column 5, after the 2-unit emoji).
        doc.apply(
            vec![change((0, 5), (0, 6), "y")],
            2,
            PositionEncoding::Utf16,
        );
        assert_eq!(doc.text, "a: 😀y\n");
        doc.apply(vec![change((0, 8), (0, 8), "z")], 3, PositionEncoding::Utf8);
        assert_eq!(doc.text, "a: 😀yz\n");
    }

    #[test]
    fn out_of_range_edits_clamp() {
        let mut doc = Document::new("a: 1\n".into(), 1);
        doc.apply(
            vec![change((9, 0), (9, 4), "b: 2\n")],
            2,
            PositionEncoding::Utf16,
        );
        assert_eq!(doc.text, "a: 1\nb: 2\n");
        assert_eq!(
            doc.position(doc.text.len(), PositionEncoding::Utf16).line,
            2
        );
    }

    /// Whole-text and ranged changes of random bytes (line breaks of every kind, `---`,
    /// multi-byte characters) keep the text, its line index and its check as fresh ones.
    #[test]
    fn random_changes_keep_the_index_and_check_fresh() {
        let pieces = [
            "a",
            "\n",
            "\r\n",
            "\r",
            "é",
            "😀",
            "---\n",
            "sku: premium\n",
            "managedControlPlane:\n  ",
            "  ",
            ": ",
            "x",
        ];
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        let options = Options::default();
        let mut doc = Document::new("managedControlPlane:\n  sku: premium\n".into(), 1);
        let mut expected = doc.text.clone();
        for version in 2..1_500 {
            let mut inserted = String::new();
            for _ in 0..next(4) {
                inserted.push_str(pieces[next(pieces.len())]);
            }
            // No position lies between the `\r` and `\n` of a line break.
            let inside_break =
                |i: usize| i > 0 && expected.as_bytes()[i - 1..].starts_with(b"\r\n");
            let boundaries: Vec<usize> = (0..=expected.len())
                .filter(|&i| expected.is_char_boundary(i) && !inside_break(i))
                .collect();
            let mut start = boundaries[next(boundaries.len())];
            let mut end = boundaries[next(boundaries.len())];
            if start > end {
                std::mem::swap(&mut start, &mut end);
            }
            expected.replace_range(start..end, &inserted);
            let change = if version % 2 == 0 {
                TextDocumentContentChangeEvent {
                    range: None,
                    range_length: None,
                    text: expected.clone(),
                }
            } else {
                // Byte columns: `offset` clamps a column inside a character, not wanted here.
                let position = |offset| {
                    let p = doc.position(offset, PositionEncoding::Utf8);
                    (p.line, p.character)
                };
                change(position(start), position(end), &inserted)
            };
            doc.apply(vec![change], version, PositionEncoding::Utf8);
            assert_eq!(doc.text, expected);
            assert_eq!(doc.index, LineIndex::new(&expected), "{expected:?}");
            if version % 50 == 0 {
                assert_eq!(doc.check(&options), palint_core::check(&expected, &options));
            }
        }
    }

    #[test]
    fn checks_equal_a_fresh_check_after_edits() {
        let options = Options::default();
        let mut doc = Document::new("managedControlPlane:\n  sku: Premium\n---\n".into(), 1);
        assert_eq!(doc.check(&options), palint_core::check(&doc.text, &options));
        doc.apply(
            vec![change(
                (3, 0),
                (3, 0),
                "managedControlPlane:\n  sku: Basic\n",
            )],
            2,
            PositionEncoding::Utf16,
        );
        assert_eq!(doc.check(&options), palint_core::check(&doc.text, &options));
        assert_eq!(doc.check(&options).len(), 2);
    }
}
