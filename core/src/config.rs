//! `.palint.yaml`: per-rule severity overrides and document-kind globs.
//!
//! ```yaml
//! rules:
//!   reserved-tag-prefix: off      # or error / warning / info / hint
//! kinds:
//!   - glob: "profiles/**/values*.yaml"
//!     kind: kubernetes-aks-values
//! ```

use globset::{Glob, GlobMatcher};
use std::collections::HashMap;

use crate::diagnostic::Severity;
use crate::kind::DocumentKind;
use crate::rules;
use crate::syntax::{parse, Document};

/// The config file name palint looks for, from a checked file's folder upwards.
pub const CONFIG_FILE_NAME: &str = ".palint.yaml";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleLevel {
    Off,
    On(Severity),
}

/// Which kind a glob forces; `None` turns checking off for matching files.
#[derive(Debug, Clone)]
pub struct KindGlob {
    pub pattern: String,
    matcher: GlobMatcher,
    pub kind: Option<DocumentKind>,
}

#[derive(Debug, Clone, Default)]
pub struct Config {
    pub rules: HashMap<String, RuleLevel>,
    pub kinds: Vec<KindGlob>,
}

impl Config {
    /// Parses a config file. Problems are returned as messages; what is valid still applies.
    pub fn parse(text: &str) -> (Config, Vec<String>) {
        let mut config = Config::default();
        let mut problems = Vec::new();
        let stream = parse(text);
        let Some(doc) = stream.documents.first() else {
            return (config, problems);
        };
        if let Some(error) = &doc.error {
            problems.push(error.message.clone());
            return (config, problems);
        }
        let Some(root) = doc.root else {
            return (config, problems);
        };
        if let Some(rules_node) = doc.get(root, "rules") {
            for &(key, value) in doc.entries(rules_node) {
                let code = doc.key_text(key).unwrap_or_default();
                let level = doc.str_value(value).unwrap_or_default();
                config.set_rule(code, level, &mut problems);
            }
        }
        if let Some(kinds) = doc.get(root, "kinds") {
            for &item in doc.items(kinds) {
                read_kind_glob(doc, item, &mut config, &mut problems);
            }
        }
        for &(key, _) in doc.entries(root) {
            let name = doc.key_text(key).unwrap_or_default();
            if !matches!(name, "rules" | "kinds") {
                problems.push(format!(
                    "unknown setting `{name}` (expected `rules` or `kinds`)"
                ));
            }
        }
        (config, problems)
    }

    /// Sets one rule's level from text such as `off` or `warning`.
    pub fn set_rule(&mut self, code: &str, level: &str, problems: &mut Vec<String>) {
        if rules::find(code).is_none() {
            problems.push(format!(
                "unknown rule `{code}` (see `palint explain --list`)"
            ));
            return;
        }
        let level = match level.trim().to_ascii_lowercase().as_str() {
            "off" | "none" | "false" => RuleLevel::Off,
            other => match Severity::parse(other) {
                Some(severity) => RuleLevel::On(severity),
                None => {
                    problems.push(format!(
                        "rule `{code}`: `{level}` is not a level (use off, error, warning, info or hint)"
                    ));
                    return;
                }
            },
        };
        self.rules.insert(code.to_owned(), level);
    }

    /// Adds a kind glob; `kind` is a kind name or `none`.
    pub fn add_kind_glob(&mut self, pattern: &str, kind: &str) -> Result<(), String> {
        let kind = match kind {
            "none" => None,
            name => Some(DocumentKind::from_name(name).ok_or_else(|| {
                format!(
                    "unknown kind `{name}` (expected one of: {}, none)",
                    kind_names()
                )
            })?),
        };
        let matcher = Glob::new(pattern)
            .map_err(|e| format!("invalid glob `{pattern}`: {e}"))?
            .compile_matcher();
        self.kinds.push(KindGlob {
            pattern: pattern.to_owned(),
            matcher,
            kind,
        });
        Ok(())
    }

    /// The kind forced for `path` by a glob: `Some(None)` means "do not check".
    pub fn kind_for_path(&self, path: &str) -> Option<Option<DocumentKind>> {
        let path = path.strip_prefix("./").unwrap_or(path);
        self.kinds
            .iter()
            .find(|g| g.matcher.is_match(path))
            .map(|g| g.kind)
    }

    pub fn level(&self, code: &str) -> Option<RuleLevel> {
        self.rules.get(code).copied()
    }
}

fn read_kind_glob(doc: &Document, item: usize, config: &mut Config, problems: &mut Vec<String>) {
    let glob = doc.get(item, "glob").and_then(|v| doc.str_value(v));
    let kind = doc.get(item, "kind").and_then(|v| doc.str_value(v));
    match (glob, kind) {
        (Some(glob), Some(kind)) => {
            if let Err(problem) = config.add_kind_glob(glob, kind) {
                problems.push(problem);
            }
        }
        _ => problems.push("each `kinds` entry needs a `glob` and a `kind`".to_owned()),
    }
}

pub fn kind_names() -> String {
    DocumentKind::ALL
        .iter()
        .map(|k| k.name())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rules_and_globs() {
        let (config, problems) = Config::parse(
            "rules:\n  reserved-tag-prefix: off\n  tag-format: error\nkinds:\n  - glob: \"values/**/*.yaml\"\n    kind: kubernetes-aks-values\n  - glob: \"ci/*.yml\"\n    kind: none\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
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
    fn reports_bad_entries() {
        let (_, problems) = Config::parse("rules:\n  no-such-rule: off\n  tag-format: loud\nkinds:\n  - glob: x\n    kind: nope\nextra: 1\n");
        assert_eq!(problems.len(), 4, "{problems:?}");
    }
}
