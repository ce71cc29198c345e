//! Byte offsets to and from (line, column) positions.
//!
//! Columns come in two units: UTF-16 code units (the Language Server Protocol default and
//! JavaScript string indices) and UTF-8 bytes. Lines end at `\n`; a `\r` before it belongs
//! to the line, so CRLF files need no special casing.

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

#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// UTF-16 offset of each line start (only for non-ASCII text; otherwise equal to bytes).
    utf16_line_starts: Option<Vec<usize>>,
    len: usize,
    ascii: bool,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut line_starts = vec![0];
        line_starts.extend(memchr_newlines(text));
        let ascii = text.is_ascii();
        let utf16_line_starts = (!ascii).then(|| {
            let mut starts = Vec::with_capacity(line_starts.len());
            let mut units = 0;
            let mut previous = 0;
            for &start in &line_starts {
                units += text[previous..start].encode_utf16().count();
                starts.push(units);
                previous = start;
            }
            starts
        });
        LineIndex {
            line_starts,
            utf16_line_starts,
            len: text.len(),
            ascii,
        }
    }

    /// The UTF-16 offset of a byte offset from the start of the text (a JavaScript string index).
    pub fn utf16_offset(&self, text: &str, offset: usize) -> usize {
        let position = self.position(text, offset, PositionEncoding::Utf16);
        let line_start = match &self.utf16_line_starts {
            Some(starts) => starts[position.line as usize],
            None => self.line_starts[position.line as usize],
        };
        line_start + position.character as usize
    }

    /// The byte offset of a UTF-16 offset (clamped into the text and to a character start).
    pub fn offset_from_utf16(&self, text: &str, utf16: usize) -> usize {
        let Some(starts) = &self.utf16_line_starts else {
            return utf16.min(self.len);
        };
        let line = starts.partition_point(|&s| s <= utf16).saturating_sub(1);
        let character = (utf16 - starts[line]) as u32;
        self.offset(
            text,
            Position {
                line: line as u32,
                character,
            },
            PositionEncoding::Utf16,
        )
    }

    /// The 0-based line containing `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        self.line_starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// Byte offset where `line` starts (clamped to the end of text).
    pub fn line_start(&self, line: usize) -> usize {
        self.line_starts.get(line).copied().unwrap_or(self.len)
    }

    /// Byte offset of the end of `line`'s content (before `\r\n` / `\n`).
    pub fn line_end(&self, text: &str, line: usize) -> usize {
        let end = self.line_starts.get(line + 1).map_or(self.len, |&s| s - 1);
        let start = self.line_start(line).min(end);
        if text[start..end].ends_with('\r') {
            end - 1
        } else {
            end
        }
    }

    /// Position of `offset` (clamped into the text, and back to a char boundary).
    pub fn position(&self, text: &str, offset: usize, encoding: PositionEncoding) -> Position {
        let mut offset = offset.min(self.len);
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_of(offset);
        let start = self.line_starts[line];
        let character = match encoding {
            PositionEncoding::Utf8 => offset - start,
            PositionEncoding::Utf16 if self.ascii => offset - start,
            PositionEncoding::Utf16 => text[start..offset].encode_utf16().count(),
        };
        Position {
            line: line as u32,
            character: character as u32,
        }
    }

    /// Byte offset of a position. A column past the end of its line clamps to the line end;
    /// a line past the end clamps to the end of text; a column inside a character (half a
    /// surrogate pair) clamps to the character's start.
    pub fn offset(&self, text: &str, position: Position, encoding: PositionEncoding) -> usize {
        let line = position.line as usize;
        if line >= self.line_starts.len() {
            return self.len;
        }
        let start = self.line_starts[line];
        let end = self.line_starts.get(line + 1).map_or(self.len, |&s| s - 1);
        let want = position.character as usize;
        match encoding {
            PositionEncoding::Utf8 => {
                let mut offset = (start + want).min(end);
                while !text.is_char_boundary(offset) {
                    offset -= 1;
                }
                offset
            }
            PositionEncoding::Utf16 => {
                if self.ascii {
                    return (start + want).min(end);
                }
                let mut units = 0;
                for (i, c) in text[start..end].char_indices() {
                    if units + c.len_utf16() > want {
                        return start + i;
                    }
                    units += c.len_utf16();
                }
                end
            }
        }
    }
}

fn memchr_newlines(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.bytes()
        .enumerate()
        .filter(|&(_, b)| b == b'\n')
        .map(|(i, _)| i + 1)
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
            5
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
                // `\r` positions may clamp to the line end; everything else round-trips.
                if !text[offset..].starts_with('\n') {
                    assert_eq!(back, offset, "{offset} {enc:?}");
                }
            }
        }
    }
}
