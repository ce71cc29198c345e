//! The Terraform module of each `.tf` input: the `.tf` and `.tfvars` files of its folder, read
//! once per folder, so a file is checked with the variables and profiles its module declares.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use palint_core::TerraformModule;

#[derive(Default)]
pub struct Modules {
    by_folder: HashMap<PathBuf, Arc<TerraformModule>>,
}

impl Modules {
    /// The module of a `.tf` file; `None` for other files.
    pub fn for_file(&mut self, path: &Path) -> Option<Arc<TerraformModule>> {
        if path.extension().is_none_or(|e| e != "tf") {
            return None;
        }
        let folder = path.parent().unwrap_or(Path::new("")).to_path_buf();
        let module = self
            .by_folder
            .entry(folder)
            .or_insert_with_key(|folder| Arc::new(read(folder)));
        Some(module.clone())
    }
}

/// Reads a folder's module files; unreadable ones are left out (the check of the file itself
/// reports a file it cannot read).
fn read(folder: &Path) -> TerraformModule {
    let mut module = TerraformModule::new();
    let listed = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    let Ok(entries) = std::fs::read_dir(listed) else {
        return module;
    };
    let mut files: Vec<(String, PathBuf)> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| Some((e.file_name().into_string().ok()?, e.path())))
        .filter(|(name, _)| TerraformModule::is_module_file(name))
        .collect();
    files.sort();
    for (name, path) in files {
        if let Ok(text) = std::fs::read_to_string(&path) {
            module.add_file(&name, &text);
        }
    }
    module
}
