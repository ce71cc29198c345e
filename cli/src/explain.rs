//! `palint explain`: a rule's documentation.

use palint_core::explain as docs;
use palint_core::rules::{self, RULES};
use palint_core::suggest::closest;
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
        eprintln!("palint: no rule `{code}`");
        if let Some(close) = closest(code, RULES.iter().map(|r| r.code)) {
            eprintln!("did you mean `{close}`?");
        }
        eprintln!("run `palint explain --list` to see every rule");
        return ExitCode::from(2);
    };
    print(&docs::text(rule, 88))
}

/// Success, unless the text could not be written (a closed pipe is fine).
fn print(text: &str) -> ExitCode {
    match crate::stdout::write(text) {
        Ok(()) => ExitCode::SUCCESS,
        Err(status) => status,
    }
}
