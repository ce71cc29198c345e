use super::TAG_SOURCES;
use crate::diagnostic::Severity;
use crate::rules::{Context, Example, Rule, CLUSTER_KINDS};

pub static RULE: Rule = Rule {
    code: "tag-format",
    severity: Severity::Warning,
    summary: "a list tag with a second colon or an empty key (a tag without a value is a hint)",
    explanation: "Palette cluster tags are written as `key:value` strings, such as \
`department:finance`. A tag without a colon is allowed and gets no value of its own: Palette \
stores it with the value `spectro__tag`, and Spectro Cloud's own examples use such tags, so this \
is only a hint. A tag with a second colon is split at the first two: `repo:org:name` becomes key `repo` with \
value `org`, and `:name` is silently dropped. An empty key cannot be applied at all.",
    sources: TAG_SOURCES,
    examples: &[
        Example::invalid(
            "\
apiVersion: cluster.palette.crossplane.io/v1alpha1
kind: Aks
metadata:
  name: aks-prod
spec:
  forProvider:
    tags:
      - \"repo:org:name\"
",
        ),
        Example::valid(
            "\
apiVersion: cluster.palette.crossplane.io/v1alpha1
kind: Aks
metadata:
  name: aks-prod
spec:
  forProvider:
    tags:
      - \"department:finance\"
",
        ),
    ],
    kinds: CLUSTER_KINDS,
    check: Some(check),
};

fn check(cx: &mut Context) {
    let mut found = Vec::new();
    for tag in cx.tags().iter().filter(|t| t.from_list) {
        let message = match &tag.value {
            None => {
                let mut hint = RULE.diagnostic(
                    tag.span.clone(),
                    format!(
                        "tag `{}` has no value: Palette stores it with the value `spectro__tag`; write `key:value` to choose one",
                        tag.raw
                    ),
                );
                hint.severity = Severity::Hint;
                found.push(hint);
                continue;
            }
            Some(_) if tag.key.trim().is_empty() => format!("tag `{}` has an empty key", tag.raw),
            Some(value) if value.contains(':') => {
                let (kept, dropped) = value.split_once(':').unwrap_or((value, ""));
                format!(
                    "tag `{}` has more than one colon: Palette keeps key `{}` with value `{kept}` and drops `:{dropped}`",
                    tag.raw, tag.key
                )
            }
            Some(_) => continue,
        };
        found.push(RULE.diagnostic(tag.span.clone(), message));
    }
    found.into_iter().for_each(|d| cx.push(d));
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::Severity;
    use crate::kind::DocumentKind::CrossplaneAks;
    use crate::rules::tags::test_docs::crossplane;
    use crate::rules::testing::{assert_clean, diagnostics, findings};

    #[test]
    fn flags_missing_and_extra_colons() {
        let text = crossplane(&["dev", "repo:org:name", ":x", "department:finance"]);
        assert_eq!(findings(&text, CrossplaneAks, "tag-format").len(), 3);
        let severities: Vec<Severity> = diagnostics(&text, CrossplaneAks)
            .iter()
            .filter(|d| d.code == "tag-format")
            .map(|d| d.severity)
            .collect();
        // A tag without a value is what Spectro Cloud's examples use: a hint only.
        assert_eq!(
            severities,
            [Severity::Hint, Severity::Warning, Severity::Warning]
        );
    }

    #[test]
    fn key_value_passes() {
        assert_clean(
            &crossplane(&["department:finance", "cloud:azure"]),
            CrossplaneAks,
            "tag-format",
        );
    }
}
