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

/// What an edit left of the previous text: its first `start` bytes are the new text's first
/// bytes, and its last `end` bytes the new text's last. The two never overlap, in either text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unchanged {
    pub start: usize,
    pub end: usize,
}

impl Unchanged {
    /// Nothing is known to be the same.
    pub const NOTHING: Unchanged = Unchanged { start: 0, end: 0 };
}

/// The edits made to a text since its last check, kept as what they left unchanged, so that
/// the next check need not compare the texts (a client that sends ranged edits already says
/// where they are).
#[derive(Clone, Copy, Debug, Default)]
pub struct EditsSinceCheck {
    /// `None` while nothing was edited.
    unchanged: Option<Unchanged>,
}

impl EditsSinceCheck {
    /// Records an edit that replaced `range` of the text, which was `len` bytes long before it.
    pub fn record(&mut self, range: Range<usize>, len: usize) {
        // Bytes before the first edit's start and after the last one's end (counted from the
        // end, which no edit moves) are the checked text's; the rest may not be.
        let after = len.saturating_sub(range.end);
        self.unchanged = Some(match self.unchanged {
            None => Unchanged {
                start: range.start,
                end: after,
            },
            Some(u) => Unchanged {
                start: u.start.min(range.start),
                end: u.end.min(after),
            },
        });
    }

    /// What is unchanged of the checked text in the current one, `len` bytes long; then starts
    /// over (the caller checks the current text).
    pub fn take(&mut self, len: usize) -> Unchanged {
        self.unchanged
            .take()
            .unwrap_or(Unchanged { start: len, end: 0 })
    }
}

/// The previous check of one text, ready to check the next version of it.
#[derive(Debug, Default)]
pub struct IncrementalCheck {
    /// The previous text, when [`IncrementalCheck::check`] must compare the next one with it
    /// (always kept in debug builds, to test what callers of `check_edited` say).
    text: Option<String>,
    text_len: usize,
    /// Where the parts of `text` start after the first (see [`cuts`]), when it was split.
    cuts: Option<Vec<usize>>,
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
    /// The part has a suppression comment's marker (see `comments::mentions_suppression`).
    mentions_suppression: bool,
}

impl IncrementalCheck {
    pub fn new() -> IncrementalCheck {
        IncrementalCheck::default()
    }

    /// Checks `text`, reusing what is unchanged since the previous call; the result equals
    /// [`crate::check`]`(text, options)`.
    pub fn check(&mut self, text: &str, options: &Options) -> Vec<Diagnostic> {
        let unchanged = match &self.text {
            Some(old) => common_ends(old.as_bytes(), text.as_bytes()),
            None => Unchanged::NOTHING,
        };
        let diagnostics = self.check_unchanged(text, options, unchanged);
        self.keep_text(text);
        diagnostics
    }

    /// [`IncrementalCheck::check`] when the caller knows what is `unchanged` of the text of the
    /// previous call (from the edits it applied, see [`EditsSinceCheck`]): the texts are not
    /// compared, and no copy of `text` is kept. What it says must be true (debug builds check).
    pub fn check_edited(
        &mut self,
        text: &str,
        options: &Options,
        unchanged: Unchanged,
    ) -> Vec<Diagnostic> {
        let fits = unchanged.start + unchanged.end <= self.text_len.min(text.len());
        let unchanged = if fits { unchanged } else { Unchanged::NOTHING };
        #[cfg(debug_assertions)]
        if let Some(old) = &self.text {
            let (old, new) = (old.as_bytes(), text.as_bytes());
            let Unchanged { start, end } = unchanged;
            assert!(
                old[..start] == new[..start] && old[old.len() - end..] == new[new.len() - end..],
                "check_edited: {unchanged:?} is not unchanged"
            );
        }
        let diagnostics = self.check_unchanged(text, options, unchanged);
        if cfg!(debug_assertions) {
            self.keep_text(text);
        } else {
            self.text = None;
        }
        diagnostics
    }

    fn keep_text(&mut self, text: &str) {
        let kept = self.text.get_or_insert_with(String::new);
        kept.clear();
        kept.push_str(text);
    }

    fn check_unchanged(
        &mut self,
        text: &str,
        options: &Options,
        unchanged: Unchanged,
    ) -> Vec<Diagnostic> {
        let forced = forced_kind(options);
        let whole_only = options.path.is_some_and(kind::is_terraform_path);
        let old_len = self.text_len;
        self.text_len = text.len();
        let cuts = match (&self.cuts, whole_only) {
            (_, true) => None,
            (Some(old_cuts), false) => cuts_after_edit(old_len, old_cuts, text, unchanged),
            (None, false) => cuts(text),
        };
        let Some(cuts) = cuts else {
            self.clear();
            self.text_len = text.len();
            return engine::check(text, options);
        };
        let ranges = ranges(&cuts, text.len());
        if self.forced != Some(forced) {
            self.parts.clear();
        }
        let parts = self.reuse_or_check(text, old_len, unchanged, &ranges, forced);
        let mut alias_expansion = 0;
        for part in &parts {
            alias_expansion += part.alias_expansion;
        }
        let near_limit = ALIAS_EXPANSION_BUDGET_PER_TEXT - ALIAS_EXPANSION_PER_DOCUMENT;
        let whole_needed = alias_expansion > near_limit || parts.iter().any(|p| p.open_action);
        self.cuts = Some(cuts);
        self.forced = Some(forced);
        if whole_needed {
            // The parts stay valid for the next version; only their sum is not the answer.
            self.parts = parts;
            return engine::check(text, options);
        }
        let mut diagnostics = Vec::with_capacity(parts.iter().map(|p| p.diagnostics.len()).sum());
        for part in &parts {
            let shift = part.range.start;
            diagnostics.extend(part.diagnostics.iter().map(|d| shifted(d, shift)));
        }
        let may_suppress = parts.iter().any(|p| p.mentions_suppression);
        self.parts = parts;
        engine::finish(text, diagnostics, options, may_suppress)
    }

