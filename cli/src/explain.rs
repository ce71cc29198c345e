//! `palint explain`: a rule's documentation.

use palint_core::rules::{self, RULES};
use std::fmt::Write;
use std::process::ExitCode;

pub fn run(code: Option<&str>, list: bool) -> ExitCode {
    match (code, list) {
        (Some(code), false) => explain(code),
        (None, _) | (_, true) => {
            let mut out = String::new();
            for rule in RULES {
                let _ = writeln!(
                    out,
                    "{:<24} {:<8} {}",
                    rule.code,
                    rule.severity.as_str(),
                    rule.summary
                );
            }
            print(&out)
        }
    }
}

fn explain(code: &str) -> ExitCode {
    let Some(rule) = rules::find(code) else {
        let close = RULES
            .iter()
            .map(|r| r.code)
            .min_by_key(|c| strsim_distance(code, c));
        eprintln!("palint: no rule `{code}`");
        if let Some(close) = close.filter(|c| strsim_distance(code, c) <= 3) {
            eprintln!("did you mean `{close}`?");
        }
        eprintln!("run `palint explain --list` to see every rule");
        return ExitCode::from(2);
    };
    let kinds: Vec<&str> = rule.kinds.iter().map(|k| k.name()).collect();
    let mut out = String::new();
    let _ = writeln!(out, "{} ({} by default)\n", rule.code, rule.severity);
    let _ = writeln!(out, "{}\n", rule.summary);
    let _ = writeln!(out, "{}\n", wrap(rule.explanation, 88));
    let _ = writeln!(out, "Applies to: {}", kinds.join(", "));
    let _ = writeln!(out, "Source: {}", rule.source);
    let _ = writeln!(out, "\nChange its level in .palint.yaml (`rules: {{{}: warning}}`) or silence one line with\n`# palint-disable-next-line {}`.", rule.code, rule.code);
    print(&out)
}

/// Success, unless the text could not be written (a closed pipe is fine).
fn print(text: &str) -> ExitCode {
    match crate::stdout::write(text) {
        Ok(()) => ExitCode::SUCCESS,
        Err(status) => status,
    }
}

fn strsim_distance(a: &str, b: &str) -> usize {
    strsim::levenshtein(a, b)
}

fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line_len = 0;
    for word in text.split_whitespace() {
        if line_len > 0 && line_len + 1 + word.len() > width {
            out.push('\n');
            line_len = 0;
        } else if line_len > 0 {
            out.push(' ');
            line_len += 1;
        }
        out.push_str(word);
        line_len += word.len();
    }
    out
}
