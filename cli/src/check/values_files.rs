//! YAML files that Terraform files load as a cluster profile pack's `values`
//! (`values = file("values.yaml")`): they are checked as what the pack makes them (AKS values
//! for a `kubernetes-aks` pack), and checked even when not named on the command line.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use palint_core::DocumentKind;

use super::inputs::{self, Input};

/// The kind each referenced file is forced to, by canonical path (`None`: detect it).
pub type Referenced = HashMap<PathBuf, Option<DocumentKind>>;

/// Reads the Terraform inputs for `file(...)` values and adds the referenced files that exist
/// and are not inputs yet.
pub fn resolve(inputs: &mut Vec<Input>) -> Referenced {
    let mut referenced = Referenced::new();
    for input in inputs
        .iter()
        .filter(|i| i.path.extension().is_some_and(|e| e == "tf"))
    {
        let Ok(text) = input.read() else { continue };
        let folder = input.path.parent().unwrap_or(Path::new("."));
        for values in palint_core::values_files(&text) {
            let Ok(path) = std::fs::canonicalize(folder.join(&values.path)) else {
                continue;
            };
            let entry = referenced.entry(path).or_insert(values.kind);
            // A file two packs load: AKS values if either pack says so.
            *entry = entry.or(values.kind);
        }
    }
    if referenced.is_empty() {
        return referenced;
    }
    let present: Vec<PathBuf> = inputs
        .iter()
        .filter_map(|i| std::fs::canonicalize(&i.path).ok())
        .collect();
    let mut missing: Vec<&PathBuf> = referenced.keys().filter(|p| !present.contains(p)).collect();
    missing.sort();
    // Shown relative to the current folder when inside it, like the files that were named.
    let cwd = std::env::current_dir().and_then(std::fs::canonicalize).ok();
    let shown = |path: &PathBuf| {
        cwd.as_ref()
            .and_then(|cwd| path.strip_prefix(cwd).ok())
            .map_or_else(|| path.clone(), Path::to_path_buf)
    };
    inputs.extend(missing.into_iter().map(|p| inputs::file(shown(p))));
    referenced
}

/// The kind a referenced input is forced to, if any.
pub fn forced_kind(referenced: &Referenced, path: &Path) -> Option<DocumentKind> {
    if referenced.is_empty() {
        return None;
    }
    let path = std::fs::canonicalize(path).ok()?;
    referenced.get(&path).copied().flatten()
}
