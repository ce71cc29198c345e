//! A `.palint.yaml` kind glob that is not a valid glob pattern.

use super::{Context, Example, Rule, Source};
use crate::diagnostic::Severity;
use crate::kind::DocumentKind;

pub static RULE: Rule = Rule {
    code: "invalid-glob",
    severity: Severity::Error,
    summary: "a `kinds` entry of `.palint.yaml` whose `glob` is not a valid pattern",
    explanation: "Each `kinds` entry of `.palint.yaml` gives a glob pattern (relative to the \
folder holding the file; `*` stays within a folder, `**` crosses folders, `{a,b}` and `[abc]` \
are alternatives) and the kind to check matching files as. A pattern that does not parse, such \
as an unclosed `[` or `{`, matches nothing, so the entry is skipped: fix the pattern or remove \
the entry.",
    sources: &[Source::new(
        "globset, the glob syntax palint uses",
        "https://docs.rs/globset/latest/globset/#syntax",
    )],
    examples: &[
        Example::invalid("kinds:\n  - glob: \"layers/[ab.yaml\"\n    kind: none\n")
            .as_kind(DocumentKind::PalintConfig),
        Example::valid("kinds:\n  - glob: \"layers/*.yaml\"\n    kind: none\n")
            .as_kind(DocumentKind::PalintConfig),
    ],
    kinds: &[DocumentKind::PalintConfig],
    check: Some(check),
};

fn check(cx: &mut Context) {
    let doc = cx.doc;
    let Some(kinds) = doc.root.and_then(|root| doc.get(root, "kinds")) else {
        return;
    };
    for &item in doc.items(kinds) {
        let Some((_, value, pattern)) = cx.string_entry(item, "glob") else {
            continue;
        };
        // The same parser `.palint.yaml` globs are compiled with (`config::compile_glob`).
        if let Err(error) = globset::Glob::new(pattern) {
            let span = doc.span(value);
            let message = format!("invalid glob `{pattern}`: {}", error.kind());
            cx.push(RULE.diagnostic(span, message));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::kind::DocumentKind::PalintConfig;
    use crate::rules::testing::{assert_clean, findings};

    #[test]
    fn reports_a_pattern_that_does_not_parse() {
        let text = "kinds:\n  - glob: \"layers/[ab.yaml\"\n    kind: none\n  - glob: \"**/values.yaml\"\n    kind: kubernetes-aks-values\n";
        assert_eq!(
            findings(text, PalintConfig, "invalid-glob"),
            vec![("\"layers/[ab.yaml\"".to_owned(), 2)]
        );
        assert_clean(
            "kinds:\n  - glob: \"{a,b}/*.yaml\"\n    kind: none\n",
            PalintConfig,
            "invalid-glob",
        );
    }
}
