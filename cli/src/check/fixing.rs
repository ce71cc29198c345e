//! `--fix` and `--diff`: the core fixes a text; here the result is written back (only if the
//! file is still what was read) or shown as a unified diff.

use std::path::{Path, PathBuf};

/// A file's text before and after its fixes.
pub struct FixOutcome {
    pub path: PathBuf,
    pub display: String,
    pub original: String,
    pub fixed: String,
    pub applied: usize,
}

impl FixOutcome {
    pub fn changed(&self) -> bool {
        self.fixed != self.original
    }

    /// Writes the fixed text, unless the file changed on disk since it was read (an editor
    /// saved it meanwhile): then nothing is written and the reason is returned.
    pub fn write(&self) -> Result<(), String> {
        let now = std::fs::read_to_string(&self.path).map_err(|e| {
            format!(
                "{}: cannot read it again to write the fixes: {e}",
                self.display
            )
        })?;
        if now != self.original {
            return Err(format!(
                "{}: the file changed while palint checked it; the fixes were not written",
                self.display
            ));
        }
        write_atomically(&self.path, &self.fixed)
            .map_err(|e| format!("{}: cannot write the fixes: {e}", self.display))
    }

    /// The fixes as a unified diff (`--- a/PATH`, `+++ b/PATH`).
    pub fn diff(&self) -> String {
        similar::TextDiff::from_lines(&self.original, &self.fixed)
            .unified_diff()
            .context_radius(3)
            .header(
                &format!("a/{}", self.display),
                &format!("b/{}", self.display),
            )
            .to_string()
    }
}

/// Writes through a temporary file in the same folder, so a failure never leaves half a file.
fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let temporary = folder.join(format!(".{name}.palint-fix"));
    std::fs::write(&temporary, text)?;
    if let Ok(metadata) = std::fs::metadata(path) {
        let _ = std::fs::set_permissions(&temporary, metadata.permissions());
    }
    std::fs::rename(&temporary, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&temporary);
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_is_written_over_a_file_that_changed_since_it_was_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("values.yaml");
        std::fs::write(&path, "sku: standard # edited meanwhile\n").unwrap();
        let outcome = FixOutcome {
            path: path.clone(),
            display: "values.yaml".into(),
            original: "sku: standard\n".into(),
            fixed: "sku: Standard\n".into(),
            applied: 1,
        };
        let problem = outcome.write().unwrap_err();
        assert!(
            problem.contains("changed while palint checked it"),
            "{problem}"
        );
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "sku: standard # edited meanwhile\n"
        );
        std::fs::write(&path, "sku: standard\n").unwrap();
        outcome.write().unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "sku: Standard\n");
        // No temporary file is left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
