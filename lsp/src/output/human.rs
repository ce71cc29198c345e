//! Human output: rustc-style snippets with carets; colour only on a terminal without NO_COLOR.

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use std::io::IsTerminal;

use super::FileReport;
use palint_core::{Diagnostic, LineIndex, Severity};

pub fn render(reports: &[FileReport]) -> String {
    let colour = std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    render_with(reports, colour)
}

pub fn render_with(reports: &[FileReport], colour: bool) -> String {
    let renderer = if colour {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
    .decor_style(DecorStyle::Unicode);
    let mut out = String::new();
    let (mut errors, mut warnings, mut others, mut unreadable) = (0, 0, 0, 0);
    for report in reports {
        if let Some(error) = &report.error {
            unreadable += 1;
            out.push_str(&format!("error: {}: {error}\n\n", report.path));
            continue;
        }
        let index = LineIndex::new(&report.text);
        for d in &report.diagnostics {
            match d.severity {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
                _ => others += 1,
            }
            out.push_str(&renderer.render(&snippet(report, &index, d)).to_string());
            out.push_str("\n\n");
        }
    }
    let checked = reports.len() - unreadable;
    let files = plural(checked, "file");
    if errors + warnings + others == 0 {
        out.push_str(&format!("No problems found in {files}.\n"));
    } else {
        let mut parts = vec![plural(errors, "error"), plural(warnings, "warning")];
        if others > 0 {
            parts.push(plural(others, "note"));
        }
        out.push_str(&format!("Found {} in {files}.\n", parts.join(", ")));
    }
    if unreadable > 0 {
        out.push_str(&format!(
            "{} could not be read.\n",
            plural(unreadable, "file")
        ));
    }
    out
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// One report group: only the lines the diagnostic covers are handed to the renderer.
fn snippet<'a>(report: &'a FileReport, index: &LineIndex, d: &'a Diagnostic) -> Vec<Group<'a>> {
    let text = report.text.as_str();
    let first_line = index.line_of(d.range.start);
    let last_line = index.line_of(d.range.end.max(d.range.start));
    let start = index.line_start(first_line);
    let end = index
        .line_end(text, last_line)
        .max(d.range.end.min(text.len()));
    let source = &text[start..end];
    let span = d.range.start - start..d.range.end.min(end) - start;
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
        Severity::Hint => Level::NOTE,
    };
    let mut groups = vec![level.primary_title(d.message.as_str()).id(d.code).element(
        Snippet::source(source)
            .line_start(first_line + 1)
            .path(report.path.as_str())
            .annotation(AnnotationKind::Primary.span(span)),
    )];
    if let Some(fix) = d.fixes.first() {
        groups.push(Group::with_title(
            Level::HELP.secondary_title(fix.title.as_str()),
        ));
    }
    groups
}
