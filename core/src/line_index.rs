//! Byte offsets to and from (line, column) positions: the one place that knows what a line is.
//!
//! Lines end at `\n`, `\r\n` or a lone `\r`, as in YAML 1.2 and LSP 3.17; the break is not part
//! of the line's content. Columns come in two units: UTF-16 code units (the Language Server
//! Protocol default and JavaScript string indices) and UTF-8 bytes.
//!
//! Every conversion costs O(log n): a binary search over line starts, and for UTF-16 in
//! non-ASCII text a table of checkpoints (the UTF-16 offset every [`STRIDE`] bytes), so a
//! column is counted from the nearest checkpoint, never from the start of a long line.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Position {
    /// 0-based line.
    pub line: u32,
    /// 0-based column in the chosen unit.
    pub character: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PositionEncoding {
    Utf8,
    Utf16,
}

/// Bytes between UTF-16 checkpoints: the most a conversion scans.
const STRIDE: usize = 128;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// For non-ASCII text: `(byte, utf16)` at the first character boundary at or after each
    /// multiple of [`STRIDE`]; in ASCII text bytes and UTF-16 units are the same.
    checkpoints: Option<Vec<(usize, usize)>>,
    len: usize,
}

/// Where the line breaks of `text` end: the start of every line after the first.
fn line_break_ends(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().filter_map(move |(i, &b)| match b {
        b'\n' => Some(i + 1),
        // `\r\n` ends at its `\n`; a lone `\r` is a break of its own.
        b'\r' if bytes.get(i + 1) != Some(&b'\n') => Some(i + 1),
        _ => None,
    })
}

/// How many line breaks `text` has (by the rule of [`LineIndex`]).
pub(crate) fn line_breaks(text: &str) -> usize {
    line_break_ends(text).count()
}

/// The lines of `text` with their start offsets and content (without the line break), by the
/// same rule as [`LineIndex`]: `\n`, `\r\n` and lone `\r` end a line. A final break does not
/// start another line (like [`str::lines`]).
pub fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> + '_ {
    let mut start = 0;
    let mut breaks = line_break_ends(text);
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let line_start = start;
        match breaks.next() {
            Some(next) => {
                start = next;
                Some((line_start, content(&text[line_start..next])))
            }
            None => {
                start = text.len();
                Some((line_start, &text[line_start..]))
            }
        }
    })
}

/// The start of the line holding `offset`, found by scanning back (for one-off questions
/// where building a [`LineIndex`] would cost more).
pub fn line_start_at(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    let bytes = text.as_bytes();
    match bytes[..offset]
        .iter()
        .rposition(|&b| b == b'\n' || b == b'\r')
    {
        // Between the `\r` and `\n` of a break: still on the line that break ends.
        Some(p) if bytes[p] == b'\r' && p + 1 == offset && bytes.get(offset) == Some(&b'\n') => {
            line_start_at(text, p)
        }
        Some(p) => p + 1,
        None => 0,
    }
}

/// The line break a text mostly uses (`\r\n`, lone `\r` or `\n`), for inserted lines.
pub fn line_break_of(text: &str) -> &'static str {
    match text.find(['\r', '\n']) {
        Some(p) if text[p..].starts_with("\r\n") => "\r\n",
        Some(p) if text[p..].starts_with('\r') => "\r",
        _ => "\n",
    }
}

