//! Test helpers for rules: run the full checker and pick out one code's findings.

use crate::kind::DocumentKind;
use crate::{check, Diagnostic, Options};

pub fn diagnostics(text: &str, kind: DocumentKind) -> Vec<Diagnostic> {
    check(
        text,
        &Options {
            kind: Some(kind),
            ..Options::default()
        },
    )
}

/// `(flagged text, 1-based line)` for each diagnostic with `code`.
pub fn findings(text: &str, kind: DocumentKind, code: &str) -> Vec<(String, usize)> {
    diagnostics(text, kind)
        .into_iter()
        .filter(|d| d.code == code)
        .map(|d| {
            (
                text[d.range.clone()].to_owned(),
                text[..d.range.start].matches('\n').count() + 1,
            )
        })
        .collect()
}

pub fn assert_clean(text: &str, kind: DocumentKind, code: &str) {
    let found = findings(text, kind, code);
    assert!(found.is_empty(), "expected no {code}, got {found:?}");
}

/// The text after applying the first fix of the first diagnostic with `code`.
pub fn apply_first_fix(text: &str, kind: DocumentKind, code: &str) -> String {
    let all = diagnostics(text, kind);
    let d = all
        .iter()
        .find(|d| d.code == code)
        .unwrap_or_else(|| panic!("no {code} in {all:?}"));
    let fix = d
        .fixes
        .first()
        .unwrap_or_else(|| panic!("{code} has no fix"));
    let mut out = text.to_owned();
    let mut edits = fix.edits.clone();
    edits.sort_by_key(|e| std::cmp::Reverse(e.range.start));
    for edit in edits {
        out.replace_range(edit.range, &edit.new_text);
    }
    out
}
