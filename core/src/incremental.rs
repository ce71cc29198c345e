//! Incremental checks: after an edit, only the documents whose text changed are parsed and
//! checked again; the others keep their diagnostics, moved to where they now are.
//!
//! A YAML text is cut into parts at its `---` lines (a `---` at the start of a line, followed
//! by a space or the line's end, starts a document: it ends any scalar, and inside a flow
//! collection or a quoted scalar it is a syntax error at that very line, where the parser
//! starts over). Each part is checked on its own, with a `---` line added after it so that
//! its last document parses as it does inside the whole text. A part's results are kept with
//! the text they came from; the next check compares the new text with the old one (common
//! start and end) and reuses every part that lies wholly inside the unchanged text. Keying on
//! text, not on edit ranges, makes full-text and ranged changes the same.
//!
//! What a part does not see of the rest of the text is handled so that the result always
//! equals [`crate::check`] of the whole text:
//! - rule levels, suppression comments (`palint-disable-file`, `-next-line` over a part's
//!   end), sorting and duplicates are applied to the whole text's diagnostics each time;
//! - line numbers in messages: a part knows the line it starts on, and a part whose messages
//!   used one is reused only while it starts on the same line;
//! - the alias expansion budget, shared by the whole text: parts record what they used, and
//!   when all of them together come near the per-document limit the whole text is checked;
//! - directives (`%YAML`, `%TAG`, a line starting with `%`) and template actions (`{{ }}`)
//!   that run over a `---` line: the whole text is checked;
//! - the kind forced by the options (`--kind`, config globs, file name) is part of the key;
//!   Terraform files are always checked whole.

use std::cell::Cell;
use std::ops::Range;

use crate::diagnostic::Diagnostic;
use crate::engine::{self, check_text, forced_kind, KindSource, Nesting, Options, Part};
use crate::kind::{self, DocumentKind};
use crate::schema::ALIAS_EXPANSION_BUDGET_PER_TEXT;

/// One document's alias expansion limit; see `schema::validate`.
const ALIAS_EXPANSION_PER_DOCUMENT: usize = 100_000;

/// The previous check of one text, ready to check the next version of it.
#[derive(Debug, Default)]
pub struct IncrementalCheck {
    text: String,
    forced: Option<Option<(Option<DocumentKind>, KindSource)>>,
    parts: Vec<CheckedPart>,
}

#[derive(Debug)]
struct CheckedPart {
    range: Range<usize>,
    /// The line `range.start` is on.
    first_line: usize,
    /// Line breaks in the part.
    line_breaks: usize,
    /// Diagnostics with offsets relative to `range.start`, before levels and suppressions.
    diagnostics: Vec<Diagnostic>,
    alias_expansion: usize,
    /// A message gives a line number, so the part's results depend on `first_line`.
    uses_line_numbers: bool,
    /// See [`has_open_action`].
    open_action: bool,
}

impl IncrementalCheck {
    pub fn new() -> IncrementalCheck {
        IncrementalCheck::default()
    }

    /// Checks `text`, reusing what is unchanged since the previous call; the result equals
    /// [`crate::check`]`(text, options)`.
    pub fn check(&mut self, text: &str, options: &Options) -> Vec<Diagnostic> {
        let forced = forced_kind(options);
        let whole_only = options.path.is_some_and(kind::is_terraform_path);
        let ranges = if whole_only { None } else { split(text) };
        let Some(ranges) = ranges else {
            self.clear();
            return engine::check(text, options);
        };
        if self.forced != Some(forced) {
            self.parts.clear();
        }
        let parts = self.reuse_or_check(text, &ranges, forced);
        let mut alias_expansion = 0;
        for part in &parts {
            alias_expansion += part.alias_expansion;
        }
        let near_limit = ALIAS_EXPANSION_BUDGET_PER_TEXT - ALIAS_EXPANSION_PER_DOCUMENT;
        let whole_needed = alias_expansion > near_limit || parts.iter().any(|p| p.open_action);
        self.text.clear();
        self.text.push_str(text);
        self.forced = Some(forced);
        if whole_needed {
            // The parts stay valid for the next version; only their sum is not the answer.
            self.parts = parts;
            return engine::check(text, options);
        }
        let mut diagnostics = Vec::new();
        for part in &parts {
            let shift = part.range.start;
            diagnostics.extend(part.diagnostics.iter().map(|d| shifted(d, shift)));
        }
        self.parts = parts;
        engine::finish(text, diagnostics, options)
    }

    /// Forgets the previous check (its text and results).
    pub fn clear(&mut self) {
        self.text = String::new();
        self.forced = None;
        self.parts = Vec::new();
    }

