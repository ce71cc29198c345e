//! `palint init`: writes a commented `.palint.yaml` to start from.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use palint_core::config::CONFIG_FILE_NAME;

/// The file `palint init` writes: every setting shown, none changed.
pub const TEMPLATE: &str = "\
# palint settings. The nearest .palint.yaml above a file applies to it; the editor's
# settings and `palint check --select/--ignore/--rule` apply over it.
# Every rule: `palint explain --list`. One rule's documentation: `palint explain CODE`.

# Rule levels by code: off, error, warning, info or hint.
rules: {}
#  tag-format: off
#  reserved-tag-prefix: error

# Files to check as a given kind, by glob relative to this folder, when palint cannot tell
# from their content (`palint schema` lists the kinds). `none` turns checking off for them.
kinds: []
#  - glob: \"layers/*.yaml\"
#    kind: kubernetes-aks-values
#  - glob: \"charts/**\"
#    kind: none
";

pub fn run(folder: &Path) -> ExitCode {
    let path = folder.join(CONFIG_FILE_NAME);
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path);
    let result = file.and_then(|mut f| f.write_all(TEMPLATE.as_bytes()));
    match result {
        Ok(()) => {
            println!("Wrote {}", path.display());
            ExitCode::SUCCESS
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!("palint: {} exists already; left as it is", path.display());
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("palint: cannot write {}: {e}", path.display());
            ExitCode::from(2)
        }
    }
}
