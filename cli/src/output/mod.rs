//! Output formats of `palint check`.

mod github;
mod human;
mod json;
mod sarif;

use palint_core::{Diagnostic, LineIndex, Position, PositionEncoding};

use crate::Format;

/// One checked (or unreadable) file.
pub struct FileReport {
    pub path: String,
    pub text: String,
    pub diagnostics: Vec<Diagnostic>,
    pub error: Option<String>,
    /// Where `text`'s lines start, to place the diagnostics (empty when there are none). Built
    /// with the report, on the thread that checked the file, so printing a big tree's report
    /// does not scan every text again on one thread.
    pub index: LineIndex,
}

impl FileReport {
    pub fn new(
        path: String,
        text: String,
        diagnostics: Vec<Diagnostic>,
        error: Option<String>,
    ) -> Self {
        let index = LineIndex::new(if diagnostics.is_empty() { "" } else { &text });
        FileReport {
            path,
            text,
            diagnostics,
            error,
            index,
        }
    }
}

/// A diagnostic's range as LSP-style positions (0-based lines, UTF-16 columns).
pub struct Located {
    pub start: Position,
    pub end: Position,
}

pub fn locate(text: &str, index: &LineIndex, diagnostic: &Diagnostic) -> Located {
    Located {
        start: index.position(text, diagnostic.range.start, PositionEncoding::Utf16),
        end: index.position(text, diagnostic.range.end, PositionEncoding::Utf16),
    }
}

/// Prints the report; `Err` with exit status 2 when it could not be written. `quiet`: the
/// human format prints the problems only.
pub fn print(
    format: Format,
    reports: &[FileReport],
    quiet: bool,
) -> Result<(), std::process::ExitCode> {
    let text = match format {
        Format::Human => human::render(reports, quiet),
        Format::Json => json::render(reports),
        Format::Sarif => sarif::render(reports),
        Format::Github => github::render(reports),
    };
    crate::stdout::write(&text)
}

/// `--statistics`: how often each rule fired, most frequent first.
pub fn statistics(reports: &[FileReport]) -> String {
    let mut counts: Vec<(&str, palint_core::Severity, usize)> = Vec::new();
    for d in reports.iter().flat_map(|r| &r.diagnostics) {
        match counts.iter_mut().find(|(code, ..)| *code == d.code) {
            Some(entry) => entry.2 += 1,
            None => counts.push((d.code, d.severity, 1)),
        }
    }
    counts.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(b.0)));
    let width = counts
        .iter()
        .map(|c| c.2.to_string().len())
        .max()
        .unwrap_or(1);
    let mut out = String::new();
    for (code, severity, count) in &counts {
        let level = format!("{severity:?}").to_lowercase();
        out.push_str(&format!("{count:>width$}  {code}  ({level})\n"));
    }
    let total: usize = counts.iter().map(|c| c.2).sum();
    out.push_str(&format!("{total} in all\n"));
    out
}
