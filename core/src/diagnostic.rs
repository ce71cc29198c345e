//! What the checker returns: diagnostics with byte spans and optional fixes.

use serde::{Deserialize, Serialize};
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
    Hint,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
            Severity::Hint => "hint",
        }
    }

    pub fn parse(text: &str) -> Option<Severity> {
        match text.trim().to_ascii_lowercase().as_str() {
            "error" => Some(Severity::Error),
            "warning" | "warn" => Some(Severity::Warning),
            "info" | "information" => Some(Severity::Info),
            "hint" => Some(Severity::Hint),
            _ => None,
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Replace `range` (bytes) with `new_text`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextEdit {
    pub range: Range<usize>,
    pub new_text: String,
}

/// A change that resolves a diagnostic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fix {
    /// Imperative, e.g. "Replace `standard` with `Standard`".
    pub title: String,
    pub edits: Vec<TextEdit>,
    /// Safe to apply without review: `palint check --fix` applies it, and editors offer it as
    /// the preferred fix ("fix all"). A fix is safe when it writes what the rule is certain of
    /// (a value's right letter case, the current name of a renamed value, a value without its
    /// quotes); a guess (the closest known name to a misspelling, a narrower CIDR) is not, and
    /// `--unsafe-fixes` opts in to it.
    pub preferred: bool,
}

/// A diagnostic code with its default severity: what a checking stage needs to report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Code {
    pub name: &'static str,
    pub severity: Severity,
}

impl Code {
    pub fn diagnostic(self, range: Range<usize>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            code: self.name,
            severity: self.severity,
            message: message.into(),
            range,
            fixes: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    /// Stable rule code, e.g. `reserved-tag`.
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    /// Byte range in the checked text.
    pub range: Range<usize>,
    pub fixes: Vec<Fix>,
}

impl Diagnostic {
    pub fn with_fix(
        mut self,
        title: impl Into<String>,
        range: Range<usize>,
        new_text: impl Into<String>,
    ) -> Self {
        self.fixes.push(Fix {
            title: title.into(),
            edits: vec![TextEdit {
                range,
                new_text: new_text.into(),
            }],
            preferred: self.fixes.is_empty(),
        });
        self
    }

    /// A fix that is a guess: offered in editors, applied by `--fix` only with `--unsafe-fixes`.
    pub fn with_unsafe_fix(
        mut self,
        title: impl Into<String>,
        range: Range<usize>,
        new_text: impl Into<String>,
    ) -> Self {
        self = self.with_fix(title, range, new_text);
        if let Some(fix) = self.fixes.last_mut() {
            fix.preferred = false;
        }
        self
    }

    /// The closest allowed value for `written`: safe when it differs only in letter case (or
    /// surrounding spaces), a guess otherwise.
    pub fn with_suggestion(
        self,
        title: impl Into<String>,
        range: Range<usize>,
        suggestion: &str,
        written: &str,
    ) -> Self {
        if suggestion.eq_ignore_ascii_case(written.trim()) {
            self.with_fix(title, range, suggestion)
        } else {
            self.with_unsafe_fix(title, range, suggestion)
        }
    }
}
