//! Template actions (`{{ .Values.x }}`, `{{- if ... }}`, `{{.spectro.var.sku}}`) masked so
//! that a templated manifest still parses as YAML.
//!
//! A document with template actions is not YAML until it is rendered. To still check what
//! can be checked (a Palette pack manifest's proxy label), every action is replaced by text
//! of the same length: a line that holds only actions (`{{- if }}`, `{{- end }}`,
//! `{{- include ... | nindent 4 }}`) becomes blank, and an action inside a line becomes
//! `x`s (its spaces kept), a plain value. Byte offsets stay exact. Text inside block scalars (`values: |`) is
//! left alone: it is a string to this document, and is checked on its own when embedded.

use std::borrow::Cow;

use super::tree::Span;

/// The text with its template actions masked, and where they were.
#[derive(Debug, Clone)]
pub struct Masked<'a> {
    pub text: Cow<'a, str>,
    /// Byte ranges of the masked actions, in order.
    pub actions: Vec<Span>,
    /// Byte ranges of actions that may change the document's structure: a line of only
    /// actions (a control line or an include), or an action where a key belongs.
    pub structural: Vec<Span>,
}

impl Masked<'_> {
    /// True when an action lies in `range`.
    pub fn has_action_in(&self, range: &Span) -> bool {
        first_in(&self.actions, range).is_some()
    }

    /// True when an action that may change the structure lies in `range`.
    pub fn is_structural_in(&self, range: &Span) -> bool {
        first_in(&self.structural, range).is_some()
    }

    /// The actions that lie in `range`.
    pub fn actions_in(&self, range: &Span) -> &[Span] {
        let start = self.actions.partition_point(|a| a.start < range.start);
        let end = self.actions.partition_point(|a| a.start < range.end);
        &self.actions[start..end]
    }
}

fn first_in<'s>(spans: &'s [Span], range: &Span) -> Option<&'s Span> {
    let i = spans.partition_point(|a| a.end <= range.start);
    spans.get(i).filter(|a| a.start < range.end)
}

/// Masks the template actions of `text` outside block scalars. Text without `{{` is
/// returned as it is, without a copy.
pub fn mask(text: &str) -> Masked<'_> {
    if !text.contains("{{") {
        return Masked {
            text: Cow::Borrowed(text),
            actions: Vec::new(),
            structural: Vec::new(),
        };
    }
    let mut out = text.as_bytes().to_vec();
    let mut actions = Vec::new();
    let mut structural = Vec::new();
    let mut block_indent: Option<usize> = None;
    let mut line_start = 0;
    while line_start < text.len() {
        let line_end = text[line_start..]
            .find('\n')
            .map_or(text.len(), |i| line_start + i + 1);
        let line = &text[line_start..line_end];
        let content = line.trim_end_matches(['\n', '\r']);
        let indent = content.len() - content.trim_start_matches(' ').len();
        let blank = content.trim().is_empty();
        if let Some(parent) = block_indent {
            if blank || indent > parent {
                line_start = line_end;
                continue;
            }
            block_indent = None;
        }
        // Actions may span lines; find each from here and mask it where it is.
        let mut at = line_start;
        let mut next_line = line_end;
        let mut line_actions = Vec::new();
        while let Some(open) = text[at..next_line].find("{{").map(|i| at + i) {
            let Some(close) = text[open + 2..].find("}}").map(|i| open + 2 + i + 2) else {
                break;
            };
            line_actions.push(open..close);
            at = close;
            if close > next_line {
                next_line = text[close..]
                    .find('\n')
                    .map_or(text.len(), |i| close + i + 1);
            }
        }
        if line_actions.is_empty() {
            if opens_block_scalar(content) {
                block_indent = Some(indent);
            }
            line_start = line_end;
            continue;
        }
        let mut rest = String::with_capacity(next_line - line_start);
        let mut previous = line_start;
        for action in &line_actions {
            rest.push_str(&text[previous..action.start]);
            previous = action.end;
        }
        rest.push_str(&text[previous..next_line]);
        let only_actions = rest.trim().is_empty();
        for action in &line_actions {
            let key_position = !only_actions && is_key_position(&text[line_start..action.start]);
            let filler = if only_actions { b' ' } else { b'x' };
            // Whitespace stays, so an action over several lines keeps their indentation.
            for byte in &mut out[action.clone()] {
                if !byte.is_ascii_whitespace() {
                    *byte = filler;
                }
            }
            if only_actions || key_position {
                structural.push(action.clone());
            }
            actions.push(action.clone());
        }
        line_start = next_line;
    }
    // Every byte of an action is replaced by an ASCII byte, so this is valid UTF-8; fall back
    // to the original on the impossible error rather than panic.
    let text = String::from_utf8(out).map_or(Cow::Borrowed(text), Cow::Owned);
    Masked {
        text,
        actions,
        structural,
    }
}

