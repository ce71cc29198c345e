//! A Palette profile as layers: the packs of each Crossplane `Profile` in a text, with where
//! their `values` YAML lives, so an editor can show a layer list and edit one pack's values on
//! its own. [`set_layer_values`] writes edited values back as a block scalar with the pack's
//! indentation.

use std::ops::Range;

use crate::engine::{documents, embedded_kind, Options};
use crate::kind::{self, DocumentKind};
use crate::syntax::{parse, template, Document, NodeId, NodeValue, ScalarStyle};
use crate::TextEdit;

/// One pack of a profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layer {
    /// The pack's `name` (empty when it has none).
    pub name: String,
    pub tag: Option<String>,
    /// The pack's entry in the `pack` list: diagnostics in it belong to the layer.
    pub range: Range<usize>,
    /// The pack's `values`, if it has a string there.
    pub values: Option<LayerValues>,
}

/// A pack's `values` YAML and how its positions map to the whole text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayerValues {
    /// The values YAML, as the pack's own text.
    pub text: String,
    /// What palint checks it as (AKS values for the Kubernetes layer of an AKS profile).
    pub kind: Option<DocumentKind>,
    /// For each line of `text`: its offset in `text` and in the whole text; a column maps
    /// one to one within a line. Empty when the mapping is not exact (a quoted string with
    /// escapes, a folded scalar): such values are shown but not edited in place.
    pub lines: Vec<(usize, usize)>,
    /// What [`set_layer_values`] replaces: the value after `values:`.
    pub replace: Range<usize>,
    /// The column of the `values` key.
    key_column: usize,
    /// The column the values' lines are indented to.
    indent: usize,
}

/// The layers of every Crossplane `Profile` in `text`, in order.
pub fn layers(text: &str, options: &Options) -> Vec<Layer> {
    let masked = template::mask(text);
    let stream = parse(&masked.text);
    let mut found = Vec::new();
    for (info, doc) in documents(text, options).into_iter().zip(&stream.documents) {
        if info.kind != Some(DocumentKind::CrossplaneProfile) {
            continue;
        }
        let kind = DocumentKind::CrossplaneProfile;
        let Some(packs) = crate::layout::resource(doc, kind).and_then(|r| doc.get(r, "pack"))
        else {
            continue;
        };
        for &pack in doc.items(packs) {
            let string = |key| doc.get(pack, key).and_then(|n| doc.str_value(n));
            let values = doc
                .entry(pack, "values")
                .and_then(|(key, value)| layer_values(text, doc, kind, key, value));
            found.push(Layer {
                name: string("name").unwrap_or_default().to_owned(),
                tag: string("tag").map(str::to_owned),
                range: doc.span(pack),
                values,
            });
        }
    }
    found
}

fn line_start(text: &str, offset: usize) -> usize {
    text[..offset].rfind('\n').map_or(0, |i| i + 1)
}

fn layer_values(
    text: &str,
    doc: &Document,
    kind: DocumentKind,
    key: NodeId,
    value: NodeId,
) -> Option<LayerValues> {
    let NodeValue::Scalar(scalar) = &doc.node(value).value else {
        return None;
    };
    let key_start = doc.span(key).start;
    let key_column = key_start - line_start(text, key_start);
    let forced = embedded_kind(doc, kind, value);
    let inner_kind = forced.or_else(|| kind::detect_text(&scalar.text));
    let after_colon = text[doc.span(key).end..]
        .find(':')
        .map(|i| doc.span(key).end + i + 1)?;
    let value_start = after_colon
        + (text[after_colon..].len() - text[after_colon..].trim_start_matches([' ', '\t']).len());
    let mut values = LayerValues {
        text: scalar.text.clone(),
        kind: inner_kind,
        lines: Vec::new(),
        replace: value_start..doc.span(value).end.max(value_start),
        key_column,
        indent: key_column + 2,
    };
    match scalar.style {
        ScalarStyle::Literal => {
            let header_end = text[value_start..]
                .find('\n')
                .map_or(text.len(), |i| value_start + i + 1);
            // With `|+` the trailing blank lines are part of the value.
            let header = &text[value_start..header_end];
            let keep = header.contains('+');
            let stated = header
                .bytes()
                .find(u8::is_ascii_digit)
                .map(|d| key_column + usize::from(d - b'0'));
            let (lines, indent, end) =
                literal_lines(text, header_end, key_column, stated, &scalar.text, keep);
            if let Some(indent) = indent {
                values.indent = indent;
            }
            values.lines = lines;
            values.replace = value_start..end;
        }
        ScalarStyle::Plain | ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted => {
            // One line without escapes maps exactly; anything else is shown, not edited.
            let span = doc.span(value);
            let raw = &text[span.clone()];
            let quote = usize::from(scalar.style != ScalarStyle::Plain);
            if !scalar.text.contains('\n') && raw.len() == scalar.text.len() + 2 * quote {
                values.lines = vec![(0, span.start + quote)];
            }
            values.replace = span;
        }
        _ => {}
    }
    Some(values)
}

