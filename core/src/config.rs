//! palint's settings: per-rule levels and document-kind globs, read from `.palint.yaml` or
//! from an editor's settings.
//!
//! ```yaml
//! rules:
//!   reserved-tag-prefix: off      # or error / warning / info / hint
//! kinds:
//!   - glob: "profiles/**/values*.yaml"
//!     kind: kubernetes-aks-values
//! ```
//!
//! Reading is lenient: an invalid entry is skipped. What is wrong with a `.palint.yaml` is
//! reported, with positions, by checking the file itself (document kind `palint-config`,
//! `schemas/palint-config.schema.json`), so the file, the editor and the CLI agree.

use crate::glob::GlobMatcher;
use globset::Glob;
use serde_json::Value;
use std::collections::HashMap;

use crate::diagnostic::Severity;
use crate::kind::DocumentKind;
use crate::rules;
use crate::syntax::{parse, Document, ScalarType};

/// The config file name palint looks for, from a checked file's folder upwards.
pub const CONFIG_FILE_NAME: &str = ".palint.yaml";

/// The levels a rule can be set to, as written in settings.
pub const LEVEL_NAMES: [&str; 5] = ["off", "error", "warning", "info", "hint"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleLevel {
    Off,
    On(Severity),
}

impl RuleLevel {
    /// One of [`LEVEL_NAMES`].
    pub fn parse(text: &str) -> Option<RuleLevel> {
        match text {
            "off" => Some(RuleLevel::Off),
            "error" => Some(RuleLevel::On(Severity::Error)),
            "warning" => Some(RuleLevel::On(Severity::Warning)),
            "info" => Some(RuleLevel::On(Severity::Info)),
            "hint" => Some(RuleLevel::On(Severity::Hint)),
            _ => None,
        }
    }
}

/// Which kind a glob forces; `None` turns checking off for matching files.
#[derive(Debug, Clone)]
pub struct KindGlob {
    pub pattern: String,
    matcher: GlobMatcher,
    pub kind: Option<DocumentKind>,
    /// The folder the pattern is relative to (`/`-separated), if any.
    base: Option<String>,
}

impl KindGlob {
    fn matches(&self, path: &str) -> bool {
        let relative = self
            .base
            .as_deref()
            .and_then(|base| path.strip_prefix(base))
            .and_then(|rest| rest.strip_prefix('/'))
            .unwrap_or(path);
        self.matcher
            .is_match(relative.strip_prefix("./").unwrap_or(relative))
    }
}

#[derive(Debug, Clone, Default)]
pub struct Config {
    pub rules: HashMap<String, RuleLevel>,
    pub kinds: Vec<KindGlob>,
}

impl Config {
    /// Reads a `.palint.yaml` text. Invalid entries are skipped (see the module docs).
    pub fn parse(text: &str) -> Config {
        let mut config = Config::default();
        let stream = parse(text);
        let Some(doc) = stream.documents.first() else {
            return config;
        };
        let Some(root) = doc.root else {
            return config;
        };
        if let Some(rules_node) = doc.get(root, "rules") {
            for &(key, value) in doc.entries(rules_node) {
                let code = doc.key_text(key).unwrap_or_default();
                let level = level_text(doc, value);
                let _ = config.set_rule(code, level);
            }
        }
        if let Some(kinds) = doc.get(root, "kinds") {
            for &item in doc.items(kinds) {
                let glob = doc.get(item, "glob").and_then(|v| doc.str_value(v));
                let kind = doc.get(item, "kind").and_then(|v| doc.str_value(v));
                if let (Some(glob), Some(kind)) = (glob, kind) {
                    let _ = config.add_kind_glob(glob, kind);
                }
            }
        }
        config
    }

    /// Reads an editor's settings: `{"rules": {"code": "off"}, "kinds": [{"glob", "kind"}]}`
    /// (or VS Code's `{"kinds": {"glob": "kind"}}`). Problems come back as messages.
    pub fn from_json(value: &Value) -> (Config, Vec<String>) {
        let mut config = Config::default();
        let mut problems = Vec::new();
        if let Some(rules) = value.get("rules").and_then(Value::as_object) {
            for (code, level) in rules {
                let level = level.as_str().unwrap_or_default();
                if let Err(problem) = config.set_rule(code, level) {
                    problems.push(problem);
                }
            }
        }
        let pairs: Vec<(&str, &str)> = match value.get("kinds") {
            Some(Value::Object(map)) => map
                .iter()
                .filter_map(|(glob, kind)| Some((glob.as_str(), kind.as_str()?)))
                .collect(),
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(|item| Some((item.get("glob")?.as_str()?, item.get("kind")?.as_str()?)))
                .collect(),
            _ => Vec::new(),
        };
        for (glob, kind) in pairs {
            if let Err(problem) = config.add_kind_glob(glob, kind) {
                problems.push(problem);
            }
        }
        (config, problems)
    }

    /// Sets one rule's level (one of [`LEVEL_NAMES`]).
    pub fn set_rule(&mut self, code: &str, level: &str) -> Result<(), String> {
        if rules::find(code).is_none() {
            return Err(format!(
                "unknown rule `{code}` (see `palint explain --list`)"
            ));
        }
        let level = RuleLevel::parse(level).ok_or_else(|| {
            format!(
                "rule `{code}`: `{level}` is not a level (use {})",
                LEVEL_NAMES.join(", ")
            )
        })?;
        self.rules.insert(code.to_owned(), level);
        Ok(())
    }

    /// Adds a kind glob; `kind` is a kind name or `none`.
    pub fn add_kind_glob(&mut self, pattern: &str, kind: &str) -> Result<(), String> {
        let kind = match kind {
            "none" => None,
            name => Some(DocumentKind::forceable(name).ok_or_else(|| {
                format!(
                    "unknown kind `{name}` (expected one of: {}, none)",
                    kind_names()
                )
            })?),
        };
        let matcher = compile_glob(pattern)?;
        self.kinds.push(KindGlob {
            pattern: pattern.to_owned(),
            matcher,
            kind,
            base: None,
        });
        Ok(())
    }

    /// Makes the kind globs relative to `folder` (the config file's folder, or the editor's
    /// workspace); paths given to [`Config::kind_for_path`] are then absolute.
    pub fn with_base(mut self, folder: &str) -> Config {
        let folder = folder.trim_end_matches('/').to_owned();
        for glob in &mut self.kinds {
            glob.base = Some(folder.clone());
        }
        self
    }

    /// `self` over `under`: its rule levels win and its kind globs are tried first.
    pub fn over(&self, under: &Config) -> Config {
        let mut rules = under.rules.clone();
        rules.extend(
            self.rules
                .iter()
                .map(|(code, level)| (code.clone(), *level)),
        );
        let kinds = self.kinds.iter().chain(&under.kinds).cloned().collect();
        Config { rules, kinds }
    }

    /// The kind forced for `path` by a glob: `Some(None)` means "do not check".
    pub fn kind_for_path(&self, path: &str) -> Option<Option<DocumentKind>> {
        self.kinds.iter().find(|g| g.matches(path)).map(|g| g.kind)
    }

    pub fn level(&self, code: &str) -> Option<RuleLevel> {
        self.rules.get(code).copied()
    }
}

/// A glob as `.palint.yaml` and the editors write it (`**` crosses folders).
pub(crate) fn compile_glob(pattern: &str) -> Result<GlobMatcher, String> {
    let glob = Glob::new(pattern).map_err(|e| format!("invalid glob `{pattern}`: {}", e.kind()))?;
    GlobMatcher::new(&glob).map_err(|e| format!("invalid glob `{pattern}`: {e}"))
}

/// A level as written (a string; the schema accepts nothing else).
fn level_text(doc: &Document, value: usize) -> &str {
    match doc.scalar(value) {
        Some(scalar) if scalar.ty == ScalarType::Str => &scalar.text,
        _ => "",
    }
}

/// The kinds a file can be set to, for messages.
pub fn kind_names() -> String {
    DocumentKind::ALL
        .iter()
        .filter(|k| k.is_forceable())
        .map(|k| k.name())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rules_and_globs() {
        let config = Config::parse(
            "rules:\n  reserved-tag-prefix: off\n  tag-format: error\nkinds:\n  - glob: \"values/**/*.yaml\"\n    kind: kubernetes-aks-values\n  - glob: \"ci/*.yml\"\n    kind: none\n",
        );
        assert_eq!(config.level("reserved-tag-prefix"), Some(RuleLevel::Off));
        assert_eq!(
            config.level("tag-format"),
            Some(RuleLevel::On(Severity::Error))
        );
        assert_eq!(
            config.kind_for_path("values/prod/aks.yaml"),
            Some(Some(DocumentKind::KubernetesAksValues))
        );
        assert_eq!(config.kind_for_path("ci/build.yml"), Some(None));
        assert_eq!(config.kind_for_path("other.yaml"), None);
    }

    #[test]
    fn skips_bad_entries_and_keeps_the_rest() {
        let config = Config::parse("rules:\n  no-such-rule: off\n  tag-format: loud\n  tag-count: warning\nkinds:\n  - glob: x\n    kind: nope\n  - glob: \"[\"\n    kind: none\nextra: 1\n");
        assert_eq!(config.rules.len(), 1);
        assert!(config.kinds.is_empty());
    }

    #[test]
    fn globs_are_relative_to_their_base() {
        let config = Config::parse("kinds:\n  - glob: \"layers/*.yaml\"\n    kind: none\n")
            .with_base("/repo/team");
        assert_eq!(config.kind_for_path("/repo/team/layers/a.yaml"), Some(None));
        assert_eq!(config.kind_for_path("/repo/other/layers/a.yaml"), None);
    }

    #[test]
    fn editor_settings_layer_over_the_file() {
        let file = Config::parse("rules:\n  tag-format: off\n  tag-count: off\n");
        let (editor, problems) = Config::from_json(&serde_json::json!({
            "rules": {"tag-count": "warning", "nope": "off"},
            "kinds": {"layers/*.yaml": "kubernetes-aks-values"}
        }));
        assert_eq!(problems.len(), 1, "{problems:?}");
        let merged = editor.over(&file);
        assert_eq!(merged.level("tag-format"), Some(RuleLevel::Off));
        assert_eq!(
            merged.level("tag-count"),
            Some(RuleLevel::On(Severity::Warning))
        );
        assert!(merged.kind_for_path("layers/a.yaml").is_some());
    }
}
