//! Finding `.palint.yaml` for each checked file (nearest folder upwards), cached per folder.

use palint_core::config::CONFIG_FILE_NAME;
use palint_core::Config;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub struct Configs {
    explicit: Option<(PathBuf, Result<Config, String>)>,
    /// Folder → (config, the folder holding it) or none.
    by_folder: HashMap<PathBuf, Option<(PathBuf, Config)>>,
    problems: Vec<String>,
}

impl Configs {
    pub fn new(explicit: Option<&Path>) -> Configs {
        let mut configs = Configs {
            explicit: None,
            by_folder: HashMap::new(),
            problems: Vec::new(),
        };
        if let Some(path) = explicit {
            let loaded = configs.load(path);
            configs.explicit = Some((path.parent().unwrap_or(Path::new(".")).to_owned(), loaded));
        }
        configs
    }

    pub fn explicit_error(&self) -> Option<String> {
        match &self.explicit {
            Some((_, Err(problem))) => Some(problem.clone()),
            _ => None,
        }
    }

    pub fn problems(&self) -> &[String] {
        &self.problems
    }

    /// The config for `file` and the file's path relative to the config's folder.
    pub fn for_file(&mut self, file: &Path) -> (Option<&Config>, Option<String>) {
        if matches!(self.explicit, Some((_, Ok(_)))) {
            let Some((root, Ok(config))) = &self.explicit else {
                unreachable!()
            };
            return (Some(config), Some(relative(file, root)));
        }
        let folder = file
            .parent()
            .map(absolute)
            .unwrap_or_else(|| absolute(Path::new(".")));
        if !self.by_folder.contains_key(&folder) {
            let found = self.find(&folder);
            self.by_folder.insert(folder.clone(), found);
        }
        match &self.by_folder[&folder] {
            Some((root, config)) => (Some(config), Some(relative(&absolute(file), root))),
            None => (None, Some(file.to_string_lossy().into_owned())),
        }
    }

    fn find(&mut self, folder: &Path) -> Option<(PathBuf, Config)> {
        let mut dir = Some(folder);
        while let Some(current) = dir {
            let candidate = current.join(CONFIG_FILE_NAME);
            if candidate.is_file() {
                return self.load(&candidate).ok().map(|c| (current.to_owned(), c));
            }
            dir = current.parent();
        }
        None
    }

    fn load(&mut self, path: &Path) -> Result<Config, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read config {}: {e}", path.display()))?;
        let (config, problems) = Config::parse(&text);
        self.problems.extend(
            problems
                .into_iter()
                .map(|p| format!("{}: {p}", path.display())),
        );
        Ok(config)
    }
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_owned())
}

fn relative(file: &Path, root: &Path) -> String {
    let file = absolute(file);
    let root = absolute(root);
    file.strip_prefix(&root)
        .unwrap_or(&file)
        .to_string_lossy()
        .replace('\\', "/")
}
