//! Palette profile variables: the ones a Crossplane `Profile` declares
//! (`spec.forProvider.profileVariables[].variable[]`) and the `{{.spectro.var.NAME}}`
//! references to them in its packs' values.

use std::ops::Range;

use crate::syntax::{Document, NodeId};

/// A declared variable and the values it may take: its dropdown options' values, or else
/// its default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Variable {
    pub name: String,
    /// The declaration's name value node.
    pub node: NodeId,
    pub values: Vec<String>,
}

/// The variables a Profile declares (empty when it declares none).
pub(crate) fn declared(doc: &Document) -> Vec<Variable> {
    let Some(blocks) = doc.at_path(&["spec", "forProvider", "profileVariables"]) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for &block in doc.items(blocks) {
        let Some(list) = doc.get(block, "variable") else {
            continue;
        };
        for &variable in doc.items(list) {
            let Some(name_node) = doc.get(variable, "name") else {
                continue;
            };
            let Some(name) = doc.str_value(name_node) else {
                continue;
            };
            let options: Vec<String> = doc
                .get(variable, "options")
                .map(|o| doc.items(o).to_vec())
                .unwrap_or_default()
                .into_iter()
                .filter_map(|o| doc.get(o, "value").and_then(|v| doc.str_value(v)))
                .map(str::to_owned)
                .collect();
            let values = if options.is_empty() {
                doc.get(variable, "defaultValue")
                    .and_then(|d| doc.str_value(d))
                    .map(|d| vec![d.to_owned()])
                    .unwrap_or_default()
            } else {
                options
            };
            out.push(Variable {
                name: name.to_owned(),
                node: name_node,
                values,
            });
        }
    }
    out
}

/// Every `{{ .spectro.var.NAME }}` reference in `text`: the action's byte range and the name.
pub(crate) fn references(text: &str) -> Vec<(Range<usize>, &str)> {
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(open) = text[at..].find("{{").map(|i| at + i) {
        let Some(close) = text[open..].find("}}").map(|i| open + i + 2) else {
            break;
        };
        if let Some(name) = super::opaque::profile_variable(&text[open..close]) {
            found.push((open..close, name));
        }
        at = close;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::parse;

    #[test]
    fn finds_references() {
        let text =
            "a: \"{{.spectro.var.sku}}\"\nb: {{ .spectro.macro.x }}\nc: x-{{ .spectro.var.n-2 }}\n";
        let refs = references(text);
        assert_eq!(refs.len(), 2);
        assert_eq!(&text[refs[0].0.clone()], "{{.spectro.var.sku}}");
        assert_eq!(refs[1].1, "n-2");
    }

    #[test]
    fn reads_declarations() {
        let text = "spec:\n  forProvider:\n    profileVariables:\n      - variable:\n          - name: sku\n            defaultValue: Premium\n          - name: tier\n            defaultValue: Small\n            options:\n              - {label: Small, value: Free}\n              - {label: Big, value: Standard}\n          - name: bare\n";
        let doc = &parse(text).documents[0];
        let vars = declared(doc);
        let summary: Vec<(&str, Vec<&str>)> = vars
            .iter()
            .map(|v| {
                (
                    v.name.as_str(),
                    v.values.iter().map(String::as_str).collect(),
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                ("sku", vec!["Premium"]),
                ("tier", vec!["Free", "Standard"]),
                ("bare", vec![])
            ]
        );
    }
}
