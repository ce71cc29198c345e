//! The "disable this rule for this line" fix: a suppression comment above the line.

use crate::diagnostic::{Diagnostic, Fix, TextEdit};

/// A fix that inserts `# palint-disable-next-line <code>` above the diagnostic's line, with
/// the line's indentation (so it is also a valid comment inside an embedded block).
pub fn disable_fix(text: &str, diagnostic: &Diagnostic) -> Fix {
    let start = diagnostic.range.start.min(text.len());
    let line_start = crate::line_index::line_start_at(text, start);
    let line = &text[line_start..];
    let indent: String = line
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    let newline = crate::line_index::line_break_of(text);
    Fix {
        title: format!("Disable `{}` for this line", diagnostic.code),
        edits: vec![TextEdit {
            range: line_start..line_start,
            new_text: format!(
                "{indent}# palint-disable-next-line {}{newline}",
                diagnostic.code
            ),
        }],
        preferred: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{check, Options};

    #[test]
    fn inserted_comment_silences_the_diagnostic() {
        let text = "managedControlPlane:\n  sku: Premium\n";
        let diagnostics = check(text, &Options::default());
        let fix = disable_fix(text, &diagnostics[0]);
        let mut fixed = text.to_owned();
        fixed.insert_str(fix.edits[0].range.start, &fix.edits[0].new_text);
        assert_eq!(
            fixed,
            "managedControlPlane:\n  # palint-disable-next-line invalid-sku\n  sku: Premium\n"
        );
        assert!(check(&fixed, &Options::default()).is_empty());
    }
}