    fn reuse_or_check(
        &mut self,
        text: &str,
        ranges: &[Range<usize>],
        forced: Option<(Option<DocumentKind>, KindSource)>,
    ) -> Vec<CheckedPart> {
        let old_text = std::mem::take(&mut self.text);
        let mut old_parts: Vec<Option<CheckedPart>> = std::mem::take(&mut self.parts)
            .into_iter()
            .map(Some)
            .collect();
        let old_starts: Vec<usize> = old_parts
            .iter()
            .map(|p| p.as_ref().map_or(0, |p| p.range.start))
            .collect();
        let same_start = common_prefix(old_text.as_bytes(), text.as_bytes());
        let max_end = old_text.len().min(text.len()) - same_start;
        let same_end = common_suffix(old_text.as_bytes(), text.as_bytes(), max_end);
        let old_len = old_text.len();
        let mut first_line = 0;
        let mut parts = Vec::with_capacity(ranges.len());
        let mut next = 0;
        while next < ranges.len() {
            let range = &ranges[next];
            // Where the same text was in the old version, if it lies in the unchanged parts.
            let in_prefix = range.end <= same_start;
            let old_start = if in_prefix {
                Some(range.start)
            } else if range.start >= text.len() - same_end {
                Some(range.start + old_len - text.len())
            } else {
                None
            };
            let found = old_start.and_then(|old_start| {
                let i = old_starts.binary_search(&old_start).ok()?;
                let part = old_parts[i].as_ref()?;
                // An old part may span several ranges (see `check_part`): all of its text
                // must be unchanged, and end where a range of the new text ends.
                let old_end = part.range.end;
                if in_prefix && old_end > same_start {
                    return None;
                }
                let new_end = if in_prefix {
                    old_end
                } else {
                    old_end + text.len() - old_len
                };
                let taken = ranges[next..].iter().position(|r| r.end == new_end)? + 1;
                let reusable = (old_end == old_len) == (new_end == text.len())
                    && (!part.uses_line_numbers || part.first_line == first_line);
                reusable
                    .then(|| old_parts[i].take().map(|p| (p, taken)))
                    .flatten()
            });
            let (part, taken) = match found {
                Some((mut part, taken)) => {
                    let len = part.range.len();
                    part.range = range.start..range.start + len;
                    part.first_line = first_line;
                    (part, taken)
                }
                None => check_part(text, &ranges[next..], first_line, forced),
            };
            next += taken;
            first_line += part.line_breaks;
            parts.push(part);
        }
        parts
    }
}

/// True when a template action opens in `part` and does not close in it: template masking
/// would then run over the part's end.
fn has_open_action(part: &str) -> bool {
    match (part.rfind("{{"), part.rfind("}}")) {
        (Some(open), Some(close)) => open > close,
        (Some(_), None) => true,
        _ => false,
    }
}

/// Checks `text[range]` on its own, as it is checked inside the whole text, and returns it
/// with how many of `ranges` it took: when its last document is still open at its end (an
/// unclosed flow collection or quote runs over `---` lines), the next range is added to it.
fn check_part(
    text: &str,
    ranges: &[Range<usize>],
    first_line: usize,
    forced: Option<(Option<DocumentKind>, KindSource)>,
) -> (CheckedPart, usize) {
    let mut taken = 1;
    loop {
        let range = ranges[0].start..ranges[taken - 1].end;
        let is_last = range.end == text.len();
        let part = &text[range.clone()];
        // The next document's `---` ends the last one here as it does in the whole text.
        let mut source = String::with_capacity(part.len() + 4);
        source.push_str(part);
        if !is_last {
            source.push_str("---\n");
        }
        let alias_budget = Cell::new(ALIAS_EXPANSION_BUDGET_PER_TEXT);
        let uses_line_numbers = Cell::new(false);
        let ends_open = Cell::new(false);
        let diagnostics = check_text(
            &source,
            forced,
            &alias_budget,
            Nesting::TopLevel,
            Part {
                end: part.len(),
                line_base: Some((first_line, &uses_line_numbers)),
                ends_open: Some(&ends_open),
            },
        );
        if ends_open.get() && taken < ranges.len() {
            taken += 1;
            continue;
        }
        let checked = CheckedPart {
            range,
            first_line,
            line_breaks: crate::line_index::line_breaks(part),
            diagnostics,
            alias_expansion: ALIAS_EXPANSION_BUDGET_PER_TEXT - alias_budget.get(),
            uses_line_numbers: uses_line_numbers.get(),
            open_action: has_open_action(part),
        };
        return (checked, taken);
    }
}

