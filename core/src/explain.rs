//! A rule's documentation, rendered once for every front end: plain text for the terminal
//! (`palint explain`) and Markdown for editors, SARIF and the browser editor. Both show the
//! summary, the explanation, the kinds it applies to, the examples (with what palint reports in
//! the invalid ones), the sources and how to change the rule's level or silence it.

use std::fmt::Write;

use crate::rules::{Example, Rule};
use crate::Diagnostic;

/// Where the rule's facts are documented: the link of its first source.
pub fn link(rule: &Rule) -> Option<&'static str> {
    rule.sources.first().and_then(|s| s.url)
}

/// The diagnostics with `code` when the example is checked (with default settings).
pub fn example_diagnostics(example: &Example, code: &str) -> Vec<Diagnostic> {
    // A Terraform example is a `.tf` file: its kind comes from its resource types.
    let terraform = example.kind.is_some_and(|k| k.is_terraform());
    let options = crate::Options {
        kind: example.kind.filter(|_| !terraform),
        path: terraform.then_some("main.tf"),
        ..crate::Options::default()
    };
    let mut found = crate::check(example.text, &options);
    found.retain(|d| d.code == code);
    found
}

/// What palint reports for `example` under `rule`'s code: 1-based line and message.
pub fn example_findings(rule: &Rule, example: &Example) -> Vec<(usize, String)> {
    example_diagnostics(example, rule.code)
        .into_iter()
        .map(|d: Diagnostic| {
            let line = example.text[..d.range.start].matches('\n').count() + 1;
            (line, d.message)
        })
        .collect()
}

/// Plain text for a terminal, prose wrapped at `width` columns (`usize::MAX`: no wrapping).
/// Example documents are indented by four spaces and never wrapped.
pub fn text(rule: &Rule, width: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} ({} by default)\n", rule.code, rule.severity);
    let _ = writeln!(out, "{}\n", wrap(rule.summary, width, "", ""));
    for paragraph in rule.explanation.split("\n\n") {
        let _ = writeln!(out, "{}\n", wrap(paragraph, width, "", ""));
    }
    let kinds = format!("Applies to: {}", kind_list(rule, |k| k.to_owned()));
    let _ = writeln!(out, "{}\n", wrap(&kinds, width, "", "  "));
    for example in rule.examples {
        let _ = writeln!(out, "{}:\n", example_title(example, |k| k.to_owned()));
        for line in example.text.lines() {
            let _ = writeln!(out, "    {line}");
        }
        out.push('\n');
        for (line, message) in example_findings(rule, example) {
            let finding = format!("line {line}: {message}");
            let _ = writeln!(out, "{}", wrap(&finding, width, "  ", "    "));
        }
        if !example.valid {
            out.push('\n');
        }
    }
    let _ = writeln!(out, "Sources:");
    for source in rule.sources {
        let _ = writeln!(out, "{}", wrap(source.title, width, "  - ", "    "));
        if let Some(url) = source.url {
            let _ = writeln!(out, "    {url}");
        }
    }
    let _ = writeln!(out, "\n{}", wrap(&configure(rule), width, "", ""));
    out
}

/// Markdown: a `#` heading with the code, then `##` sections for examples, sources and
/// configuration.
pub fn markdown(rule: &Rule) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# `{}` ({} by default)\n", rule.code, rule.severity);
    let _ = writeln!(out, "{}\n", rule.summary);
    for paragraph in rule.explanation.split("\n\n") {
        let _ = writeln!(out, "{}\n", paragraph);
    }
    let kinds = kind_list(rule, |k| format!("`{k}`"));
    let _ = writeln!(out, "**Applies to:** {kinds}\n");
    if !rule.examples.is_empty() {
        let _ = writeln!(out, "## Examples\n");
        for example in rule.examples {
            let _ = writeln!(out, "{}:\n", example_title(example, |k| format!("`{k}`")));
            let language = if example.kind.is_some_and(|k| k.is_terraform()) {
                "hcl"
            } else {
                "yaml"
            };
            let _ = writeln!(out, "```{language}\n{}```\n", example.text);
            let findings = example_findings(rule, example);
            if !findings.is_empty() {
                let _ = writeln!(out, "palint reports:\n");
                for (line, message) in findings {
                    let _ = writeln!(out, "- line {line}: {message}");
                }
                out.push('\n');
            }
        }
    }
    let _ = writeln!(out, "## Sources\n");
    for source in rule.sources {
        let _ = match source.url {
            Some(url) => writeln!(out, "- [{}]({url})", source.title),
            None => writeln!(out, "- {}", source.title),
        };
    }
    let _ = writeln!(out, "\n## Configure\n\n{}", configure(rule));
    out
}

