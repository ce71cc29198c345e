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
            .or_insert_with_key(|folder| Arc::new(TerraformModule::read_folder(folder)));
        Some(module.clone())
    }
}
