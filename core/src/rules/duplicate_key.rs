use std::collections::HashMap;

use super::{Context, Example, Rule, Source, ALL_KINDS};
use crate::diagnostic::Severity;
use crate::syntax::NodeValue;

pub static RULE: Rule = Rule {
    code: "duplicate-key",
    severity: Severity::Error,
    summary: "the same key twice in one mapping",
    explanation: "A mapping has the same key more than once. YAML forbids it, and readers that \
accept it keep only one of the values (usually the last), so the other setting is silently lost. \
Merge the two entries into one.",
    sources: &[Source::new(
        "YAML 1.2 specification, 3.2.1.1 Nodes (mapping keys are unique)",
        "https://yaml.org/spec/1.2.2/",
    )],
    examples: &[
        Example::invalid(
            "\
managedControlPlane:
  sku: Free
  sku: Standard
",
        ),
        Example::valid(
            "\
managedControlPlane:
  sku: Standard
",
        ),
    ],
    kinds: ALL_KINDS,
    check: Some(check),
};

fn check(cx: &mut Context) {
    let doc = cx.doc;
    for node in &doc.nodes {
        let NodeValue::Mapping(entries) = &node.value else {
            continue;
        };
        if entries.len() < 2 {
            continue;
        }
        let mut first_seen: HashMap<&str, usize> = HashMap::with_capacity(entries.len());
        for &(key, _) in entries {
            let Some(text) = doc.key_text(key) else {
                continue;
            };
            let span = doc.span(key);
            if let Some(&first) = first_seen.get(text) {
                let line = cx.line_number(first);
                cx.push(RULE.diagnostic(
                    span,
                    format!("duplicate key `{text}`: it is already defined on line {line}, and only one of the two values is used"),
                ));
            } else {
                first_seen.insert(text, span.start);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::kind::DocumentKind::KubernetesAksValues as Aks;
    use crate::rules::testing::{assert_clean, findings};

    #[test]
    fn reports_the_second_key() {
        let text = "managedControlPlane:\n  sku: Free\n  sku: Standard\n";
        assert_eq!(
            findings(text, Aks, "duplicate-key"),
            [("sku".to_owned(), 3)]
        );
    }

    #[test]
    fn same_key_in_different_mappings_is_fine() {
        assert_clean("managedControlPlane:\n  sku: Free\n  autoUpgradeProfile:\n    upgradeChannel: stable\n", Aks, "duplicate-key");
    }
}