    /// Forgets the previous check (its text and results).
    pub fn clear(&mut self) {
        self.text = None;
        self.text_len = 0;
        self.cuts = None;
        self.forced = None;
        self.parts = Vec::new();
    }

    fn reuse_or_check(
        &mut self,
        text: &str,
        old_len: usize,
        unchanged: Unchanged,
        ranges: &[Range<usize>],
        forced: Option<(Option<DocumentKind>, KindSource)>,
    ) -> Vec<CheckedPart> {
        // The old parts in order: where the same text was in the old version only grows from
        // one range to the next, so they are passed over once (those not reused are dropped).
        let mut old_parts = std::mem::take(&mut self.parts).into_iter().peekable();
        let Unchanged {
            start: same_start,
            end: same_end,
        } = unchanged;
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
                while old_parts.next_if(|p| p.range.start < old_start).is_some() {}
                let part = old_parts.peek().filter(|p| p.range.start == old_start)?;
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
                    .then(|| old_parts.next().map(|p| (p, taken)))
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
        let mut diagnostics = check_text(
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
        // In the order `engine::finish` sorts the whole text's diagnostics in (a stable
        // sort, so this changes nothing there): the parts then join into runs that are
        // already in order, which that sort goes through in one pass instead of sorting
        // thousands of diagnostics again on every keystroke.
        engine::sort_diagnostics(&mut diagnostics);
        let checked = CheckedPart {
            range,
            first_line,
            line_breaks: crate::line_index::line_breaks(part),
            diagnostics,
            alias_expansion: ALIAS_EXPANSION_BUDGET_PER_TEXT - alias_budget.get(),
            uses_line_numbers: uses_line_numbers.get(),
            open_action: has_open_action(part),
            mentions_suppression: crate::syntax::comments::mentions_suppression(part),
        };
        return (checked, taken);
    }
}

/// The parts of `text`, each from a `---` line to the next; `None` when a line starts with
/// `%` (a directive belongs to the next document, across the cut).
#[cfg(test)]
fn split(text: &str) -> Option<Vec<Range<usize>>> {
    cuts(text).map(|cuts| ranges(&cuts, text.len()))
}

/// Where the parts after the first start: every `---` line (`---` at the start of a line,
/// then a space, a tab, a line break or the end); `None` when a line starts with `%`.
fn cuts(text: &str) -> Option<Vec<usize>> {
    if text.starts_with('%') || text.contains("\n%") {
        return None;
    }
    Some(
        text.match_indices("\n---")
            .map(|(at, _)| at + 1)
            .filter(|&line| is_marker(text.as_bytes(), line))
            .collect(),
    )
}

/// True when a `---` line starts at `line` (after a line break).
fn is_marker(bytes: &[u8], line: usize) -> bool {
    line > 0
        && bytes[line - 1] == b'\n'
        && bytes[line..].starts_with(b"---")
        && bytes
            .get(line + 3)
            .is_none_or(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
}

/// [`cuts`] of `new`, from `old_cuts` of the previous text (`old_len` bytes, of which
/// `unchanged` is still there): only where the two texts differ is `new` read again (a marker
/// is decided by the line break before it and the four bytes from its start).
fn cuts_after_edit(
    old_len: usize,
    old_cuts: &[usize],
    new: &str,
    unchanged: Unchanged,
) -> Option<Vec<usize>> {
    let bytes = new.as_bytes();
    let Unchanged {
        start: same_start,
        end: same_end,
    } = unchanged;
    let changed_end = new.len() - same_end;
    if changed_end - same_start > 1 << 16 {
        // Most of the text is new: one search over all of it is faster.
        return cuts(new);
    }
    // A directive: a `%` after a line break (or at the start) that was not there before.
    let percent_at_line_start = |i: usize| bytes[i] == b'%' && (i == 0 || bytes[i - 1] == b'\n');
    if (same_start..(changed_end + 1).min(new.len())).any(percent_at_line_start) {
        return None;
    }
    // Markers wholly inside the common start: their line break, `---` and the byte after.
    let mut cuts: Vec<usize> = old_cuts
        .iter()
        .copied()
        .take_while(|&line| line + 4 <= same_start)
        .collect();
    // The changed window: lines that start from 3 bytes before it to its end (inclusive).
    let first = same_start
        .saturating_sub(3)
        .max(cuts.last().map_or(1, |&c| c + 1));
    let last = changed_end.min(new.len());
    cuts.extend((first..=last).filter(|&line| line < new.len() && is_marker(bytes, line)));
    // Markers wholly inside the common end (their line break there too), moved.
    let old_tail_start = old_len - same_end;
    let after_window = old_cuts
        .iter()
        .copied()
        .filter(|&line| line > old_tail_start)
        .map(|line| line + new.len() - old_len)
        .filter(|&line| line > last);
    cuts.extend(after_window);
    Some(cuts)
}

/// The parts of a text of `len` bytes cut at `cuts`.
fn ranges(cuts: &[usize], len: usize) -> Vec<Range<usize>> {
    let mut ranges = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for &cut in cuts {
        ranges.push(start..cut);
        start = cut;
    }
    ranges.push(start..len);
    ranges
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

/// The longest common start of `old` and `new`, and the longest common end that does not
/// overlap it in either, in bytes (they may cut a character).
pub fn common_ends(old: &[u8], new: &[u8]) -> Unchanged {
    let start = common_prefix(old, new);
    let end = common_suffix(old, new, old.len().min(new.len()) - start);
    Unchanged { start, end }
}

/// Chunk sizes for comparing texts: large ones first (one `memcmp` call per 4 KB over the
/// unchanged megabyte), then smaller ones near the difference.
const CHUNKS: [usize; 3] = [4096, 64, 1];

fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let max = a.len().min(b.len());
    let mut n = 0;
    for chunk in CHUNKS {
        while n + chunk <= max && a[n..n + chunk] == b[n..n + chunk] {
            n += chunk;
        }
    }
    n
}

/// The length of the common end of `a` and `b`, at most `max`.
fn common_suffix(a: &[u8], b: &[u8], max: usize) -> usize {
    let (la, lb) = (a.len(), b.len());
    let mut n = 0;
    for chunk in CHUNKS {
        while n + chunk <= max && a[la - n - chunk..la - n] == b[lb - n - chunk..lb - n] {
            n += chunk;
        }
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

    fn cuts_after_text_edit(old: &str, old_cuts: &[usize], new: &str) -> Option<Vec<usize>> {
        cuts_after_edit(
            old.len(),
            old_cuts,
            new,
            common_ends(old.as_bytes(), new.as_bytes()),
        )
    }

    /// The cuts found from the previous text's equal those found afresh, edit after edit.
    #[test]
    fn cuts_after_random_edits_equal_fresh_cuts() {
        let pieces = [
            "---", "\n", "\r\n", "-", " ", "\t", "a: 1", "%", "é", "\n---\n", "--- x\n", "\r",
        ];
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        // Edits at each byte that decides a marker.
        let cases = [
            ("a\n---\nb", "a\n--- b"),
            ("a\n---x\nb", "a\n--- \nb"),
            ("a\n---\nb", "a\n---"),
            ("a\n--\nb", "a\n---\nb"),
            ("a\n---\nb", "a\n--\nb"),
            ("a---\nb", "a\n---\nb"),
            ("a\n---\nb", "a---\nb"),
            ("---\n", "x\n---\n"),
            ("a\n---", "a\n---\n"),
        ];
        for (old, new) in cases {
            let old_cuts = cuts(old).unwrap();
            assert_eq!(
                cuts_after_text_edit(old, &old_cuts, new),
                cuts(new),
                "{old:?} -> {new:?}"
            );
        }
        let mut text = String::from("a: 1\n---\nb: 2\n--- \nc: 3\n---\n");
        let mut previous = cuts(&text);
        for _ in 0..20_000 {
            let boundaries: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            let mut start = boundaries[next(boundaries.len())];
            let mut end = boundaries[next(boundaries.len())];
            if start > end {
                std::mem::swap(&mut start, &mut end);
            }
            // Often right around a `---`, where a marker is decided.
            let dashes: Vec<usize> = text.match_indices("---").map(|(at, _)| at).collect();
            if !dashes.is_empty() && next(2) == 0 {
                start = text
                    .floor_char_boundary((dashes[next(dashes.len())] + next(6)).min(text.len()));
                end = text.floor_char_boundary((start + next(3)).min(text.len()));
            }
            if end - start > 8 {
                end = text.floor_char_boundary(start + 8);
            }
            let mut inserted = String::new();
            for _ in 0..next(3) {
                inserted.push_str(pieces[next(pieces.len())]);
            }
            let mut edited = text.clone();
            edited.replace_range(start..end, &inserted);
            let fresh = cuts(&edited);
            if let Some(old_cuts) = &previous {
                assert_eq!(
                    cuts_after_text_edit(&text, old_cuts, &edited),
                    fresh,
                    "{text:?} -> {edited:?}"
                );
            }
            // Keep texts short, and directives rare, so that edits keep hitting markers.
            if edited.len() > 400 || (fresh.is_none() && next(4) > 0) {
                edited = String::from("a: 1\n---\nb: 2\n");
            }
            previous = cuts(&edited);
            text = edited;
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
