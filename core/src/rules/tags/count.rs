use super::TAG_SOURCES;
use crate::diagnostic::Severity;
use crate::rules::{Context, Example, Rule, CLUSTER_KINDS};

const MAX_TAGS: usize = 50;

pub static RULE: Rule = Rule {
    code: "tag-count",
    severity: Severity::Error,
    summary: "more than 50 tags",
    explanation:
        "An Azure resource holds at most 50 tags. Palette and AKS add tags of their own, so \
a cluster with more than 50 custom tags cannot be tagged as written; stay well below the limit.",
    sources: TAG_SOURCES,
    examples: &[
        Example::invalid(
            "\
managedControlPlane:
  additionalTags: {
    tag1: x, tag2: x, tag3: x, tag4: x, tag5: x, tag6: x, tag7: x, tag8: x, tag9: x, tag10: x,
    tag11: x, tag12: x, tag13: x, tag14: x, tag15: x, tag16: x, tag17: x, tag18: x, tag19: x, tag20: x,
    tag21: x, tag22: x, tag23: x, tag24: x, tag25: x, tag26: x, tag27: x, tag28: x, tag29: x, tag30: x,
    tag31: x, tag32: x, tag33: x, tag34: x, tag35: x, tag36: x, tag37: x, tag38: x, tag39: x, tag40: x,
    tag41: x, tag42: x, tag43: x, tag44: x, tag45: x, tag46: x, tag47: x, tag48: x, tag49: x, tag50: x,
    tag51: x
  }
",
        ),
        Example::valid(
            "\
managedControlPlane:
  additionalTags:
    team: payments
    env: prod
",
        ),
    ],
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
