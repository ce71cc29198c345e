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

/// Prints the report; `Err` with exit status 2 when it could not be written.
pub fn print(format: Format, reports: &[FileReport]) -> Result<(), std::process::ExitCode> {
    let text = match format {
        Format::Human => human::render(reports),
        Format::Json => json::render(reports),
        Format::Sarif => sarif::render(reports),
        Format::Github => github::render(reports),
    };
    crate::stdout::write(&text)
}
