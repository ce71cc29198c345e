//! Where the cursor is, even in YAML that is half typed: the document, its kind, and the
//! path of keys leading to the cursor (from indentation, which survives broken syntax).

use std::ops::Range;

use crate::engine::{document_at, embedded_yaml, Options};
use crate::kind::{self, DocumentKind};
use crate::syntax::embedded::OffsetMap;
use crate::syntax::{Document, PathSegment};

/// The text a feature works on: the file itself, or a YAML string embedded in it.
pub(crate) struct Scope {
    pub text: String,
    pub offset: usize,
    pub kind: DocumentKind,
    /// The document's byte range in `text`.
    pub document: Range<usize>,
    /// Maps `text` offsets back to the file when `text` is embedded (relative to `base`).
    pub map: Option<OffsetMap>,
    pub base: usize,
}

impl Scope {
    pub fn to_outer(&self, range: Range<usize>) -> Range<usize> {
        match &self.map {
            Some(map) => {
                let outer = map.span(&range);
                outer.start + self.base..outer.end + self.base
            }
            None => range,
        }
    }
}

/// The scope at `offset`: descends into an embedded pack values / manifest string.
pub(crate) fn scope_at(text: &str, offset: usize, options: &Options) -> Option<Scope> {
    if options.path.is_some_and(kind::is_terraform_path) {
        return crate::terraform::heredoc_scope(text, offset, options);
    }
    let local = document_at(text, offset, options)?;
    let region = &text[local.range.clone()];
    // A kind set to none (config glob, modeline) stays unchecked; an unrecognized document
    // may just be too broken to detect, so its top-level lines are tried.
    let kind = match local.source {
        Some(_) => local.kind?,
        None => kind::detect_text(region)?,
    };
    if let Some(mut inner) = embedded_scope(region, &local.doc, kind, offset - local.range.start) {
        inner.base = local.range.start;
        return Some(inner);
    }
    Some(Scope {
        text: text.to_owned(),
        offset,
        kind,
        document: local.range,
        map: None,
        base: 0,
    })
}

/// The embedded YAML string at `offset` of a document, as its own scope.
fn embedded_scope(text: &str, doc: &Document, kind: DocumentKind, offset: usize) -> Option<Scope> {
    let (node, forced) = embedded_yaml(doc, kind).into_iter().find(|(node, _)| {
        let span = doc.span(*node);
        span.start <= offset && offset <= span.end
    })?;
    let scalar = doc.scalar(node)?;
    let map = OffsetMap::for_scalar(text, doc.node(node), scalar);
    let inner_offset = map.inner_offset(offset)?;
    let inner_text = scalar.text.clone();
    let inner = document_at(
        &inner_text,
        inner_offset,
        &Options {
            kind: forced,
            ..Options::default()
        },
    )?;
    let kind = match inner.source {
        Some(_) => inner.kind?,
        None => kind::detect_text(&inner_text[inner.range.clone()])?,
    };
    Some(Scope {
        text: inner_text,
        offset: inner_offset,
        kind,
        document: inner.range,
        map: Some(map),
        base: 0,
    })
}

/// One line of block YAML, read without a parser.
pub(crate) struct LineShape<'a> {
    /// Column of the line's first character after `- ` markers.
    pub key_column: usize,
    /// Column of the first `- ` marker, if the line starts a list item.
    pub item_column: Option<usize>,
    /// The key, if the line has `key:`.
    pub key: Option<&'a str>,
    /// What follows `key:` (trimmed), or the whole content when there is no key.
    pub rest: &'a str,
}

pub(crate) fn line_shape(line: &str) -> LineShape<'_> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let mut column = indent;
    let mut content = &line[indent..];
    let mut item_column = None;
    while let Some(after) = content
        .strip_prefix("- ")
        .or_else(|| (content == "-").then_some(""))
    {
        item_column.get_or_insert(column);
        let spaces = after.len() - after.trim_start_matches(' ').len();
        column += content.len() - after.len() + spaces;
        content = &after[spaces..];
    }
    let (key, rest) = match split_key(content) {
        Some((key, rest)) => (Some(key), rest.trim()),
        None => (None, content.trim_end()),
    };
    LineShape {
        key_column: column,
        item_column,
        key,
        rest,
    }
}