/// The parts of `text`, each from a `---` line to the next; `None` when a line starts with
/// `%` (a directive belongs to the next document, across the cut).
fn split(text: &str) -> Option<Vec<Range<usize>>> {
    if text.starts_with('%') || text.contains("\n%") {
        return None;
    }
    let mut ranges = Vec::new();
    let mut start = 0;
    for (at, _) in text.match_indices("\n---") {
        let line = at + 1;
        let after = text.as_bytes().get(line + 3);
        let is_marker = after.is_none_or(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'));
        if is_marker && line > start {
            ranges.push(start..line);
            start = line;
        }
    }
    ranges.push(start..text.len());
    Some(ranges)
}

fn shifted(diagnostic: &Diagnostic, shift: usize) -> Diagnostic {
    let mut d = diagnostic.clone();
    d.range = d.range.start + shift..d.range.end + shift;
    for fix in &mut d.fixes {
        for edit in &mut fix.edits {
            edit.range = edit.range.start + shift..edit.range.end + shift;
        }
    }
    d
}

/// Where `new` differs from `old`: `(range, new_len)`, the bytes `old[range]` became the
/// `new_len` bytes at `range.start` of `new`, the rest is the same. Both ends are character
/// boundaries. For a client that sends the whole text on every change, this is its edit.
pub fn changed_range(old: &str, new: &str) -> (Range<usize>, usize) {
    let mut start = common_prefix(old.as_bytes(), new.as_bytes());
    // The bytes before `start` are the same, so it is a boundary in both or in neither.
    while !new.is_char_boundary(start) {
        start -= 1;
    }
    let max_end = old.len().min(new.len()) - start;
    let mut same_end = common_suffix(old.as_bytes(), new.as_bytes(), max_end);
    // Likewise: the byte at the cut is the same in both.
    while !new.is_char_boundary(new.len() - same_end) {
        same_end -= 1;
    }
    (start..old.len() - same_end, new.len() - same_end - start)
}

fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    const CHUNK: usize = 64;
    let max = a.len().min(b.len());
    let mut n = 0;
    while n + CHUNK <= max && a[n..n + CHUNK] == b[n..n + CHUNK] {
        n += CHUNK;
    }
    while n < max && a[n] == b[n] {
        n += 1;
    }
    n
}

/// The length of the common end of `a` and `b`, at most `max`.
fn common_suffix(a: &[u8], b: &[u8], max: usize) -> usize {
    const CHUNK: usize = 64;
    let (la, lb) = (a.len(), b.len());
    let mut n = 0;
    while n + CHUNK <= max && a[la - n - CHUNK..la - n] == b[lb - n - CHUNK..lb - n] {
        n += CHUNK;
    }
    while n < max && a[la - n - 1] == b[lb - n - 1] {
        n += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_range_is_the_edit_on_character_boundaries() {
        let cases = [
            ("abc", "abc", 3..3, 0),
            ("abc", "abXc", 2..2, 1),
            ("a: é\n", "a: è\n", 3..5, 2),
            ("aé", "aéé", 3..3, 2),
            ("ab", "", 0..2, 0),
            ("", "xy", 0..0, 2),
            ("x😀y😀z", "x😀y😁z", 6..10, 4),
            ("aaaa", "aa", 2..4, 0),
        ];
        for (old, new, range, new_len) in cases {
            assert_eq!(
                changed_range(old, new),
                (range.clone(), new_len),
                "{old:?} {new:?}"
            );
            let mut edited = old.to_owned();
            edited.replace_range(range.clone(), &new[range.start..range.start + new_len]);
            assert_eq!(edited, new);
        }
    }

    #[test]
    fn split_cuts_at_marker_lines_only() {
        let text = "a: 1\n---\nb: 2\n---x: 3\n--- # c\nc: |\n  ---\n";
        let parts: Vec<&str> = split(text).unwrap().into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            parts,
            ["a: 1\n", "---\nb: 2\n---x: 3\n", "--- # c\nc: |\n  ---\n"]
        );
        assert!(split("%YAML 1.2\n---\na: 1\n").is_none());
        assert!(split("a: 1\n%x\n").is_none());
    }

    #[test]
    fn only_the_edited_part_is_checked_again() {
        let one = "managedControlPlane:\n  sku: Premium\n";
        let text = format!("{one}---\n{one}---\n{one}");
        let options = Options {
            kind: Some(DocumentKind::KubernetesAksValues),
            ..Options::default()
        };
        let mut incremental = IncrementalCheck::new();
        assert_eq!(
            incremental.check(&text, &options),
            engine::check(&text, &options)
        );
        let first = incremental.parts[0].diagnostics.as_ptr();
        let last = incremental.parts[2].diagnostics.as_ptr();
        let edited = text.replacen("---\nmanaged", "---\n# note\nmanaged", 1);
        assert_eq!(
            incremental.check(&edited, &options),
            engine::check(&edited, &options)
        );
        // The first part was reused (its diagnostics not rebuilt), the last moved.
        assert_eq!(incremental.parts[0].diagnostics.as_ptr(), first);
        assert_eq!(incremental.parts[2].diagnostics.as_ptr(), last);
        assert_eq!(
            incremental.parts[2].range.start,
            edited.rfind("---").unwrap()
        );
        assert_eq!(incremental.parts.len(), 3);
    }
}