/// True when the text before an action on its line leaves it where a key starts.
fn is_key_position(before: &str) -> bool {
    let before = before.trim_start();
    let before = before.trim_start_matches("- ").trim_start();
    before.is_empty()
}

/// True when a line ends in a block scalar header (`key: |`, `- >-`, `key: |2 # note`).
fn opens_block_scalar(line: &str) -> bool {
    let line = match line.find(" #") {
        Some(i) => &line[..i],
        None => line,
    };
    let line = line.trim_end();
    let header_start = line.rfind([' ', '\t']).map_or(0, |i| i + 1);
    let header = &line[header_start..];
    let mut chars = header.chars();
    let starts = matches!(chars.next(), Some('|' | '>'));
    let before = line[..header_start].trim_end();
    starts
        && chars.all(|c| matches!(c, '-' | '+' | '1'..='9'))
        && (before.ends_with(':') || before.ends_with('-') || before.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_without_actions_is_not_copied() {
        let masked = mask("a: 1\n");
        assert!(matches!(masked.text, Cow::Borrowed(_)));
        assert!(masked.actions.is_empty());
    }

    #[test]
    fn masks_values_and_blanks_control_lines() {
        let text = "{{- if .Values.enabled }}\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n  labels:\n    {{- include \"x.labels\" . | nindent 4 }}\n{{- end }}\n";
        let masked = mask(text);
        assert_eq!(masked.text.len(), text.len());
        let lines: Vec<&str> = masked.text.lines().collect();
        assert_eq!(
            lines[1..6],
            [
                "apiVersion: apps/v1",
                "kind: Deployment",
                "metadata:",
                "  name: xx xxxxxxxxxxxxx xx",
                "  labels:",
            ]
        );
        for (masked_line, line) in [(lines[0], 0), (lines[6], 6), (lines[7], 7)] {
            assert!(masked_line.trim().is_empty());
            assert_eq!(masked_line.len(), text.lines().nth(line).unwrap().len());
        }
        assert_eq!(masked.actions.len(), 4);
        assert_eq!(masked.structural.len(), 3);
        let name = text.find("{{ .Release").unwrap();
        assert!(masked.has_action_in(&(name..name + 3)));
        assert!(!masked.is_structural_in(&(name..name + 3)));
    }

    #[test]
    fn leaves_block_scalars_alone() {
        let text = "values: |\n  sku: \"{{.spectro.var.sku}}\"\nname: \"{{.spectro.var.n}}\"\n";
        let masked = mask(text);
        assert!(masked.text.contains("{{.spectro.var.sku}}"));
        assert!(
            masked.text.contains("name: \"xxxxxxxxxxxxxxxxxx\""),
            "{}",
            masked.text
        );
        assert_eq!(masked.actions.len(), 1);
    }

    #[test]
    fn masks_actions_across_lines_and_keys() {
        let text = "{{ .Values.key }}: 1\nb: {{ include\n  \"x\" . }}\n";
        let masked = mask(text);
        assert_eq!(
            masked.text,
            "xx xxxxxxxxxxx xx: 1\nb: xx xxxxxxx\n  xxx x xx\n"
        );
        assert_eq!(masked.structural.len(), 1);
    }

    #[test]
    fn recognizes_block_scalar_headers() {
        for header in ["values: |", "  values: |-", "- >", "k: |2 # c", "k: >+"] {
            assert!(opens_block_scalar(header), "{header}");
        }
        for other in ["k: v", "k: a|b", "k: \"|\"", "|x"] {
            assert!(!opens_block_scalar(other), "{other}");
        }
    }
}
