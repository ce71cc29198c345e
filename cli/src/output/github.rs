//! `--format github`: GitHub Actions workflow commands that annotate the diff.

use super::{locate, FileReport};
use palint_core::Severity;

pub fn render(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for report in reports {
        if let Some(error) = &report.error {
            out.push_str(&format!(
                "::error file={},title=palint::{}\n",
                property(&report.path),
                data(error)
            ));
            continue;
        }
        let index = &report.index;
        for d in &report.diagnostics {
            let at = locate(&report.text, index, d);
            let command = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info | Severity::Hint => "notice",
            };
            out.push_str(&format!(
                "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                property(&report.path),
                at.start.line + 1,
                at.start.character + 1,
                at.end.line + 1,
                at.end.character + 1,
                property(&format!("palint {}", d.code)),
                data(&d.message),
            ));
        }
    }
    out
}

/// Escaping for the message part of a workflow command.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escaping for a property value (also `:` and `,`).
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_workflow_command_text() {
        assert_eq!(data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}