/// The lines of a literal block scalar whose content starts at `content_start`: each inner
/// line's start in the value and in the text, the content indentation, and where the block
/// ends (after its last non-blank line, or after its trailing blank lines for `|+`).
fn literal_lines(
    text: &str,
    content_start: usize,
    key_column: usize,
    stated: Option<usize>,
    value: &str,
    keep: bool,
) -> (Vec<(usize, usize)>, Option<usize>, usize) {
    let mut indent = stated;
    let mut lines = Vec::new();
    let mut end = content_start;
    let mut at = content_start;
    let mut inner = 0;
    while at < text.len() {
        let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
        let line = &text[at..line_end];
        let spaces = line.len() - line.trim_start_matches(' ').len();
        // Spaces past the content indentation are content, not a blank line.
        let blank = line.trim().is_empty() && indent.is_none_or(|indent| spaces <= indent);
        if !blank {
            let content = *indent.get_or_insert(spaces);
            if spaces < content || spaces <= key_column {
                break;
            }
        }
        if inner > value.len() {
            break;
        }
        let column = indent.unwrap_or(0).min(line.len());
        lines.push((inner, at + column));
        // The value's next line starts after this one's newline.
        inner = value[inner.min(value.len())..]
            .find('\n')
            .map_or(value.len() + 1, |i| inner + i + 1);
        if !blank || keep {
            end = (line_end + 1).min(text.len());
        }
        at = line_end + 1;
    }
    // Lines past the value's end (trailing blank lines clipped away) are not part of it.
    lines.retain(|(inner, _)| *inner <= value.len());
    if lines.is_empty() {
        lines.push((0, content_start));
    }
    (lines, indent, end)
}