/// A line without its break.
fn content(line: &str) -> &str {
    let line = line.strip_suffix('\n').unwrap_or(line);
    line.strip_suffix('\r').unwrap_or(line)
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut line_starts = vec![0];
        line_starts.extend(line_break_ends(text));
        let checkpoints = (!text.is_ascii()).then(|| {
            let mut table = Vec::with_capacity(text.len() / STRIDE + 1);
            let mut units = 0;
            let mut next = 0;
            for (i, c) in text.char_indices() {
                while i >= next {
                    table.push((i, units));
                    next += STRIDE;
                }
                units += c.len_utf16();
            }
            while next <= text.len() {
                table.push((text.len(), units));
                next += STRIDE;
            }
            table
        });
        LineIndex {
            line_starts,
            checkpoints,
            len: text.len(),
        }
    }

    /// Updates the index after the bytes `old` of the previous text were replaced by
    /// `new_len` bytes; `text` is the text after the edit. Only the lines of the edit are
    /// scanned when the text is ASCII (an editor's keystroke in a long file); otherwise the
    /// index is built again.
    pub fn edit(&mut self, text: &str, old: std::ops::Range<usize>, new_len: usize) {
        let inserted_end = old.start + new_len;
        let fits = old.end <= self.len
            && old.start <= old.end
            && text.len() + old.len() == self.len + new_len
            && text.is_char_boundary(old.start)
            && text.is_char_boundary(inserted_end);
        if !fits || self.checkpoints.is_some() || !text[old.start..inserted_end].is_ascii() {
            *self = LineIndex::new(text);
            return;
        }
        // A break at byte `i` starts a line at `i + 1`; the bytes that may have changed
        // whether they are a break run from just before the edit (a `\r` before a `\n`)
        // to its end.
        let bytes = text.as_bytes();
        let first_byte = old.start.saturating_sub(1);
        let inserted = (first_byte..inserted_end).filter_map(|i| match bytes[i] {
            b'\n' => Some(i + 1),
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => Some(i + 1),
            _ => None,
        });
        let removed_from = self.line_starts.partition_point(|&s| s < old.start).max(1);
        let removed_to = self
            .line_starts
            .partition_point(|&s| s <= old.end)
            .max(removed_from);
        let inserted: Vec<usize> = inserted.collect();
        let tail_from = removed_from + inserted.len();
        self.line_starts.splice(removed_from..removed_to, inserted);
        for start in &mut self.line_starts[tail_from..] {
            *start = *start + new_len - old.len();
        }
        self.len = text.len();
    }

    /// How many lines the text has (an empty text has one; a final break starts another).
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// The UTF-16 offset of a byte offset from the start of the text (a JavaScript string index).
    pub fn utf16_offset(&self, text: &str, offset: usize) -> usize {
        self.utf16_at(text, floor_boundary(text, offset.min(self.len)))
    }

    /// UTF-16 units before `offset` (a character boundary).
    fn utf16_at(&self, text: &str, offset: usize) -> usize {
        let Some(table) = &self.checkpoints else {
            return offset;
        };
        let mut k = offset / STRIDE;
        if table[k].0 > offset {
            k -= 1;
        }
        let (byte, units) = table[k];
        units + text[byte..offset].encode_utf16().count()
    }

    /// The byte offset of a UTF-16 offset (clamped into the text and to a character start).
    pub fn offset_from_utf16(&self, text: &str, utf16: usize) -> usize {
        self.offset_of_utf16(text, utf16, 0, self.len)
    }

    /// The byte offset of the UTF-16 offset `utf16`, searched within `from..to` (character
    /// boundaries); clamped to that range and back to a character start.
    fn offset_of_utf16(&self, text: &str, utf16: usize, from: usize, to: usize) -> usize {
        let Some(table) = &self.checkpoints else {
            return utf16.clamp(from, to);
        };
        let k = table
            .partition_point(|&(_, u)| u <= utf16)
            .saturating_sub(1);
        let (mut byte, mut units) = table[k];
        if byte < from {
            byte = from;
            units = self.utf16_at(text, from);
        }
        if units >= utf16 {
            return byte.min(to);
        }
        for (i, c) in text[byte..to.max(byte)].char_indices() {
            if units + c.len_utf16() > utf16 {
                return byte + i;
            }
            units += c.len_utf16();
        }
        to.max(from)
    }

    /// The 0-based line containing `offset` (a line break belongs to the line it ends).
    pub fn line_of(&self, offset: usize) -> usize {
        self.line_starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// Byte offset where `line` starts (clamped to the end of text).
    pub fn line_start(&self, line: usize) -> usize {
        self.line_starts.get(line).copied().unwrap_or(self.len)
    }

    /// Byte offset of the end of `line`'s content (before its `\r\n`, `\n` or `\r`).
    pub fn line_end(&self, text: &str, line: usize) -> usize {
        let Some(&next) = self.line_starts.get(line + 1) else {
            return self.len;
        };
        let start = self.line_start(line);
        start + content(&text[start..next]).len()
    }

    /// Position of `offset` (clamped into the text, and back to a char boundary).
    pub fn position(&self, text: &str, offset: usize, encoding: PositionEncoding) -> Position {
        let offset = floor_boundary(text, offset.min(self.len));
        let line = self.line_of(offset);
        let start = self.line_starts[line];
        let character = match encoding {
            PositionEncoding::Utf8 => offset - start,
            PositionEncoding::Utf16 => self.utf16_at(text, offset) - self.utf16_at(text, start),
        };
        Position {
            line: line as u32,
            character: character as u32,
        }
    }

    /// Byte offset of a position. A column past the end of its line clamps to the line end
    /// (before the line break); a line past the end clamps to the end of text; a column inside
    /// a character (half a surrogate pair) clamps to the character's start.
    pub fn offset(&self, text: &str, position: Position, encoding: PositionEncoding) -> usize {
        let line = position.line as usize;
        if line >= self.line_starts.len() {
            return self.len;
        }
        let start = self.line_starts[line];
        let end = self.line_end(text, line);
        let want = position.character as usize;
        match encoding {
            PositionEncoding::Utf8 => floor_boundary(text, (start + want).min(end)),
            PositionEncoding::Utf16 => {
                let base = self.utf16_at(text, start);
                self.offset_of_utf16(text, base.saturating_add(want), start, end)
            }
        }
    }
}

