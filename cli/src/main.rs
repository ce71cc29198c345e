//! `palint`: checks Palette Azure/AKS cluster profiles from the command line.

mod check;
mod explain;
mod init;
mod output;
mod schema;
mod stdout;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "palint",
    version,
    about = "Validation for Spectro Cloud Palette Azure/AKS cluster profiles"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check files, folders (recursively, *.yaml, *.yml and *.tf; respecting .gitignore) or standard input (`-`).
    Check(CheckArgs),
    /// Explain a rule: what it checks, why, and where the fact comes from.
    Explain {
        /// The rule code, e.g. `reserved-tag`.
        code: Option<String>,
        /// List every rule.
        #[arg(long)]
        list: bool,
    },
    /// Write a commented `.palint.yaml` in the current folder (or the one given).
    Init {
        /// The folder to write it in.
        #[arg(default_value = ".")]
        folder: PathBuf,
    },
    /// Print a kind's JSON Schema (with a stable `$id`); without a kind, list the kinds.
    Schema {
        /// The kind, e.g. `kubernetes-aks-values`.
        kind: Option<String>,
    },
    /// Print a shell completion script: `palint completions bash > /etc/bash_completion.d/palint`.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Run the language server over standard input/output (for editors).
    Lsp {
        /// Accepted for compatibility with editors that pass it; stdio is the only transport.
        #[arg(long)]
        stdio: bool,
    },
}

#[derive(clap::Args)]
pub struct CheckArgs {
    /// Files or folders to check; `-` reads standard input. Defaults to the current folder.
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Exit with status 1 when there are warnings too.
    #[arg(long)]
    pub deny_warnings: bool,
    /// Check every document as this kind instead of detecting it.
    #[arg(long, value_parser = parse_kind)]
    pub kind: Option<palint_core::DocumentKind>,
    /// Use this config file instead of looking for `.palint.yaml`.
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Walk folders without skipping what `.gitignore`/`.ignore` files, hidden folders,
    /// `node_modules` and `target` hold.
    #[arg(long)]
    pub no_ignore: bool,
    /// The path to report (and match kind globs against) for standard input.
    #[arg(long, default_value = "<stdin>")]
    pub stdin_filename: String,
    /// Report only these rules (comma-separated codes); every other rule is off.
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    pub select: Vec<String>,
    /// Turn these rules off (comma-separated codes).
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    pub ignore: Vec<String>,
    /// Set a rule's level, `CODE=LEVEL` with LEVEL off, error, warning, info or hint
    /// (repeatable). These three options apply over `.palint.yaml`.
    #[arg(long = "rule", value_name = "CODE=LEVEL")]
    pub rules: Vec<String>,
    /// Print how many times each rule fired instead of each problem.
    #[arg(long)]
    pub statistics: bool,
    /// Print the problems only: no summary line, nothing when there are none.
    #[arg(short, long)]
    pub quiet: bool,
    /// Apply the safe fixes to the files, then report what is left.
    #[arg(long, conflicts_with = "diff")]
    pub fix: bool,
    /// Show the fixes `--fix` would make as a unified diff, without writing; exit 1 if any.
    #[arg(long)]
    pub diff: bool,
    /// With `--fix` or `--diff`: also apply the fixes that are guesses (a closest name).
    #[arg(long)]
    pub unsafe_fixes: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Source snippets with carets, like rustc.
    Human,
    /// One JSON object with LSP-style ranges (0-based lines, UTF-16 characters).
    Json,
    /// SARIF 2.1.0 for code scanning.
    Sarif,
    /// GitHub Actions workflow annotations.
    Github,
}

fn parse_kind(name: &str) -> Result<palint_core::DocumentKind, String> {
    palint_core::DocumentKind::forceable(name).ok_or_else(|| {
        format!(
            "unknown kind (expected one of: {})",
            palint_core::config::kind_names()
        )
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Explain { code, list } => explain::run(code.as_deref(), list),
        Command::Init { folder } => init::run(&folder),
        Command::Schema { kind } => schema::run(kind.as_deref()),
        Command::Completions { shell } => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "palint", &mut script);
            match stdout::write(&String::from_utf8_lossy(&script)) {
                Ok(()) => ExitCode::SUCCESS,
                Err(status) => status,
            }
        }
        Command::Lsp { .. } => palint_lsp::run(),
    }
}
