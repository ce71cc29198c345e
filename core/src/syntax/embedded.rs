//! Positions for YAML embedded in a string value (a Profile pack's `values: |`).
//!
//! The embedded text is checked on its own; an [`OffsetMap`] then carries every inner byte
//! offset back to the outer file, so a diagnostic lands on the right column inside the
//! block scalar.

use super::tree::{Node, Scalar, ScalarStyle, Span};

#[derive(Debug, Clone)]
pub struct OffsetMap {
    /// `(inner_start, outer_start)` per line, sorted by `inner_start`.
    lines: Vec<(usize, usize)>,
    /// When the value could not be matched to its source text (escapes, folding), every
    /// inner position maps onto this outer span.
    fallback: Option<Span>,
    /// The outer text's length: a block's final line break may be implied (chomping adds
    /// one at the end of a file without it), so an inner end can map one past the text.
    limit: usize,
}

impl OffsetMap {
    /// Builds the map for a scalar node of `outer` text.
    pub fn for_scalar(outer: &str, node: &Node, scalar: &Scalar) -> OffsetMap {
        let exact = match scalar.style {
            ScalarStyle::Literal => literal_lines(outer, &node.span, &scalar.text),
            ScalarStyle::Plain | ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted => {
                single_line(outer, &node.span, scalar)
            }
            ScalarStyle::Folded => None,
        };
        match exact {
            Some(lines) => OffsetMap {
                lines,
                fallback: None,
                limit: outer.len(),
            },
            None => {
                let start = node.span.start;
                let first_line_end = outer[start..node.span.end]
                    .find('\n')
                    .map_or(node.span.end, |i| start + i);
                OffsetMap {
                    lines: Vec::new(),
                    fallback: Some(start..first_line_end.max(start)),
                    limit: outer.len(),
                }
            }
        }
    }

    /// Builds the map for a Terraform heredoc: `body` is its text in `outer` (from the line
    /// after `<<EOT` to the closing delimiter's line), `value` the text after `<<-` removed
    /// the common indentation. Each value line is the end of its body line.
    pub fn for_heredoc(outer: &str, body: &Span, value: &str) -> OffsetMap {
        let source = outer.get(body.clone()).unwrap_or_default();
        let mut lines = Vec::new();
        let mut inner_pos = 0;
        let mut outer_pos = body.start;
        let mut exact = true;
        let mut source_lines = source.split_inclusive('\n');
        for inner_line in value.split_inclusive('\n') {
            match source_lines.next() {
                Some(outer_line) if outer_line.ends_with(inner_line) => {
                    lines.push((inner_pos, outer_pos + outer_line.len() - inner_line.len()));
                    outer_pos += outer_line.len();
                }
                _ => {
                    exact = false;
                    break;
                }
            }
            inner_pos += inner_line.len();
        }
        if exact && !lines.is_empty() {
            return OffsetMap {
                lines,
                fallback: None,
                limit: outer.len(),
            };
        }
        let start = body.start.min(outer.len());
        let end = outer[start..].find('\n').map_or(outer.len(), |i| start + i);
        OffsetMap {
            lines: Vec::new(),
            fallback: Some(start..end),
            limit: outer.len(),
        }
    }

    /// True when positions map exactly (not onto a fallback span).
    pub fn is_exact(&self) -> bool {
        self.fallback.is_none()
    }

    pub fn offset(&self, inner: usize) -> usize {
        if let Some(fallback) = &self.fallback {
            return fallback.start;
        }
        let i = self.lines.partition_point(|(start, _)| *start <= inner);
        let (inner_start, outer_start) = self.lines[i.saturating_sub(1)];
        (outer_start + (inner - inner_start)).min(self.limit)
    }

    /// The inner offset of an outer one (`None` outside the mapped text or for a fallback map).
    pub fn inner_offset(&self, outer: usize) -> Option<usize> {
        if self.fallback.is_some() {
            return None;
        }
        let i = self.lines.partition_point(|(_, start)| *start <= outer);
        let (inner_start, outer_start) = *self.lines.get(i.checked_sub(1)?)?;
        Some(inner_start + (outer - outer_start))
    }

