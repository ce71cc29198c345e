//! Values that are not values yet.
//!
//! A template action or a Palette variable (`{{.spectro.var.sku}}`, `{{ .Values.x }}`) is
//! resolved at deploy time, so no rule judges it. A placeholder left over from an example
//! (`<YOUR_ID>`, `${var.region}`, `YOUR_SSH_KEY`) is reported once, by `placeholder-value`,
//! and by no other rule: one problem, one diagnostic.

use std::ops::Range;

use super::Context;
use crate::syntax::{NodeValue, ScalarType};

/// What kind of stand-in a scalar is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Opaque {
    /// A template action or deploy-time variable: not a value to judge.
    Deferred,
    /// A placeholder from an example, at this byte range of the scalar's text.
    Placeholder(Range<usize>),
}

/// Classifies a scalar's text, or `None` for an ordinary value.
pub(crate) fn classify(text: &str) -> Option<Opaque> {
    if has_template_action(text) {
        return Some(Opaque::Deferred);
    }
    find_placeholder(text).map(Opaque::Placeholder)
}

/// True when `text` holds a `{{ ... }}` action (Go templates, Helm, Palette variables and
/// macros, Handlebars).
pub(crate) fn has_template_action(text: &str) -> bool {
    text.find("{{")
        .is_some_and(|open| text[open + 2..].contains("}}"))
}

/// The name in a Palette profile variable reference that is the whole value,
/// `{{.spectro.var.NAME}}` (spaces and a `-` trim marker allowed).
pub(crate) fn profile_variable(text: &str) -> Option<&str> {
    let inner = text.trim().strip_prefix("{{")?.strip_suffix("}}")?;
    let inner = inner.trim_start_matches('-').trim_end_matches('-').trim();
    let name = inner.strip_prefix(".spectro.var.")?;
    let valid = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'));
    valid.then_some(name)
}

/// The byte range of the first placeholder in `text`: `<something>`, a Terraform
/// interpolation `${...}` (Crossplane and Palette send it literally), or an all-caps
/// `YOUR_...` word.
pub(crate) fn find_placeholder(text: &str) -> Option<Range<usize>> {
    [
        angle_placeholder(text),
        interpolation(text),
        your_word(text),
        replace_me(text),
    ]
    .into_iter()
    .flatten()
    .min_by_key(|r| r.start)
}

fn angle_placeholder(text: &str) -> Option<Range<usize>> {
    let bytes = text.as_bytes();
    let mut start = 0;
    while let Some(open) = text[start..].find('<').map(|i| start + i) {
        let body_len = bytes[open + 1..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b' '))
            .count();
        let close = open + 1 + body_len;
        let body = &bytes[open + 1..close];
        let has_letter = body.iter().any(u8::is_ascii_alphabetic);
        let trimmed = body.first().is_some_and(u8::is_ascii_alphanumeric)
            && body.last().is_some_and(u8::is_ascii_alphanumeric);
        if body_len <= 64 && has_letter && trimmed && bytes.get(close) == Some(&b'>') {
            return Some(open..close + 1);
        }
        start = open + 1;
    }
    None
}

/// `${...}` with a non-empty body on one line (`$${` is Terraform's escape for a literal).
pub(crate) fn interpolation(text: &str) -> Option<Range<usize>> {
    let mut start = 0;
    while let Some(open) = text[start..].find("${").map(|i| start + i) {
        let escaped = open > 0 && text.as_bytes()[open - 1] == b'$';
        let body = &text[open + 2..];
        if let Some(close) = body.find('}') {
            let inner = &body[..close];
            if !escaped && !inner.trim().is_empty() && !inner.contains('\n') {
                return Some(open..open + 2 + close + 1);
            }
        }
        start = open + 2;
    }
    None
}

/// An all-caps word starting with `YOUR_` (`YOUR_AZURE_SUBSCRIPTION_ID`).
fn your_word(text: &str) -> Option<Range<usize>> {
    let is_word = |b: u8| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_';
    let bytes = text.as_bytes();
    let mut start = 0;
    while let Some(at) = text[start..].find("YOUR_").map(|i| start + i) {
        let boundary_before =
            at == 0 || !(is_word(bytes[at - 1]) || bytes[at - 1].is_ascii_lowercase());
        let end = at + bytes[at..].iter().take_while(|&&b| is_word(b)).count();
        let boundary_after = bytes.get(end).is_none_or(|b| !b.is_ascii_alphanumeric());
        if boundary_before && boundary_after && end > at + 5 {
            return Some(at..end);
        }
        start = at + 5;
    }
    None
}

