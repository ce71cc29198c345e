//! `palint check`: gather inputs, check each with the core, print, and pick an exit code.

mod fixing;
mod inputs;
mod modules;
mod values_files;

use std::path::Path;
use std::process::ExitCode;

use crate::output::{self, FileReport};
use crate::CheckArgs;
use palint_core::{check, Options, Settings, Severity};
use rayon::prelude::*;

pub fn run(args: &CheckArgs) -> ExitCode {
    let mut settings = match Settings::new(args.config.as_deref()) {
        Ok(settings) => settings,
        Err(problem) => {
            eprintln!("palint: {problem}");
            return ExitCode::from(2);
        }
    };
    match command_line_rules(args) {
        // Over every config file, as an editor's settings are.
        Ok(Some(overlay)) => settings.set_editor(overlay, std::env::current_dir().ok().as_deref()),
        Ok(None) => {}
        Err(problem) => {
            eprintln!("palint: {problem}");
            return ExitCode::from(2);
        }
    }
    let mut inputs = inputs::collect(&args.paths, &args.stdin_filename, args.no_ignore);
    let referenced = values_files::resolve(&mut inputs);
    let mut modules = modules::Modules::default();
    // Settings are found in order (they are cached per folder); files are read and checked
    // on all cores, and reported in input order.
    let jobs: Vec<_> = inputs
        .into_iter()
        .map(|input| {
            let file = settings.for_file(&input.path);
            let forced = values_files::forced_kind(&referenced, &input.path);
            let module = modules.for_file(&input.path);
            (input, file, forced, module)
        })
        .collect();
    let fixing = args.fix || args.diff;
    if args.fix && jobs.iter().any(|(input, ..)| input.stdin.is_some()) {
        eprintln!("palint: --fix writes files; standard input has none to write (use --diff)");
        return ExitCode::from(2);
    }
    let results: Vec<(FileReport, Option<fixing::FixOutcome>)> = jobs
        .into_par_iter()
        .map(|(input, file, forced, module)| match input.read() {
            Ok(text) => {
                let options = Options {
                    kind: args.kind.or(forced),
                    terraform_module: module.as_deref(),
                    ..file.options()
                };
                if !fixing {
                    let diagnostics = check(&text, &options);
                    let report = FileReport::new(input.display, text, diagnostics, None);
                    return (report, None);
                }
                let fixed = palint_core::fix::fix_text(&text, &options, args.unsafe_fixes);
                let outcome = fixing::FixOutcome {
                    path: input.path.clone(),
                    display: input.display.clone(),
                    original: text,
                    fixed: fixed.text.clone(),
                    applied: fixed.applied,
                };
                let report = FileReport::new(input.display, fixed.text, fixed.remaining, None);
                (report, Some(outcome))
            }
            Err(error) => {
                let report = FileReport::new(input.display, String::new(), Vec::new(), Some(error));
                (report, None)
            }
        })
        .collect();
    let (reports, outcomes): (Vec<FileReport>, Vec<_>) = results.into_iter().unzip();
    let outcomes: Vec<fixing::FixOutcome> = outcomes.into_iter().flatten().collect();
    if args.diff {
        return show_diffs(&outcomes, &reports);
    }
    let mut write_failed = false;
    if args.fix {
        let (mut fixes, mut files) = (0, 0);
        for outcome in outcomes.iter().filter(|o| o.changed()) {
            match outcome.write() {
                Ok(()) => {
                    fixes += outcome.applied;
                    files += 1;
                }
                Err(problem) => {
                    eprintln!("palint: {problem}");
                    write_failed = true;
                }
            }
        }
        let fixes_word = if fixes == 1 { "fix" } else { "fixes" };
        let files_word = if files == 1 { "file" } else { "files" };
        eprintln!("palint: applied {fixes} {fixes_word} in {files} {files_word}");
    }
    // A config file's problems are reported like any file's, before the files it applies to.
    let config_reports = settings
        .config_files()
        .into_iter()
        .filter(|file| !file.diagnostics.is_empty())
        .map(|file| {
            FileReport::new(
                shown(&file.path),
                file.text.clone(),
                file.diagnostics.clone(),
                None,
            )
        });
    let reports: Vec<FileReport> = config_reports.chain(reports).collect();
    // Files that could not be read are the user's to fix, not findings: named on stderr.
    let mut unreadable = 0;
    for report in &reports {
        if let Some(error) = &report.error {
            eprintln!("palint: {}: {error}", report.path);
            unreadable += 1;
        }
    }
    if unreadable > 1 {
        eprintln!("palint: {unreadable} files could not be read");
    }
    let printed = if args.statistics {
        crate::stdout::write(&output::statistics(&reports))
    } else {
        output::print(args.format, &reports, args.quiet)
    };
    if let Err(status) = printed {
        return status;
    }

    let io_errors = write_failed || reports.iter().any(|r| r.error.is_some());
    let failing =
        |s: Severity| s == Severity::Error || (args.deny_warnings && s == Severity::Warning);
    let failed = reports
        .iter()
        .flat_map(|r| &r.diagnostics)
        .any(|d| failing(d.severity));
    // The process ends next: freeing every file's text one by one (tens of MB on a big tree)
    // would be work on this one thread that the system does at once when the process exits.
    std::mem::forget(reports);
    if io_errors {
        ExitCode::from(2)
    } else if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// A config file's path as reported: relative to the current folder when it is inside it.
fn shown(path: &Path) -> String {
    let relative = std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(cwd).ok().map(Path::to_path_buf));
    relative
        .as_deref()
        .unwrap_or(path)
        .to_string_lossy()
        .into_owned()
}