    pub fn span(&self, inner: &Span) -> Span {
        if let Some(fallback) = &self.fallback {
            return fallback.clone();
        }
        let start = self.offset(inner.start);
        let end = self.offset(inner.end).max(start);
        start..end
    }
}

/// Maps a literal block scalar line by line: each content line is the source line minus
/// the block's indentation.
fn literal_lines(outer: &str, span: &Span, value: &str) -> Option<Vec<(usize, usize)>> {
    let region_start = outer[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let region = outer.get(region_start..span.end)?;
    let indent = region
        .split('\n')
        .find(|line| !line.trim().is_empty())
        .map_or(0, |line| line.len() - line.trim_start_matches(' ').len());

    let mut lines = Vec::new();
    let mut rebuilt = String::with_capacity(value.len());
    let mut outer_pos = region_start;
    for raw in region.split_inclusive('\n') {
        let spaces = raw.len() - raw.trim_start_matches(' ').len();
        let cut = spaces.min(indent);
        lines.push((rebuilt.len(), outer_pos + cut));
        let content = raw[cut..].trim_end_matches('\n').trim_end_matches('\r');
        rebuilt.push_str(content);
        if raw.ends_with('\n') {
            rebuilt.push('\n');
        }
        outer_pos += raw.len();
    }
    (rebuilt.trim_end_matches('\n') == value.trim_end_matches('\n')).then_some(lines)
}

/// Maps a one-line scalar whose value is its source text (no escapes).
fn single_line(outer: &str, span: &Span, scalar: &Scalar) -> Option<Vec<(usize, usize)>> {
    let source = outer.get(span.clone())?;
    let inner_source = match scalar.style {
        ScalarStyle::Plain => source,
        _ => source.get(1..source.len().saturating_sub(1))?,
    };
    let start = if scalar.style == ScalarStyle::Plain {
        span.start
    } else {
        span.start + 1
    };
    (inner_source == scalar.text && !source.contains('\n')).then(|| vec![(0, start)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::parse;

    fn map_for(outer: &str, key: &str) -> (OffsetMap, String) {
        let doc = &parse(outer).documents[0];
        let id = doc.at_path(&[key]).unwrap();
        let scalar = doc.scalar(id).unwrap();
        (
            OffsetMap::for_scalar(outer, doc.node(id), scalar),
            scalar.text.clone(),
        )
    }

    #[test]
    fn literal_block_maps_each_line() {
        let outer = "values: |\n  a: 1\n  sku: Premium\nnext: x\n";
        let (map, inner) = map_for(outer, "values");
        assert!(map.is_exact());
        let at = inner.find("Premium").unwrap();
        let span = map.span(&(at..at + 7));
        assert_eq!(&outer[span], "Premium");
    }

    #[test]
    fn inner_end_stays_inside_a_file_without_final_newline() {
        // Found by the `check` fuzz target: clip chomping adds the final `\n`.
        let outer = "v: |\n  a: [1";
        let (map, inner) = map_for(outer, "v");
        assert_eq!(inner, "a: [1\n");
        assert_eq!(
            map.span(&(inner.len()..inner.len())),
            outer.len()..outer.len()
        );
    }

    #[test]
    fn literal_block_with_crlf_and_blank_lines() {
        let outer = "values: |\r\n  a: 1\r\n\r\n  sku: Free\r\n";
        let (map, inner) = map_for(outer, "values");
        assert!(map.is_exact());
        let at = inner.find("Free").unwrap();
        assert_eq!(&outer[map.span(&(at..at + 4))], "Free");
    }

    #[test]
    fn quoted_single_line_shifts_past_quote() {
        let outer = "values: \"sku: Free\"\n";
        let (map, inner) = map_for(outer, "values");
        let at = inner.find("Free").unwrap();
        assert_eq!(&outer[map.span(&(at..at + 4))], "Free");
    }

    #[test]
    fn escaped_value_falls_back_to_the_value_span() {
        let outer = "values: \"sku: \\u0046ree\"\n";
        let (map, _) = map_for(outer, "values");
        assert!(!map.is_exact());
        assert_eq!(&outer[map.span(&(5..9))], "\"sku: \\u0046ree\"");
    }
}