/// `key: rest` or `key:` (a colon followed by a space or the end), outside quotes and flow.
fn split_key(content: &str) -> Option<(&str, &str)> {
    if content.starts_with(['#', '{', '[', '"', '\'']) {
        return None;
    }
    let bytes = content.as_bytes();
    for i in 0..bytes.len() {
        if bytes[i] == b':' && (i + 1 == bytes.len() || bytes[i + 1] == b' ') {
            let key = content[..i].trim();
            return (!key.is_empty()).then(|| (key, &content[i + 1..]));
        }
        if bytes[i] == b'#' && i > 0 && bytes[i - 1] == b' ' {
            return None;
        }
    }
    None
}

/// The path of the mapping that owns a key written at `column` on the line starting at
/// `line_start`, read from the lines above by indentation. `in_item` says the current line
/// starts a list item at `column` (so a key at the same column may own the list).
pub(crate) fn parent_path(
    text: &str,
    document_start: usize,
    line_start: usize,
    column: usize,
    in_item: bool,
) -> Vec<PathSegment> {
    let mut path = Vec::new();
    let mut want = column;
    // After a list item, its owning key may sit at the item's own column (`key:\n- item`).
    let mut allow_equal = in_item;
    let above = &text[document_start.min(line_start)..line_start];
    for line in above.lines().rev() {
        if want == 0 && !allow_equal {
            break;
        }
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') || trimmed == "---" {
            continue;
        }
        let shape = line_shape(line);
        match shape.item_column {
            Some(item) if item < want => {
                // We are inside this list item: nested under its first key, or beside it.
                if let Some(key) = shape.key.filter(|_| shape.key_column < want) {
                    path.push(PathSegment::Key(key.to_owned()));
                }
                path.push(PathSegment::Index(0));
                want = item;
                allow_equal = true;
            }
            Some(_) => {}
            None => {
                if let Some(key) = shape.key {
                    if shape.key_column < want || (allow_equal && shape.key_column == want) {
                        path.push(PathSegment::Key(key.to_owned()));
                        want = shape.key_column;
                        allow_equal = false;
                    }
                }
            }
        }
    }
    path.reverse();
    path
}

#[cfg(test)]
mod tests {
    use super::*;
    use PathSegment::{Index, Key};

    fn path_at(text: &str, marker: &str, in_item: bool) -> Vec<PathSegment> {
        let at = text.find(marker).unwrap();
        let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        parent_path(text, 0, line_start, at - line_start, in_item)
    }

    #[test]
    fn nested_keys() {
        let text = "a:\n  b:\n    c: 1\n    HERE\n";
        assert_eq!(
            path_at(text, "HERE", false),
            [Key("a".into()), Key("b".into())]
        );
    }

    #[test]
    fn list_items_and_siblings() {
        let text = "spec:\n  forProvider:\n    pack:\n      - name: kubernetes-aks\n        values: |\n          x: 1\n        HERE\n";
        assert_eq!(
            path_at(text, "HERE", false),
            [
                Key("spec".into()),
                Key("forProvider".into()),
                Key("pack".into()),
                Index(0)
            ]
        );
    }

    #[test]
    fn indentless_sequence() {
        let text = "tags:\n- a:b\n- HERE\n";
        let at = text.find("- HERE").unwrap();
        assert_eq!(parent_path(text, 0, at, 0, true), [Key("tags".into())]);
    }

    #[test]
    fn shapes() {
        let shape = line_shape("  - - name: x");
        assert_eq!(
            (shape.item_column, shape.key_column, shape.key, shape.rest),
            (Some(2), 6, Some("name"), "x")
        );
        let shape = line_shape("    sku: ");
        assert_eq!(
            (shape.key_column, shape.key, shape.rest),
            (4, Some("sku"), "")
        );
        assert_eq!(line_shape("  url: http://x").key, Some("url"));
        assert_eq!(line_shape("  plain").key, None);
    }
}
