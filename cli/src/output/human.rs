//! Human output: rustc-style snippets with carets; colour only on a terminal without NO_COLOR.

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use std::io::IsTerminal;

use super::FileReport;
use palint_core::{Diagnostic, LineIndex, PositionEncoding, Severity};

pub fn render(reports: &[FileReport], quiet: bool) -> String {
    let colour = std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    render_with(reports, colour, quiet)
}

/// Unreadable files are left out: they are named on stderr.
pub fn render_with(reports: &[FileReport], colour: bool, quiet: bool) -> String {
    let renderer = if colour {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
    .decor_style(DecorStyle::Unicode);
    let mut out = String::new();
    let (mut errors, mut warnings, mut others, mut unreadable) = (0, 0, 0, 0);
    for report in reports {
        if report.error.is_some() {
            unreadable += 1;
            continue;
        }
        let index = &report.index;
        for d in &report.diagnostics {
            match d.severity {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
                _ => others += 1,
            }
            out.push_str(&renderer.render(&snippet(report, index, d)).to_string());
            out.push_str("\n\n");
        }
    }
    if quiet {
        return out;
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
    out
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// How far a snippet reaches beyond its span on a long line (bytes, about).
const CONTEXT: usize = 60;

/// One report group: only the lines the diagnostic covers are handed to the renderer, and of a
/// long line only the part around the span, so each diagnostic costs about the size of its
/// span, not of its line (many diagnostics on one long line stay linear).
fn snippet<'a>(report: &'a FileReport, index: &LineIndex, d: &'a Diagnostic) -> Vec<Group<'a>> {
    let text = report.text.as_str();
    let span_start = d.range.start.min(text.len());
    let span_end = d.range.end.clamp(span_start, text.len());
    let first_line = index.line_of(span_start);
    let last_line = index.line_of(span_end);
    let line_start = index.line_start(first_line);
    let line_end = index.line_end(text, last_line).max(span_end);
    let start = if span_start - line_start > 2 * CONTEXT {
        floor_boundary(text, span_start - CONTEXT)
    } else {
        line_start
    };
    let end = if line_end - span_end > 2 * CONTEXT {
        ceil_boundary(text, span_end + CONTEXT)
    } else {
        line_end
    };
    // Cut at the start, the renderer would count the column in the cut line.
    let cut_before = start != line_start;
    let (prefix, suffix) = (
        if start != line_start { "…" } else { "" },
        if end != line_end { "…" } else { "" },
    );
    // The renderer breaks lines at `\n` only: a lone `\r` (a line break in YAML and LSP)
    // becomes `\n`, which keeps every byte offset.
    let mut source = format!("{prefix}{}{suffix}", &text[start..end]);
    if source.contains('\r') {
        source = one_line_break_kind(&source);
    }
    let span = prefix.len() + span_start - start..prefix.len() + span_end - start;
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
        Severity::Hint => Level::NOTE,
    };
    let mut snippet = Snippet::source(source)
        .line_start(first_line + 1)
        .annotation(AnnotationKind::Primary.span(span));
    let mut group = Group::with_title(level.primary_title(d.message.as_str()).id(d.code));
    if cut_before {
        // Give the renderer the real line and column.
        let at = index.position(text, span_start, PositionEncoding::Utf16);
        group = group.element(
            Origin::path(report.path.as_str())
                .line(at.line as usize + 1)
                .char_column(at.character as usize + 1),
        );
    } else {
        snippet = snippet.path(report.path.as_str());
    }
    let mut groups = vec![group.element(snippet)];
    if let Some(fix) = d.fixes.first() {
        groups.push(Group::with_title(
            Level::HELP.secondary_title(fix.title.as_str()),
        ));
    }
    groups
}

/// `text` with every lone `\r` turned into `\n` (same length, same offsets).
fn one_line_break_kind(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    for (i, &b) in bytes.iter().enumerate() {
        out.push(if b == b'\r' && bytes.get(i + 1) != Some(&b'\n') {
            b'\n'
        } else {
            b
        });
    }
    String::from_utf8(out).expect("ASCII replaced by ASCII")
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}
