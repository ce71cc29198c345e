use super::TAG_SOURCES;
use crate::diagnostic::Severity;
use crate::rules::{Context, Example, Rule, CLUSTER_KINDS};

const MAX_KEY: usize = 512;
const MAX_VALUE: usize = 256;

pub static RULE: Rule = Rule {
    code: "tag-length",
    severity: Severity::Error,
    summary: "a tag key over 512 or a value over 256 characters",
    explanation: "Azure limits tag names to 512 characters and tag values to 256. Longer tags are \
rejected when Palette applies them to Azure resources.",
    sources: TAG_SOURCES,
    examples: &[
        Example::invalid(
            "\
managedControlPlane:
  additionalTags:
    description: >-
      Shared AKS cluster of the payments platform team, running the checkout, refunds
      and ledger services for the European storefronts; contact the on-call engineer
      through the platform channel before any change to node pools, networking or
      upgrade settings of this cluster
",
        ),
        Example::valid(
            "\
managedControlPlane:
  additionalTags:
    description: Payments platform, checkout and refunds
",
        ),
    ],
    kinds: CLUSTER_KINDS,
    check: Some(check),
};

fn check(cx: &mut Context) {
    let mut found = Vec::new();
    for tag in cx.tags() {
        let key_len = tag.key.chars().count();
        if key_len > MAX_KEY {
            found.push(RULE.diagnostic(
                tag.key_span.clone(),
                format!("tag key is {key_len} characters long; Azure allows at most {MAX_KEY}"),
            ));
        }
        let value_len = tag.value.as_deref().map_or(0, |v| v.chars().count());
        if value_len > MAX_VALUE {
            found.push(RULE.diagnostic(
                tag.span.clone(),
                format!(
                    "tag value is {value_len} characters long; Azure allows at most {MAX_VALUE}"
                ),
            ));
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
    fn limits_keys_and_values() {
        let long_key = format!("{}:v", "k".repeat(513));
        let long_value = format!("k:{}", "v".repeat(257));
        assert_eq!(
            findings(
                &crossplane(&[&long_key, &long_value]),
                CrossplaneAks,
                "tag-length"
            )
            .len(),
            2
        );
        let at_limit = format!("{}:{}", "k".repeat(512), "é".repeat(256));
        assert_clean(&crossplane(&[&at_limit]), CrossplaneAks, "tag-length");
    }
}
