use super::TAG_SOURCE;
use crate::diagnostic::Severity;
use crate::rules::{Context, Rule, CLUSTER_KINDS};

const MAX_TAGS: usize = 50;

pub static RULE: Rule = Rule {
    code: "tag-count",
    severity: Severity::Error,
    summary: "more than 50 tags",
    explanation:
        "An Azure resource holds at most 50 tags. Palette and AKS add tags of their own, so \
a cluster with more than 50 custom tags cannot be tagged as written; stay well below the limit.",
    source: TAG_SOURCE,
    kinds: CLUSTER_KINDS,
    check: Some(check),
};

fn check(cx: &mut Context) {
    let count = cx.tags().len();
    if count <= MAX_TAGS {
        return;
    }
    let Some(key) = cx.tags_key() else { return };
    let span = cx.doc.span(key);
    cx.push(RULE.diagnostic(
        span,
        format!("{count} tags; an Azure resource takes at most {MAX_TAGS}"),
    ));
}

#[cfg(test)]
mod tests {
    use crate::kind::DocumentKind::CrossplaneAks;
    use crate::rules::tags::test_docs::crossplane;
    use crate::rules::testing::{assert_clean, findings};

    #[test]
    fn fifty_is_the_limit() {
        let tags: Vec<String> = (0..51).map(|i| format!("k{i}:v")).collect();
        let refs: Vec<&str> = tags.iter().map(String::as_str).collect();
        assert_eq!(
            findings(&crossplane(&refs), CrossplaneAks, "tag-count"),
            [("tags".to_owned(), 7)]
        );
        assert_clean(&crossplane(&refs[..50]), CrossplaneAks, "tag-count");
    }
}
