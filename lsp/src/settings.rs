//! The server's settings: palint-core's resolver (the nearest `.palint.yaml` for each file),
//! with the client's `palint` section over it, and the settings of each open document.

use palint_core::{Config, DocumentKind, FileSettings, Options, Settings, TerraformModule};
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tower_lsp_server::ls_types::Uri;

#[derive(Default)]
pub struct ServerSettings {
    resolver: Settings,
    /// The client's settings, for documents that are not files (untitled buffers).
    editor: Arc<Config>,
    by_document: HashMap<Uri, FileSettings>,
    /// What the files around a document make of it: the module of a `.tf` file, the kind of a
    /// YAML file a Terraform pack loads as its `values`. Read when it opens and on reloads.
    surroundings: HashMap<Uri, Surroundings>,
    root: Option<PathBuf>,
}

#[derive(Default)]
struct Surroundings {
    terraform_module: Option<TerraformModule>,
    values_kind: Option<DocumentKind>,
}

impl Surroundings {
    fn read(path: &Path, root: Option<&Path>) -> Surroundings {
        if path.extension().is_some_and(|e| e == "tf") {
            let folder = path.parent().unwrap_or(Path::new(""));
            return Surroundings {
                terraform_module: Some(TerraformModule::read_folder(folder)),
                values_kind: None,
            };
        }
        let yaml = path.extension().is_some_and(|e| e == "yaml" || e == "yml");
        Surroundings {
            terraform_module: None,
            values_kind: yaml
                .then(|| palint_core::values_kind_of(path, root))
                .flatten(),
        }
    }
}

impl ServerSettings {
    /// Applies the client's `palint` settings (globs relative to `root`) and forgets every
    /// config file read so far. Returns the problems in the client's settings.
    pub fn reload(&mut self, client: Option<&Value>, root: Option<&Path>) -> Vec<String> {
        let (editor, problems) = client.map(Config::from_json).unwrap_or_default();
        self.resolver.set_editor(editor.clone(), root);
        self.root = root.map(Path::to_path_buf);
        self.resolver.reload();
        self.editor = Arc::new(editor);
        let uris: Vec<Uri> = self.by_document.keys().cloned().collect();
        self.by_document.clear();
        self.surroundings.clear();
        for uri in uris {
            self.open(&uri);
        }
        problems
    }

    /// Finds the settings of a document that opened.
    pub fn open(&mut self, uri: &Uri) {
        if let Some(path) = uri.to_file_path() {
            let settings = self.resolver.for_file(&path);
            self.by_document.insert(uri.clone(), settings);
            let surroundings = Surroundings::read(&path, self.root.as_deref());
            self.surroundings.insert(uri.clone(), surroundings);
        }
    }

    /// Reads the files around every open document again (a Terraform file was saved).
    pub fn reread_surroundings(&mut self) {
        let uris: Vec<Uri> = self.surroundings.keys().cloned().collect();
        for uri in uris {
            if let Some(path) = uri.to_file_path() {
                let surroundings = Surroundings::read(&path, self.root.as_deref());
                self.surroundings.insert(uri, surroundings);
            }
        }
    }

    pub fn close(&mut self, uri: &Uri) {
        self.by_document.remove(uri);
        self.surroundings.remove(uri);
    }

    /// Check options for an open document.
    pub fn options(&self, uri: &Uri) -> Options<'_> {
        match self.by_document.get(uri) {
            Some(file) => {
                let around = self.surroundings.get(uri);
                Options {
                    kind: around.and_then(|a| a.values_kind),
                    terraform_module: around.and_then(|a| a.terraform_module.as_ref()),
                    ..file.options()
                }
            }
            None => Options {
                config: Some(&self.editor),
                ..Options::default()
            },
        }
    }

    /// The config files in use and their problems (byte ranges into their text).
    pub fn config_files(&self) -> Vec<Arc<palint_core::ConfigFile>> {
        self.resolver.config_files()
    }
}

/// Whether a URI names a palint config file.
pub fn is_config_file(uri: &Uri) -> bool {
    uri.to_file_path().is_some_and(|p| {
        p.file_name().and_then(|n| n.to_str()) == Some(palint_core::config::CONFIG_FILE_NAME)
    })
}

/// Whether a URI names a Terraform file or variable definitions file.
pub fn is_terraform_file(uri: &Uri) -> bool {
    uri.to_file_path().is_some_and(|p| {
        p.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(TerraformModule::is_module_file)
    })
}

/// A file path as a URI.
pub fn uri_of(path: &Path) -> Option<Uri> {
    Uri::from_file_path(PathBuf::from(path))
}

#[cfg(test)]
mod tests {
    use super::*;
    use palint_core::config::RuleLevel;
    use palint_core::Severity;

    #[test]
    fn a_subfolder_config_applies_to_its_documents() {
        let dir = tempfile::tempdir().unwrap();
        let team = dir.path().join("team");
        std::fs::create_dir_all(&team).unwrap();
        std::fs::write(
            dir.path().join(".palint.yaml"),
            "rules:\n  tag-format: off\n",
        )
        .unwrap();
        std::fs::write(team.join(".palint.yaml"), "rules:\n  tag-count: hint\n").unwrap();
        let mut settings = ServerSettings::default();
        let client = serde_json::json!({"rules": {"reserved-tag": "warning"}});
        assert!(settings.reload(Some(&client), Some(dir.path())).is_empty());
        let uri = uri_of(&team.join("values.yaml")).unwrap();
        settings.open(&uri);
        let config = settings.options(&uri).config.unwrap();
        assert_eq!(
            config.level("tag-count"),
            Some(RuleLevel::On(Severity::Hint))
        );
        assert_eq!(config.level("tag-format"), None);
        assert_eq!(
            config.level("reserved-tag"),
            Some(RuleLevel::On(Severity::Warning))
        );
    }
}