/// The edit that makes `layer`'s values `new_values`: a literal block scalar (`|`, `|-` or
/// `|+` as the text's ending needs) indented like the pack's values.
pub fn set_layer_values(layer: &LayerValues, new_values: &str) -> TextEdit {
    let trailing_newlines = new_values.len() - new_values.trim_end_matches('\n').len();
    let body = new_values.trim_end_matches('\n');
    let chomp = match trailing_newlines {
        0 => "-",
        // Only blank lines: kept, else the value would be empty.
        _ if body.is_empty() => "+",
        1 => "",
        _ => "+",
    };
    // A first line that starts with a space, or a line of only spaces, needs the
    // indentation stated (else the spaces would be read as indentation).
    let first = body.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let spaces_only = body
        .split('\n')
        .any(|l| !l.is_empty() && l.trim().is_empty());
    let indicator = if first.starts_with(' ') || spaces_only {
        (layer.indent - layer.key_column).clamp(1, 9).to_string()
    } else {
        String::new()
    };
    let pad = " ".repeat(layer.indent);
    let mut out = format!("|{indicator}{chomp}\n");
    if !body.is_empty() {
        for line in body.split('\n') {
            if !line.is_empty() {
                out.push_str(&pad);
                out.push_str(line);
            }
            out.push('\n');
        }
    }
    let blank_lines = if body.is_empty() {
        trailing_newlines
    } else {
        trailing_newlines.saturating_sub(1)
    };
    for _ in 0..blank_lines {
        out.push('\n');
    }
    TextEdit {
        range: layer.replace.clone(),
        new_text: out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROFILE: &str = "apiVersion: cluster.palette.crossplane.io/v1alpha1
kind: Profile
metadata:
  name: aks
spec:
  forProvider:
    name: aks
    cloud: aks
    type: cluster
    pack:
      - name: kubernetes-aks
        tag: 1.30.x
        values: |
          managedControlPlane:
            sku: Premium

          managedMachinePool:
            maxPodPerNode: 5
      - name: nginx
        values: \"replicas: 2\"
      - name: cni
    variables: []
";

    fn apply(text: &str, edit: &TextEdit) -> String {
        let mut out = text.to_owned();
        out.replace_range(edit.range.clone(), &edit.new_text);
        out
    }

    #[test]
    fn packs_become_layers_with_their_values() {
        let found = layers(PROFILE, &Options::default());
        let names: Vec<&str> = found.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, ["kubernetes-aks", "nginx", "cni"]);
        assert_eq!(found[0].tag.as_deref(), Some("1.30.x"));
        let values = found[0].values.as_ref().unwrap();
        assert_eq!(values.kind, Some(DocumentKind::KubernetesAksValues));
        assert_eq!(
            values.text,
            "managedControlPlane:\n  sku: Premium\n\nmanagedMachinePool:\n  maxPodPerNode: 5\n"
        );
        // Every line maps to its place in the whole text.
        for (inner, outer) in &values.lines {
            let line = values.text[*inner..].lines().next().unwrap_or("");
            assert!(PROFILE[*outer..].starts_with(line), "{line:?}");
        }
        let premium = values.text.find("Premium").unwrap();
        let (inner, outer) = values
            .lines
            .iter()
            .rev()
            .find(|(inner, _)| *inner <= premium)
            .unwrap();
        assert_eq!(&PROFILE[outer + premium - inner..][..7], "Premium");
        assert!(found[2].values.is_none());
        assert_eq!(found[1].values.as_ref().unwrap().text, "replicas: 2");
    }

    #[test]
    fn edited_values_are_written_back_with_the_pack_indentation() {
        let found = layers(PROFILE, &Options::default());
        let values = found[0].values.as_ref().unwrap();
        let edit = set_layer_values(values, "managedControlPlane:\n  sku: Standard\n");
        let written = apply(PROFILE, &edit);
        assert!(
            written.contains("        values: |\n          managedControlPlane:\n            sku: Standard\n      - name: nginx\n"),
            "{written}"
        );
        let again = layers(&written, &Options::default());
        assert_eq!(
            again[0].values.as_ref().unwrap().text,
            "managedControlPlane:\n  sku: Standard\n"
        );
        // A quoted one-line value becomes a block; no trailing newline keeps it so (`|-`).
        let nginx = again[1].values.as_ref().unwrap();
        let written = apply(&written, &set_layer_values(nginx, "replicas: 3\nimage: x"));
        let after = layers(&written, &Options::default());
        assert_eq!(
            after[1].values.as_ref().unwrap().text,
            "replicas: 3\nimage: x"
        );
        assert_eq!(after[0].values, again[0].values);
        assert!(crate::check(&written, &Options::default())
            .iter()
            .all(|d| d.code != "yaml-syntax"));
    }

    #[test]
    fn values_that_start_with_spaces_or_end_with_blank_lines_survive_a_round_trip() {
        let found = layers(PROFILE, &Options::default());
        for new in [
            "  indented: 1\nnext: 2\n",
            "a: 1\n\n\n",
            "",
            "a: 1\n\n  b: 2\n",
        ] {
            let written = apply(
                PROFILE,
                &set_layer_values(found[0].values.as_ref().unwrap(), new),
            );
            let again = layers(&written, &Options::default());
            assert_eq!(again[0].values.as_ref().unwrap().text, new, "{written}");
            assert_eq!(again.len(), 3, "{written}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        /// Any text of printable lines written into a layer reads back the same, and leaves the
        /// other layers as they were.
        #[test]
        fn any_values_round_trip(new in "([ a-z:#\\-é😀]{0,12}\n){0,6}[ a-z:é]{0,8}") {
            let found = layers(PROFILE, &Options::default());
            let written = apply(PROFILE, &set_layer_values(found[0].values.as_ref().unwrap(), &new));
            let again = layers(&written, &Options::default());
            let values = again[0].values.as_ref().unwrap();
            proptest::prop_assert_eq!(&values.text, &new, "{}", written);
            // Writing the same values again changes nothing (no lines left behind).
            let twice = apply(&written, &set_layer_values(values, &new));
            proptest::prop_assert_eq!(&twice, &written);
            for (inner, outer) in &values.lines {
                let line = values.text[*inner..].split('\n').next().unwrap_or("");
                proptest::prop_assert!(written[*outer..].starts_with(line), "{:?} at {}", line, outer);
            }
            proptest::prop_assert_eq!(&again[1..], &found[1..].iter().map(|l| Layer {
                range: l.range.start + written.len() - PROFILE.len()..l.range.end + written.len() - PROFILE.len(),
                values: l.values.clone().map(|v| LayerValues {
                    lines: v.lines.iter().map(|(i, o)| (*i, o + written.len() - PROFILE.len())).collect(),
                    replace: v.replace.start + written.len() - PROFILE.len()..v.replace.end + written.len() - PROFILE.len(),
                    ..v
                }),
                ..l.clone()
            }).collect::<Vec<_>>()[..]);
        }
    }
}
