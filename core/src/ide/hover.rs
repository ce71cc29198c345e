//! Hover: what a key or value means, what is allowed, and where the fact comes from.

use serde_json::Value;
use std::ops::Range;

use crate::engine::Options;
use crate::query::schema_at;
use crate::schema::{self, enum_description, enum_values};
use crate::syntax::path_to_string;

#[derive(Debug, Clone, PartialEq)]
pub struct Hover {
    /// Markdown.
    pub contents: String,
    /// The hovered key or value, in bytes of the file.
    pub range: Range<usize>,
}

pub fn hover(text: &str, offset: usize, options: &Options) -> Option<Hover> {
    let location = schema_at(text, offset.min(text.len()), options)?;
    let node = location.schema?;
    let resolved = schema::for_kind(location.kind).resolve(node);
    let mut out = format!("**{}**", path_to_string(&location.path));
    if let Some(ty) = resolved.get("type").and_then(Value::as_str) {
        out.push_str(&format!(" · `{ty}`"));
    }
    out.push_str("\n\n");
    let hovered = &text[location.range.clone()];
    if !location.on_key {
        if let Some(about) = enum_description(resolved, hovered.trim_matches(['"', '\''])) {
            out.push_str(&format!("`{hovered}`: {about}\n\n"));
        }
    }
    if let Some(description) = location.description() {
        out.push_str(description);
        out.push_str("\n\n");
    }
    let allowed = enum_values(resolved);
    if !allowed.is_empty() {
        out.push_str("Allowed values:\n");
        for value in &allowed {
            match enum_description(resolved, value) {
                Some(about) => out.push_str(&format!("- `{value}`: {about}\n")),
                None => out.push_str(&format!("- `{value}`\n")),
            }
        }
        out.push('\n');
    }
    for (keyword, label) in [
        ("minimum", "Minimum"),
        ("maximum", "Maximum"),
        ("default", "Default"),
    ] {
        if let Some(value) = resolved.get(keyword) {
            out.push_str(&format!("{label}: `{value}`  \n"));
        }
    }
    if let Some(source) = resolved
        .get("x-palint-source")
        .or_else(|| node.get("x-palint-source"))
        .and_then(Value::as_str)
    {
        out.push_str(&format!("\nSource: <{source}>\n"));
    }
    Some(Hover {
        contents: out.trim_end().to_owned(),
        range: location.range,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hover_on_key_and_value() {
        let text = "managedControlPlane:\n  sku: Free\n";
        let key = hover(text, text.find("sku").unwrap(), &Options::default()).unwrap();
        assert!(
            key.contents
                .starts_with("**managedControlPlane.sku** · `string`"),
            "{}",
            key.contents
        );
        assert!(key.contents.contains("- `Standard`:"), "{}", key.contents);
        assert!(
            key.contents
                .contains("Source: <https://docs.spectrocloud.com/"),
            "{}",
            key.contents
        );
        assert_eq!(&text[key.range], "sku");
        let value = hover(text, text.find("Free").unwrap() + 1, &Options::default()).unwrap();
        assert!(value.contents.contains("`Free`: "), "{}", value.contents);
    }

    #[test]
    fn no_hover_outside_profiles() {
        assert!(hover("jobs:\n  a: 1\n", 2, &Options::default()).is_none());
    }
}