/// The rule levels `--select`, `--ignore` and `--rule` set, if any.
fn command_line_rules(args: &CheckArgs) -> Result<Option<palint_core::Config>, String> {
    if args.select.is_empty() && args.ignore.is_empty() && args.rules.is_empty() {
        return Ok(None);
    }
    let mut overlay = palint_core::Config::default();
    for code in &args.select {
        palint_core::rules::find(code).ok_or_else(|| {
            format!("--select: unknown rule `{code}` (see `palint explain --list`)")
        })?;
    }
    if !args.select.is_empty() {
        for rule in palint_core::rules::RULES {
            if !args.select.iter().any(|c| c == rule.code) {
                overlay.set_rule(rule.code, "off")?;
            }
        }
    }
    for code in &args.ignore {
        overlay
            .set_rule(code, "off")
            .map_err(|e| format!("--ignore: {e}"))?;
    }
    for setting in &args.rules {
        let (code, level) = setting
            .split_once('=')
            .ok_or_else(|| format!("--rule `{setting}`: write CODE=LEVEL, e.g. tag-format=off"))?;
        overlay
            .set_rule(code.trim(), level.trim())
            .map_err(|e| format!("--rule: {e}"))?;
    }
    Ok(Some(overlay))
}

/// `--diff`: the fixes as unified diffs on stdout, nothing written. Exit status 1 when there
/// is something to fix, 2 when a file could not be read.
fn show_diffs(outcomes: &[fixing::FixOutcome], reports: &[FileReport]) -> ExitCode {
    for report in reports {
        if let Some(error) = &report.error {
            eprintln!("palint: {}: {error}", report.path);
        }
    }
    let diffs: String = outcomes
        .iter()
        .filter(|o| o.changed())
        .map(fixing::FixOutcome::diff)
        .collect();
    if let Err(status) = crate::stdout::write(&diffs) {
        return status;
    }
    let fixes: usize = outcomes.iter().map(|o| o.applied).sum();
    eprintln!("palint: {fixes} fix(es) would be applied (--fix writes them)");
    if reports.iter().any(|r| r.error.is_some()) {
        ExitCode::from(2)
    } else if diffs.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
