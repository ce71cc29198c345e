use super::{Example, Rule, Source, ALL_KINDS};
use crate::diagnostic::Severity;

/// Reported by the engine from the parser's error; a document that does not parse gets no
/// other diagnostics.
pub static RULE: Rule = Rule {
    code: "yaml-syntax",
    severity: Severity::Error,
    summary: "YAML that does not parse",
    explanation: "The text is not valid YAML at this position, so neither Palette nor palint can \
read it. Common causes: a tab used for indentation, a line indented differently from its siblings, \
an unclosed quote or bracket, or `key: value` where a list item was expected. palint reports the \
first error of each document and checks nothing else in it until it parses.",
    sources: &[Source::new(
        "YAML 1.2 specification",
        "https://yaml.org/spec/1.2.2/",
    )],
    examples: &[
        Example::invalid(
            "\
managedControlPlane:
  sku: \"Standard
",
        ),
        Example::valid(
            "\
managedControlPlane:
  sku: \"Standard\"
",
        ),
    ],
    kinds: ALL_KINDS,
    check: None,
};