/// The whole value `REPLACE ME` (or `REPLACE_ME`, `CHANGE ME`, `CHANGEME`): what tutorials
/// leave in `terraform.tfvars` for the reader to fill in.
fn replace_me(text: &str) -> Option<Range<usize>> {
    let trimmed = text.trim();
    let word: String = trimmed
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-'))
        .collect();
    let start = text.len() - text.trim_start().len();
    matches!(word.as_str(), "REPLACEME" | "CHANGEME").then(|| start..start + trimmed.len())
}

/// Codes that reason about the whole document: a key that is missing, two keys that are
/// equal, a label that is not on the pod template. Template actions may add, drop or repeat
/// lines (`{{- if }}`, `{{- include }}`), so these are not reported in a templated document.
const WHOLE_DOCUMENT_CODES: &[&str] = &[
    "duplicate-key",
    "missing-required",
    "type-mismatch",
    "aad-admin-groups",
    "local-accounts-aad",
    "workload-identity-oidc",
    "proxy-label-placement",
    "tag-count",
    "duplicate-tag",
];

/// Keeps one diagnostic per stand-in value: none on a deferred value (a variable or template
/// action), and on a placeholder only `placeholder-value`, or `type-mismatch` when the field
/// does not take a string at all.
pub(crate) fn one_diagnostic_per_value(cx: &mut Context) {
    let doc = cx.doc;
    let mut deferred = Vec::new();
    let mut placeholders = Vec::new();
    for (id, node) in doc.nodes.iter().enumerate() {
        let NodeValue::Scalar(scalar) = &node.value else {
            continue;
        };
        if scalar.ty != ScalarType::Str {
            continue;
        }
        if cx.is_deferred(id) {
            deferred.push(node.span.clone());
        } else if !cx.is_key(id) && matches!(classify(&scalar.text), Some(Opaque::Placeholder(_))) {
            placeholders.push(node.span.clone());
        }
    }
    if cx.templated {
        cx.diagnostics
            .retain(|d| !WHOLE_DOCUMENT_CODES.contains(&d.code));
    }
    if deferred.is_empty() && placeholders.is_empty() {
        return;
    }
    let within = |spans: &[Range<usize>], range: &Range<usize>| {
        spans
            .iter()
            .find(|s| s.start <= range.start && range.end <= s.end)
            .cloned()
    };
    let typed: Vec<Range<usize>> = cx
        .diagnostics
        .iter()
        .filter(|d| d.code == crate::schema::codes::TYPE_MISMATCH.name)
        .filter_map(|d| within(&placeholders, &d.range))
        .collect();
    cx.diagnostics.retain(|d| {
        // These rules judge the expression itself, not a value it stands for.
        if [
            super::undeclared_variable::RULE.code,
            super::profile_reference::RULE.code,
        ]
        .contains(&d.code)
        {
            return true;
        }
        if within(&deferred, &d.range).is_some() {
            return false;
        }
        match within(&placeholders, &d.range) {
            Some(span) if typed.contains(&span) => {
                d.code == crate::schema::codes::TYPE_MISMATCH.name
            }
            Some(_) => d.code == super::placeholder_value::RULE.code,
            None => true,
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_stand_ins() {
        assert_eq!(classify("{{.spectro.var.sku}}"), Some(Opaque::Deferred));
        assert_eq!(
            classify("{{ .Values.image }}:latest"),
            Some(Opaque::Deferred)
        );
        assert_eq!(classify("<id>"), Some(Opaque::Placeholder(0..4)));
        assert_eq!(
            classify("${var.azure_region}"),
            Some(Opaque::Placeholder(0..19))
        );
        assert_eq!(classify("YOUR_SSH_KEY"), Some(Opaque::Placeholder(0..12)));
        assert_eq!(
            classify("/subscriptions/YOUR_AZURE_SUBSCRIPTION_ID/rg"),
            Some(Opaque::Placeholder(15..41))
        );
        for ordinary in [
            "Standard",
            "a < b > c",
            "<123>",
            "$${literal}",
            "${}",
            "MY_YOUR_X",
            "YOUR_",
            "yourname",
        ] {
            assert_eq!(classify(ordinary), None, "{ordinary}");
        }
    }

    #[test]
    fn reads_profile_variable_names() {
        assert_eq!(profile_variable("{{.spectro.var.sku}}"), Some("sku"));
        assert_eq!(
            profile_variable(" {{- .spectro.var.aks_tier -}} "),
            Some("aks_tier")
        );
        assert_eq!(profile_variable("{{.spectro.macro.group}}"), None);
        assert_eq!(profile_variable("x-{{.spectro.var.sku}}"), None);
    }
}
