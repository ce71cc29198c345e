//! Settings: the workspace's `.palint.yaml`, overlaid with the client's `palint` section.

use palint_core::config::CONFIG_FILE_NAME;
use palint_core::Config;
use serde_json::Value;
use std::path::{Path, PathBuf};

#[derive(Default)]
pub struct Settings {
    pub config: Config,
    /// Folder of the `.palint.yaml` in use (kind globs are relative to it) or the workspace root.
    pub root: Option<PathBuf>,
    pub problems: Vec<String>,
}

impl Settings {
    /// Reads `.palint.yaml` from `root` (if any), then applies the client's settings:
    /// `{"rules": {"code": "off"}, "kinds": [{"glob": "...", "kind": "..."}]}`.
    pub fn load(root: Option<&Path>, client: Option<&Value>) -> Settings {
        let mut settings = Settings {
            root: root.map(Path::to_path_buf),
            ..Settings::default()
        };
        if let Some(root) = root {
            let file = root.join(CONFIG_FILE_NAME);
            if let Ok(text) = std::fs::read_to_string(&file) {
                let (config, problems) = Config::parse(&text);
                settings.config = config;
                settings.problems.extend(
                    problems
                        .into_iter()
                        .map(|p| format!("{}: {p}", file.display())),
                );
            }
        }
        if let Some(client) = client {
            settings.apply_client(client);
        }
        settings
    }

    fn apply_client(&mut self, value: &Value) {
        if let Some(rules) = value.get("rules").and_then(Value::as_object) {
            for (code, level) in rules {
                if let Some(level) = level.as_str() {
                    self.config.set_rule(code, level, &mut self.problems);
                }
            }
        }
        if let Some(kinds) = value.get("kinds") {
            // VS Code style `{"glob": "kind"}` or a list of `{glob, kind}`.
            let pairs: Vec<(String, String)> = match kinds {
                Value::Object(map) => map
                    .iter()
                    .filter_map(|(g, k)| Some((g.clone(), k.as_str()?.to_owned())))
                    .collect(),
                Value::Array(items) => items
                    .iter()
                    .filter_map(|i| {
                        Some((
                            i.get("glob")?.as_str()?.to_owned(),
                            i.get("kind")?.as_str()?.to_owned(),
                        ))
                    })
                    .collect(),
                _ => Vec::new(),
            };
            for (glob, kind) in pairs {
                if let Err(problem) = self.config.add_kind_glob(&glob, &kind) {
                    self.problems.push(problem);
                }
            }
        }
    }

    /// The path to match kind globs against for a file.
    pub fn relative_path(&self, file: &Path) -> String {
        let relative = match &self.root {
            Some(root) => file.strip_prefix(root).unwrap_or(file),
            None => file,
        };
        relative.to_string_lossy().replace('\\', "/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use palint_core::config::RuleLevel;
    use palint_core::Severity;

    #[test]
    fn client_settings_overlay_the_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(".palint.yaml"),
            "rules:\n  tag-format: off\n",
        )
        .unwrap();
        let client = serde_json::json!({"rules": {"reserved-tag": "warning"}, "kinds": {"layers/*.yaml": "kubernetes-aks-values"}});
        let settings = Settings::load(Some(dir.path()), Some(&client));
        assert_eq!(settings.config.level("tag-format"), Some(RuleLevel::Off));
        assert_eq!(
            settings.config.level("reserved-tag"),
            Some(RuleLevel::On(Severity::Warning))
        );
        assert!(settings.config.kind_for_path("layers/a.yaml").is_some());
        assert!(settings.problems.is_empty());
    }
}
