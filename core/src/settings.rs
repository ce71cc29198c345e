//! Which settings apply to a file: the nearest `.palint.yaml` in its folder or above (or one
//! named explicitly), with an editor's settings over it. The CLI, the language server and any
//! other front end with files on disk use this one resolver.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::{Config, CONFIG_FILE_NAME};
use crate::diagnostic::Diagnostic;
use crate::engine::{check, Options};

/// A loaded `.palint.yaml` and what is wrong with it.
#[derive(Debug)]
pub struct ConfigFile {
    pub path: PathBuf,
    pub text: String,
    /// The problems in the file, with byte ranges: it checked as a `palint-config` document.
    pub diagnostics: Vec<Diagnostic>,
}

/// The settings for one file.
#[derive(Debug, Clone)]
pub struct FileSettings {
    /// The editor's settings over the config file's.
    pub config: Arc<Config>,
    /// The file's absolute path with `/` separators; kind globs match against it.
    pub path: String,
    /// The `.palint.yaml` that applies, if any.
    pub config_file: Option<Arc<ConfigFile>>,
}

impl FileSettings {
    /// Check options for the file (no forced kind).
    pub fn options(&self) -> Options<'_> {
        Options {
            config: Some(&self.config),
            path: Some(&self.path),
            kind: None,
            terraform_module: None,
        }
    }
}

/// Finds, loads and caches config files. Call [`Settings::reload`] when one may have changed.
#[derive(Debug, Default)]
pub struct Settings {
    explicit: Option<PathBuf>,
    editor: Config,
    /// Each folder asked about → the settings of files in it.
    by_folder: HashMap<PathBuf, (Arc<Config>, Option<Arc<ConfigFile>>)>,
    /// Each config file read, by path (`None`: none there).
    files: HashMap<PathBuf, Option<Arc<ConfigFile>>>,
}

impl Settings {
    /// `explicit`: a config file to use for every file instead of looking for `.palint.yaml`.
    /// It must be readable.
    pub fn new(explicit: Option<&Path>) -> Result<Settings, String> {
        let mut settings = Settings {
            explicit: explicit.map(absolute),
            ..Settings::default()
        };
        if let Some(path) = settings.explicit.clone() {
            std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read config {}: {e}", path.display()))?;
            settings.load(&path);
        }
        Ok(settings)
    }

    /// Sets the editor's settings (globs relative to `workspace`, or to each file's folder).
    pub fn set_editor(&mut self, editor: Config, workspace: Option<&Path>) {
        self.editor = match workspace {
            Some(folder) => editor.with_base(&slashes(&absolute(folder))),
            None => editor,
        };
        self.by_folder.clear();
    }

    /// Forgets every loaded config file: they are read again when next needed.
    pub fn reload(&mut self) {
        self.by_folder.clear();
        self.files.clear();
    }

    /// The settings for `file` (which need not exist: a new buffer or standard input).
    pub fn for_file(&mut self, file: &Path) -> FileSettings {
        let file = absolute(file);
        let folder = file.parent().map(Path::to_path_buf).unwrap_or_default();
        let (config, config_file) = match self.by_folder.get(&folder) {
            Some(found) => found.clone(),
            None => {
                let config_file = match self.explicit.clone() {
                    Some(path) => self.load(&path),
                    None => self.nearest(&folder),
                };
                let from_file = config_file.as_ref().map(|f| {
                    let folder = f.path.parent().unwrap_or(Path::new("/"));
                    Config::parse(&f.text).with_base(&slashes(folder))
                });
                let config = Arc::new(match from_file {
                    Some(from_file) => self.editor.over(&from_file),
                    None => self.editor.clone(),
                });
                self.by_folder
                    .insert(folder, (config.clone(), config_file.clone()));
                (config, config_file)
            }
        };
        FileSettings {
            config,
            path: slashes(&file),
            config_file,
        }
    }

    /// Every config file loaded so far, in path order.
    pub fn config_files(&self) -> Vec<Arc<ConfigFile>> {
        let mut files: Vec<_> = self.files.values().flatten().cloned().collect();
        files.sort_by(|a, b| a.path.cmp(&b.path));
        files
    }

    fn nearest(&mut self, folder: &Path) -> Option<Arc<ConfigFile>> {
        folder
            .ancestors()
            .find_map(|dir| self.load(&dir.join(CONFIG_FILE_NAME)))
    }

    fn load(&mut self, path: &Path) -> Option<Arc<ConfigFile>> {
        if let Some(loaded) = self.files.get(path) {
            return loaded.clone();
        }
        let loaded = std::fs::read_to_string(path).ok().map(|text| {
            let shown = slashes(path);
            let diagnostics = check(
                &text,
                &Options {
                    path: Some(&shown),
                    ..Options::default()
                },
            );
            Arc::new(ConfigFile {
                path: path.to_owned(),
                text,
                diagnostics,
            })
        });
        self.files.insert(path.to_owned(), loaded.clone());
        loaded
    }
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_owned())
}

/// A path as kind globs see it: `/`-separated.
fn slashes(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::RuleLevel;
    use crate::kind::DocumentKind;

    #[test]
    fn the_nearest_config_applies_with_globs_relative_to_it() {
        let dir = tempfile::tempdir().unwrap();
        let team = dir.path().join("team");
        std::fs::create_dir_all(team.join("layers")).unwrap();
        std::fs::write(
            dir.path().join(CONFIG_FILE_NAME),
            "rules:\n  tag-format: off\n",
        )
        .unwrap();
        std::fs::write(
            team.join(CONFIG_FILE_NAME),
            "kinds:\n  - glob: \"layers/*.yaml\"\n    kind: kubernetes-aks-values\n",
        )
        .unwrap();
        let mut settings = Settings::new(None).unwrap();
        let top = settings.for_file(&dir.path().join("a.yaml"));
        assert_eq!(top.config.level("tag-format"), Some(RuleLevel::Off));
        let nested = settings.for_file(&team.join("layers/values.yaml"));
        assert_eq!(nested.config.level("tag-format"), None, "nearest file only");
        assert_eq!(
            nested.config.kind_for_path(&nested.path),
            Some(Some(DocumentKind::KubernetesAksValues))
        );
        assert_eq!(settings.config_files().len(), 2);
    }

    #[test]
    fn editor_settings_win_and_config_problems_have_positions() {
        let dir = tempfile::tempdir().unwrap();
        let text = "rules:\n  tag-format: off\n  tag-count: loud\n";
        std::fs::write(dir.path().join(CONFIG_FILE_NAME), text).unwrap();
        let mut settings = Settings::new(None).unwrap();
        let (editor, _) = Config::from_json(&serde_json::json!({"rules": {"tag-format": "hint"}}));
        settings.set_editor(editor, Some(dir.path()));
        let file = settings.for_file(&dir.path().join("x.yaml"));
        assert_eq!(
            file.config.level("tag-format"),
            Some(RuleLevel::On(crate::Severity::Hint))
        );
        let config = file.config_file.unwrap();
        let problem = &config.diagnostics[0];
        assert_eq!(&text[problem.range.clone()], "loud");
    }

    #[test]
    fn a_missing_explicit_config_is_an_error() {
        assert!(Settings::new(Some(Path::new("/no/such/.palint.yaml"))).is_err());
    }
}
