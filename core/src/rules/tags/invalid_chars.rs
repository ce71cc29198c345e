use super::TAG_SOURCES;
use crate::diagnostic::Severity;
use crate::rules::{Context, Example, Rule, CLUSTER_KINDS};

const FORBIDDEN: [char; 7] = ['<', '>', '%', '&', '\\', '?', '/'];

pub static RULE: Rule = Rule {
    code: "tag-invalid-chars",
    severity: Severity::Error,
    summary: "`< > % & \\ ? /` in a tag key",
    explanation: "Azure tag names cannot contain `<`, `>`, `%`, `&`, `\\`, `?` or `/`. Palette \
applies cluster tags to the Azure resources it creates, so such a tag fails there. Use letters, \
digits, `-`, `_` or `.` instead.",
    sources: TAG_SOURCES,
    examples: &[
        Example::invalid(
            "\
managedControlPlane:
  additionalTags:
    cost/center: \"42\"
",
        ),
        Example::valid(
            "\
managedControlPlane:
  additionalTags:
    cost-center: \"42\"
",
        ),
    ],
    kinds: CLUSTER_KINDS,
    check: Some(check),
};

fn check(cx: &mut Context) {
    let mut found = Vec::new();
    for tag in cx.tags() {
        let mut bad: Vec<char> = tag.key.chars().filter(|c| FORBIDDEN.contains(c)).collect();
        bad.dedup();
        if bad.is_empty() {
            continue;
        }
        let list: Vec<String> = bad.iter().map(|c| format!("`{c}`")).collect();
        found.push(RULE.diagnostic(
            tag.key_span.clone(),
            format!(
                "tag key `{}` contains {}, which Azure does not allow in tag names",
                tag.key,
                list.join(", ")
            ),
        ));
    }
    found.into_iter().for_each(|d| cx.push(d));
}

#[cfg(test)]
mod tests {
    use crate::kind::DocumentKind::{CrossplaneAks, KubernetesAksValues as Aks};
    use crate::rules::tags::test_docs::{aks_values, crossplane};
    use crate::rules::testing::{assert_clean, findings};

    #[test]
    fn flags_forbidden_characters_in_keys_only() {
        let text = crossplane(&["bad/key:1", "a&b:2", "url:https://x?y"]);
        let found: Vec<String> = findings(&text, CrossplaneAks, "tag-invalid-chars")
            .into_iter()
            .map(|f| f.0)
            .collect();
        assert_eq!(found, ["bad/key", "a&b"]);
        assert_eq!(
            findings(
                &aks_values(&["\"cost%center\": x"]),
                Aks,
                "tag-invalid-chars"
            )
            .len(),
            1
        );
        assert_clean(
            &crossplane(&["cost-center:42"]),
            CrossplaneAks,
            "tag-invalid-chars",
        );
    }
}
