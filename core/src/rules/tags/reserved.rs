use super::TAG_SOURCES;
use crate::diagnostic::Severity;
use crate::rules::{Context, Example, Rule, CLUSTER_KINDS};

const RESERVED: [&str; 3] = ["azure", "microsoft", "windows"];

pub static RESERVED_TAG: Rule = Rule {
    code: "reserved-tag",
    severity: Severity::Error,
    summary: "a tag whose key is `azure`, `microsoft` or `windows`, in any case",
    explanation: "Palette reserves the tags `azure`, `microsoft` and `windows` for its own use and \
returns an error when a cluster uses one. Azure tag names ignore case, so `Azure` and `WINDOWS` are \
the same reserved names, and a list tag `windows` with no value is reserved too. A tag whose \
*value* mentions one of them (`cloud:azure`) is fine. Rename the key, for example to `platform`.",
    sources: TAG_SOURCES,
    examples: &[
        Example::invalid(
            "\
managedControlPlane:
  additionalTags:
    azure: prod
",
        ),
        Example::valid(
            "\
managedControlPlane:
  additionalTags:
    cloud: azure
",
        ),
    ],
    kinds: CLUSTER_KINDS,
    check: Some(check),
};

pub static RESERVED_TAG_PREFIX: Rule = Rule {
    code: "reserved-tag-prefix",
    severity: Severity::Warning,
    summary: "a tag key starting with `azure`, `microsoft` or `windows` (such as `azure-team`)",
    explanation: "Azure reserves the prefixes `azure`, `microsoft` and `windows` for tag names it \
creates itself, and its tag APIs refuse new tags that start with them. Palette documents only the \
exact names as reserved, so this is a warning: the tag may be rejected when Palette applies it to \
Azure resources. Choose a key that does not start with these words.",
    sources: TAG_SOURCES,
    examples: &[
        Example::invalid(
            "\
managedControlPlane:
  additionalTags:
    azure-team: platform
",
        ),
        Example::valid(
            "\
managedControlPlane:
  additionalTags:
    platform-team: azure
",
        ),
    ],
    kinds: CLUSTER_KINDS,
    check: None, // reported by `reserved-tag`'s check, which sees both cases at once
};

fn check(cx: &mut Context) {
    let mut found = Vec::new();
    for tag in cx.tags() {
        let key = tag.key.trim().to_ascii_lowercase();
        if let Some(word) = RESERVED.iter().find(|w| key == **w) {
            found.push(RESERVED_TAG.diagnostic(
                tag.key_span.clone(),
                format!("`{}` is a reserved tag: Palette rejects tags named `{word}` (in any letter case)", tag.key.trim()),
            ));
        } else if let Some(word) = RESERVED.iter().find(|w| key.starts_with(**w)) {
            found.push(RESERVED_TAG_PREFIX.diagnostic(
                tag.key_span.clone(),
                format!(
                    "tag key `{}` starts with `{word}`, a prefix Azure reserves for its own tags",
                    tag.key.trim()
                ),
            ));
        }
    }
    found.into_iter().for_each(|d| cx.push(d));
}

#[cfg(test)]
mod tests {
    use crate::kind::DocumentKind::{CrossplaneAks, KubernetesAksValues as Aks};
    use crate::rules::tags::test_docs::{aks_values, crossplane};
    use crate::rules::testing::{assert_clean, findings};

    #[test]
    fn exact_names_in_any_case() {
        let text = crossplane(&["azure:prod", "Microsoft:x", "WINDOWS", "env:dev"]);
        let found: Vec<String> = findings(&text, CrossplaneAks, "reserved-tag")
            .into_iter()
            .map(|f| f.0)
            .collect();
        assert_eq!(found, ["azure", "Microsoft", "WINDOWS"]);
    }

    #[test]
    fn map_keys_too() {
        let text = aks_values(&["Azure: x", "windows: \"\"", "team: a"]);
        assert_eq!(findings(&text, Aks, "reserved-tag").len(), 2);
    }

    #[test]
    fn prefixes_warn_and_values_pass() {
        let text = crossplane(&["azure-team:a", "cloud:azure", "owner:microsoft"]);
        assert_eq!(
            findings(&text, CrossplaneAks, "reserved-tag-prefix"),
            [("azure-team".to_owned(), 8)]
        );
        assert_clean(&text, CrossplaneAks, "reserved-tag");
    }
}
