use std::collections::HashMap;

use super::TAG_SOURCES;
use crate::diagnostic::Severity;
use crate::rules::{Context, Example, Rule, CLUSTER_KINDS};

pub static RULE: Rule = Rule {
    code: "duplicate-tag",
    severity: Severity::Warning,
    summary: "tag keys that are equal when case is ignored",
    explanation:
        "Azure tag names are case-insensitive: `Env` and `env` are the same tag, and only \
one of the values survives (AKS applies same-named tags in alphabetical order, so the last one \
wins). Keep one of them.",
    sources: TAG_SOURCES,
    examples: &[
        Example::invalid(
            "\
managedControlPlane:
  additionalTags:
    env: dev
    Env: prod
",
        ),
        Example::valid(
            "\
managedControlPlane:
  additionalTags:
    env: prod
    team: payments
",
        ),
    ],
    kinds: CLUSTER_KINDS,
    check: Some(check),
};

fn check(cx: &mut Context) {
    let mut seen: HashMap<String, (String, usize)> = HashMap::new();
    let mut found = Vec::new();
    for tag in cx.tags() {
        let folded = tag.key.trim().to_lowercase();
        match seen.get(&folded) {
            Some((first, at)) => {
                let line = cx.line_number(*at);
                found.push(RULE.diagnostic(
                    tag.key_span.clone(),
                    format!("tag key `{}` repeats `{first}` from line {line}; Azure tag names ignore case, so only one value is kept", tag.key),
                ));
            }
            None => {
                seen.insert(folded, (tag.key.clone(), tag.key_span.start));
            }
        }
    }
    found.into_iter().for_each(|d| cx.push(d));
}

#[cfg(test)]
mod tests {
    use crate::kind::DocumentKind::CrossplaneAks;
    use crate::rules::tags::test_docs::crossplane;
    use crate::rules::testing::{assert_clean, findings};

    #[test]
    fn case_insensitive_duplicates() {
        let text = crossplane(&["env:dev", "Env:prod", "team:a"]);
        assert_eq!(
            findings(&text, CrossplaneAks, "duplicate-tag"),
            [("Env".to_owned(), 9)]
        );
        assert_clean(
            &crossplane(&["env:dev", "environment:prod"]),
            CrossplaneAks,
            "duplicate-tag",
        );
    }
}
