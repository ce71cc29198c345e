//! `palint check`: gather inputs, check each with the core, print, and pick an exit code.

mod config;
mod inputs;

use std::process::ExitCode;

use crate::output::{self, FileReport};
use crate::CheckArgs;
use palint_core::{check, Options, Severity};

pub fn run(args: &CheckArgs) -> ExitCode {
    let mut configs = config::Configs::new(args.config.as_deref());
    if let Some(problem) = configs.explicit_error() {
        eprintln!("palint: {problem}");
        return ExitCode::from(2);
    }
    let inputs = inputs::collect(&args.paths, &args.stdin_filename);
    let mut reports = Vec::with_capacity(inputs.len());
    for input in inputs {
        let report = match input.text {
            Ok(text) => {
                let (config, relative) = configs.for_file(&input.path);
                let options = Options {
                    config,
                    path: relative.as_deref(),
                    kind: args.kind,
                };
                let diagnostics = check(&text, &options);
                FileReport {
                    path: input.display,
                    text,
                    diagnostics,
                    error: None,
                }
            }
            Err(error) => FileReport {
                path: input.display,
                text: String::new(),
                diagnostics: Vec::new(),
                error: Some(error),
            },
        };
        reports.push(report);
    }
    for problem in configs.problems() {
        eprintln!("palint: {problem}");
    }
    if let Err(status) = output::print(args.format, &reports) {
        return status;
    }

    let io_errors = reports.iter().any(|r| r.error.is_some());
    let failing =
        |s: Severity| s == Severity::Error || (args.deny_warnings && s == Severity::Warning);
    let failed = reports
        .iter()
        .flat_map(|r| &r.diagnostics)
        .any(|d| failing(d.severity));
    if io_errors {
        ExitCode::from(2)
    } else if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