fn kind_list(rule: &Rule, style: impl Fn(&str) -> String) -> String {
    let kinds: Vec<String> = rule.kinds.iter().map(|k| style(k.name())).collect();
    kinds.join(", ")
}

fn example_title(example: &Example, style: impl Fn(&str) -> String) -> String {
    let title = if example.valid { "Valid" } else { "Invalid" };
    match example.kind {
        Some(kind) => format!("{title} (checked as {})", style(kind.name())),
        None => title.to_owned(),
    }
}

fn configure(rule: &Rule) -> String {
    let code = rule.code;
    format!(
        "Change its level in `.palint.yaml` (`rules: {{{code}: warning}}`, or `off`) or in the \
         editor's `palint.rules` setting. Silence one line with \
         `# palint-disable-next-line {code}` above it, or a whole file with \
         `# palint-disable-file {code}`."
    )
}

/// `text` as lines of at most `width` columns, the first starting with `first` and the others
/// with `rest`. Code in backticks is not broken, and a longer word gets a line of its own.
fn wrap(text: &str, width: usize, first: &str, rest: &str) -> String {
    let mut out = String::from(first);
    let mut line_len = first.chars().count();
    let mut at_start = true;
    for word in words(text) {
        let len = word.chars().count();
        if !at_start && line_len.saturating_add(1 + len) > width {
            out.push('\n');
            out.push_str(rest);
            line_len = rest.chars().count();
        } else if !at_start {
            out.push(' ');
            line_len += 1;
        }
        out.push_str(&word);
        line_len += len;
        at_start = false;
    }
    out
}

/// The words of `text`, a span in backticks counting as one word.
fn words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut open = false;
    for word in text.split_whitespace() {
        match words.last_mut() {
            Some(last) if open => {
                last.push(' ');
                last.push_str(word);
            }
            _ => words.push(word.to_owned()),
        }
        if word.matches('`').count() % 2 == 1 {
            open = !open;
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::find;

    #[test]
    fn wraps_at_the_width_with_indent() {
        assert_eq!(wrap("aa bb cc dd", 5, "", "  "), "aa bb\n  cc\n  dd");
        assert_eq!(wrap("aa bb cc", 7, "- ", "  "), "- aa bb\n  cc");
        assert_eq!(wrap("aa bb cc", usize::MAX, "", ""), "aa bb cc");
        assert_eq!(wrap("a `b c d` e", 4, "", ""), "a\n`b c d`\ne");
    }

    #[test]
    fn text_lines_fit_except_examples_and_links() {
        for rule in crate::rules::RULES {
            let text = text(rule, 88);
            for line in text.lines() {
                let exempt = line.starts_with("    ") || line.contains("https://");
                assert!(
                    exempt || line.chars().count() <= 88 || !line.contains(' '),
                    "{}: {line}",
                    rule.code
                );
            }
        }
    }

    #[test]
    fn markdown_has_every_part() {
        let rule = find("reserved-tag").unwrap();
        let md = markdown(rule);
        for part in [
            "# `reserved-tag` (error by default)",
            "Palette reserves the tags",
            "**Applies to:** `kubernetes-aks-values`, `capz-managed-control-plane`",
            "## Examples",
            "```yaml\nmanagedControlPlane:",
            "palint reports:\n\n- line 3: ",
            "- [Palette docs, Azure Architecture, Tags and Reserved Tags](https://",
            "`# palint-disable-next-line reserved-tag`",
        ] {
            assert!(md.contains(part), "{part:?} not in\n{md}");
        }
    }
}