/// `offset`, or the start of the character it falls inside.
fn floor_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;
    use PositionEncoding::*;

    #[test]
    fn utf16_columns_count_surrogate_pairs() {
        let text = "a: 😀 x\nb: y\n";
        let index = LineIndex::new(text);
        let x = text.find('x').unwrap();
        assert_eq!(
            index.position(text, x, Utf16),
            Position {
                line: 0,
                character: 6
            }
        );
        assert_eq!(
            index.position(text, x, Utf8),
            Position {
                line: 0,
                character: 8
            }
        );
        assert_eq!(
            index.offset(
                text,
                Position {
                    line: 0,
                    character: 6
                },
                Utf16
            ),
            x
        );
        // Half a surrogate pair clamps to the emoji's start.
        assert_eq!(
            index.offset(
                text,
                Position {
                    line: 0,
                    character: 4
                },
                Utf16
            ),
            3
        );
    }

    #[test]
    fn utf16_offsets_from_the_start() {
        let text = "é: 😀\nz: x\n";
        let index = LineIndex::new(text);
        let x = text.find('x').unwrap();
        // é(1) :(1) space(1) 😀(2) \n(1) z(1) :(1) space(1)
        assert_eq!(index.utf16_offset(text, x), 9);
        assert_eq!(index.offset_from_utf16(text, 9), x);
        assert_eq!(index.offset_from_utf16(text, 4), 4); // inside the emoji: its start
        assert_eq!(index.offset_from_utf16(text, 999), text.len());
        let ascii = "a: 1\nb: 2\n";
        assert_eq!(LineIndex::new(ascii).utf16_offset(ascii, 7), 7);
    }

    #[test]
    fn crlf_lines() {
        let text = "a: 1\r\nb: 2\r\n";
        let index = LineIndex::new(text);
        let b = text.find('b').unwrap();
        assert_eq!(
            index.position(text, b, Utf16),
            Position {
                line: 1,
                character: 0
            }
        );
        assert_eq!(index.line_end(text, 0), 4);
        assert_eq!(
            index.offset(
                text,
                Position {
                    line: 0,
                    character: 99
                },
                Utf16
            ),
            4
        );
        assert_eq!(
            index.offset(
                text,
                Position {
                    line: 9,
                    character: 0
                },
                Utf16
            ),
            text.len()
        );
    }

    #[test]
    fn offsets_round_trip() {
        let text = "é: 😀\r\n\nz: ü\n";
        let index = LineIndex::new(text);
        for (offset, _) in text.char_indices() {
            for enc in [Utf8, Utf16] {
                let p = index.position(text, offset, enc);
                let back = index.offset(text, p, enc);
                // The middle of a `\r\n` clamps to the line end; everything else round-trips.
                if !(text[offset..].starts_with('\n') && text[..offset].ends_with('\r')) {
                    assert_eq!(back, offset, "{offset} {enc:?}");
                }
            }
        }
    }

    #[test]
    fn lone_cr_is_a_line_break() {
        let text = "a: 1\rb: é\r\rc: 2\r\nd: 3\ne";
        let index = LineIndex::new(text);
        assert_eq!(index.line_count(), 6);
        let c = text.find('c').unwrap();
        assert_eq!(
            index.position(text, c, Utf16),
            Position {
                line: 3,
                character: 0
            }
        );
        assert_eq!(index.line_end(text, 1), text.find("\r\r").unwrap());
        assert_eq!(index.line_end(text, 2), text.find("\r\r").unwrap() + 1);
        assert_eq!(
            index.offset(
                text,
                Position {
                    line: 1,
                    character: 99
                },
                Utf16
            ),
            text.find("\r\r").unwrap()
        );
        let collected: Vec<(usize, &str)> = lines(text).collect();
        assert_eq!(
            collected,
            [
                (0, "a: 1"),
                (5, "b: é"),
                (11, ""),
                (12, "c: 2"),
                (18, "d: 3"),
                (23, "e")
            ]
        );
        assert_eq!(lines("a\n").count(), 1);
        assert_eq!(line_start_at(text, c + 2), c);
        assert_eq!(line_start_at(text, text.find("\r\n").unwrap() + 1), c);
        assert_eq!(line_start_at(text, 3), 0);
        assert_eq!(line_break_of(text), "\r");
        assert_eq!(line_break_of("a\r\n"), "\r\n");
        assert_eq!(line_break_of("a"), "\n");
        assert_eq!(lines("").count(), 0);
    }

    /// Every position of a long non-ASCII text, against a direct count.
    #[test]
    fn checkpoints_agree_with_counting() {
        let mut text = String::new();
        for i in 0..600 {
            text.push_str(["a", "é", "😀", "\r\n", "xyz", "\r", "\n", "€"][i % 8]);
            if i % 97 == 0 {
                text.push_str(&"ü".repeat(70));
            }
        }
        let index = LineIndex::new(&text);
        let mut line = 0;
        let mut line_start = 0;
        for (offset, c) in text.char_indices() {
            let expected = Position {
                line,
                character: text[line_start..offset].encode_utf16().count() as u32,
            };
            assert_eq!(index.position(&text, offset, Utf16), expected, "{offset}");
            // The middle of a `\r\n` clamps to the end of the line's content.
            if !(c == '\n' && text[..offset].ends_with('\r')) {
                assert_eq!(index.offset(&text, expected, Utf16), offset, "{offset}");
            }
            let global = text[..offset].encode_utf16().count();
            assert_eq!(index.utf16_offset(&text, offset), global);
            assert_eq!(index.offset_from_utf16(&text, global), offset);
            let breaks = c == '\n' || (c == '\r' && !text[offset + 1..].starts_with('\n'));
            if breaks {
                line += 1;
                line_start = offset + 1;
            }
        }
    }
}

#[cfg(test)]
mod edit_tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// An edited index equals one built from the edited text.
        #[test]
        fn edit_equals_a_new_index(
            text in "[a-c\r\n é]{0,40}",
            start in 0usize..45,
            len in 0usize..10,
            inserted in "[a\r\n]{0,6}|é",
        ) {
            let mut index = LineIndex::new(&text);
            let start = floor_boundary(&text, start.min(text.len()));
            let end = floor_boundary(&text, (start + len).min(text.len()));
            let mut edited = text.clone();
            edited.replace_range(start..end, &inserted);
            index.edit(&edited, start..end, inserted.len());
            let fresh = LineIndex::new(&edited);
            prop_assert_eq!(&index.line_starts, &fresh.line_starts);
            prop_assert_eq!(index.checkpoints, fresh.checkpoints);
            prop_assert_eq!(index.len, fresh.len);
        }
    }
}
