//! Builds the [`Document`] arena from saphyr-parser's event stream.
//!
//! saphyr-parser reports positions in characters; everything in palint is in bytes, so
//! positions go through [`CharToByte`] as the events arrive (in source order).

use saphyr_parser::{Event, Parser, ScalarStyle as SaphyrStyle, Span as SaphyrSpan, StrInput};
use std::collections::{HashMap, VecDeque};

use super::scalar::resolve_plain;
use super::tree::{
    Document, Node, NodeId, NodeValue, Scalar, ScalarStyle, ScalarType, SyntaxError,
};

/// Deeper nesting than this is rejected: no real profile comes close, and it keeps every
/// later recursive walk (JSON conversion, schema validation) safe on small thread stacks.
pub const MAX_DEPTH: usize = 200;

/// A parsed YAML stream: one entry per document.
#[derive(Debug, Clone, Default)]
pub struct YamlStream {
    pub documents: Vec<Document>,
}

/// Parses `text` into documents. Never panics; a syntax error is recorded on the document it
/// occurred in, and parsing resumes at the next document start (a `---` line), so one broken
/// document does not hide the ones after it.
pub fn parse(text: &str) -> YamlStream {
    YamlStream {
        documents: documents(text).collect(),
    }
}

/// The documents of `text` one at a time, as [`parse`] reads them: a caller that is done with
/// each document before asking for the next holds one parsed document, not the whole stream.
pub fn documents(text: &str) -> Documents<'_> {
    Documents {
        builder: Builder::new(text),
        parser: None,
        done: false,
    }
}

/// An iterator over the documents of a text; see [`documents`].
pub struct Documents<'a> {
    builder: Builder<'a>,
    /// Parses from `builder.base`; a new one starts after a syntax error.
    parser: Option<Parser<'a, StrInput<'a>>>,
    done: bool,
}

impl Iterator for Documents<'_> {
    type Item = Document;

    fn next(&mut self) -> Option<Document> {
        // A document runs until the next one starts, so it is complete once the next is.
        while !self.done && self.builder.documents.len() < 2 {
            self.step();
        }
        let mut doc = self.builder.documents.pop_front()?;
        let end = self
            .builder
            .documents
            .front()
            .map_or(self.builder.text.len(), |next| next.span.start);
        doc.span.end = end.max(doc.span.start);
        Some(doc)
    }
}

impl Documents<'_> {
    /// Reads one event; after a syntax error, moves on to the next document start.
    fn step(&mut self) {
        let text = self.builder.text;
        let base = self.builder.base;
        let parser = self
            .parser
            .get_or_insert_with(|| Parser::new_from_str(&text[base..]));
        let Some(error_at) = self.builder.read_event(parser) else {
            return;
        };
        self.parser = None;
        match error_at.and_then(|at| next_document_start(text, at, self.builder.base)) {
            Some(next) => {
                // Not `CharToByte::new`: scanning the rest for ASCII at every broken
                // document would make many of them quadratic.
                let ascii = self.builder.positions.ascii;
                self.builder.base = next;
                self.builder.positions = CharToByte::with_ascii(&text[next..], ascii);
            }
            None => {
                self.done = true;
                if let Some(doc) = self.builder.current.take() {
                    self.builder.finish_document(doc);
                }
            }
        }
    }
}

/// Converts saphyr's character indices to byte offsets, walking forward from the last
/// position asked for (events arrive in source order, so this is linear overall).
struct CharToByte<'a> {
    text: &'a str,
    ascii: bool,
    char_pos: usize,
    byte_pos: usize,
}

impl<'a> CharToByte<'a> {
    fn new(text: &'a str) -> Self {
        Self::with_ascii(text, text.is_ascii())
    }

    /// `ascii`: whether `text` is known to be ASCII (`false` is always correct, only slower).
    fn with_ascii(text: &'a str, ascii: bool) -> Self {
        Self {
            text,
            ascii,
            char_pos: 0,
            byte_pos: 0,
        }
    }

    fn byte(&mut self, char_index: usize) -> usize {
        if self.ascii {
            return char_index.min(self.text.len());
        }
        // Some events point a little back (a document's end at its last token): walk back
        // from here, never from the start, so a long stream stays linear.
        if char_index < self.char_pos {
            let mut back = self.text[..self.byte_pos].chars().rev();
            while self.char_pos > char_index {
                match back.next() {
                    Some(c) => {
                        self.char_pos -= 1;
                        self.byte_pos -= c.len_utf8();
                    }
                    None => break,
                }
            }
            return self.byte_pos;
        }
        let mut chars = self.text[self.byte_pos..].chars();
        while self.char_pos < char_index {
            match chars.next() {
                Some(c) => {
                    self.char_pos += 1;
                    self.byte_pos += c.len_utf8();
                }
                None => break,
            }
        }
        self.byte_pos
    }
}

enum Frame {
    Sequence {
        start: usize,
        anchor: usize,
        items: Vec<NodeId>,
    },
    Mapping {
        start: usize,
        anchor: usize,
        entries: Vec<(NodeId, NodeId)>,
        key: Option<NodeId>,
    },
}

struct Builder<'a> {
    text: &'a str,
    /// Where the part being parsed starts (after a syntax error, parsing resumes further on).
    base: usize,
    positions: CharToByte<'a>,
    /// Finished documents not handed out yet (at most two: see `Documents::next`).
    documents: VecDeque<Document>,
    current: Option<Document>,
    stack: Vec<Frame>,
    anchors: HashMap<usize, NodeId>,
}

impl<'a> Builder<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            base: 0,
            positions: CharToByte::new(text),
            documents: VecDeque::new(),
            current: None,
            stack: Vec::new(),
            anchors: HashMap::new(),
        }
    }

    /// Feeds the parser's next event into the tree. `None`: go on; `Some(None)`: the text
    /// ended; `Some(Some(at))`: a syntax error at byte `at`, recorded on its document.
    fn read_event(&mut self, parser: &mut Parser<'_, StrInput<'_>>) -> Option<Option<usize>> {
        match parser.next_event() {
            None => Some(None),
            Some(Ok((event, span))) => match self.event(event, span) {
                Ok(()) => None,
                Err(error) => {
                    let at = error.span.start;
                    self.fail(error);
                    Some(Some(at))
                }
            },
            Some(Err(err)) => {
                let at = self.byte(err.marker().index());
                let info = err.info();
                let limit = info.contains("recursion limit");
                let message = describe_scan_error(info);
                self.fail(SyntaxError {
                    span: at..self.char_end(at),
                    message,
                    limit,
                });
                Some(Some(at))
            }
        }
    }

    /// The byte offset in the whole text of a character index of the part being parsed.
    fn byte(&mut self, char_index: usize) -> usize {
        self.base + self.positions.byte(char_index)
    }

    /// The end of the character starting at `at` (for one-character error spans).
    fn char_end(&self, at: usize) -> usize {
        self.text[at..]
            .chars()
            .next()
            .map_or(at, |c| at + c.len_utf8())
    }

    fn fail(&mut self, error: SyntaxError) {
        let mut doc = self.current.take().unwrap_or_else(|| Document {
            span: error.span.start..error.span.start,
            ..Document::default()
        });
        // Close what was open so the partial tree is still navigable.
        while let Some(frame) = self.stack.pop() {
            let end = error.span.start;
            let id = self.close_frame(&mut doc, frame, end, false);
            self.attach(&mut doc, id);
        }
        doc.error = Some(error);
        self.finish_document(doc);
    }

    fn finish_document(&mut self, doc: Document) {
        self.stack.clear();
        self.anchors.clear();
        self.documents.push_back(doc);
    }

    fn event(&mut self, event: Event<'_>, span: SaphyrSpan) -> Result<(), SyntaxError> {
        let start = self.byte(span.start.index());
        let end = self.byte(span.end.index());
        match event {
            Event::DocumentStart(_) => {
                if let Some(doc) = self.current.take() {
                    self.finish_document(doc);
                }
                self.current = Some(Document {
                    span: start..start,
                    ..Document::default()
                });
            }
            Event::DocumentEnd => {
                if let Some(doc) = self.current.take() {
                    self.finish_document(doc);
                }
            }
            Event::Scalar(value, style, anchor, tag) => {
                let style = convert_style(style);
                let ty = match (&tag, style) {
                    (Some(tag), _) if tag.handle == "!!" && tag.suffix != "str" => {
                        resolve_plain(&value)
                    }
                    (Some(_), _) => ScalarType::Str,
                    (None, ScalarStyle::Plain) => resolve_plain(&value),
                    (None, _) => ScalarType::Str,
                };
                let scalar = Scalar {
                    text: value.into_owned(),
                    style,
                    ty,
                };
                let doc = self.doc();
                let id = push(doc, NodeValue::Scalar(scalar), start..end, false);
                self.anchor(anchor, id);
                let mut doc = self.current.take().expect("document is open");
                self.attach(&mut doc, id);
                self.current = Some(doc);
            }
            Event::Alias(anchor) => {
                let target = self.anchors.get(&anchor).copied();
                let doc = self.doc();
                let id = push(doc, NodeValue::Alias(target), start..end, false);
                let mut doc = self.current.take().expect("document is open");
                self.attach(&mut doc, id);
                self.current = Some(doc);
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                if self.stack.len() >= MAX_DEPTH {
                    return Err(SyntaxError {
                        span: start..end.max(start + 1).min(self.text.len()),
                        message: format!(
                            "nesting is deeper than {MAX_DEPTH} levels, palint's limit; it stops \
                             reading this document here"
                        ),
                        limit: true,
                    });
                }
                self.doc();
                self.stack
                    .push(if matches!(event, Event::SequenceStart(..)) {
                        Frame::Sequence {
                            start,
                            anchor,
                            items: Vec::new(),
                        }
                    } else {
                        Frame::Mapping {
                            start,
                            anchor,
                            entries: Vec::new(),
                            key: None,
                        }
                    });
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let frame = self.stack.pop().expect("balanced events");
                let flow = end > start;
                let mut doc = self.current.take().expect("document is open");
                let id = self.close_frame(&mut doc, frame, end, flow);
                self.attach(&mut doc, id);
                self.current = Some(doc);
            }
            Event::StreamStart | Event::StreamEnd | Event::Nothing => {}
        }
        Ok(())
    }

    fn doc(&mut self) -> &mut Document {
        self.current.get_or_insert_with(Document::default)
    }

    fn anchor(&mut self, anchor: usize, id: NodeId) {
        if anchor != 0 {
            self.anchors.insert(anchor, id);
        }
    }

    fn close_frame(&mut self, doc: &mut Document, frame: Frame, end: usize, flow: bool) -> NodeId {
        let (start, anchor, value, last_child) = match frame {
            Frame::Sequence {
                start,
                anchor,
                items,
            } => {
                let last = items.last().copied();
                (start, anchor, NodeValue::Sequence(items), last)
            }
            Frame::Mapping {
                start,
                anchor,
                mut entries,
                key,
            } => {
                // A key with no value yet (only possible on error) still counts.
                if let Some(key) = key {
                    let null = push(
                        doc,
                        NodeValue::Scalar(Scalar {
                            text: String::new(),
                            style: ScalarStyle::Plain,
                            ty: ScalarType::Null,
                        }),
                        end..end,
                        false,
                    );
                    entries.push((key, null));
                }
                let last = entries.last().map(|(_, v)| *v);
                (start, anchor, NodeValue::Mapping(entries), last)
            }
        };
        // Block collections end where their last child ends, not at the next token.
        let end = if flow {
            end
        } else {
            last_child.map_or(start, |c| doc.nodes[c].span.end.max(start))
        };
        let id = push(doc, value, start..end, flow);
        self.anchor(anchor, id);
        id
    }

    /// Hangs a finished node on its parent (or makes it the document root).
    fn attach(&mut self, doc: &mut Document, id: NodeId) {
        match self.stack.last_mut() {
            None => doc.root = Some(id),
            Some(Frame::Sequence { items, .. }) => items.push(id),
            Some(Frame::Mapping { entries, key, .. }) => match key.take() {
                None => *key = Some(id),
                Some(k) => entries.push((k, id)),
            },
        }
    }
}

fn push(doc: &mut Document, value: NodeValue, span: std::ops::Range<usize>, flow: bool) -> NodeId {
    doc.nodes.push(Node { value, span, flow });
    doc.nodes.len() - 1
}

/// The start of the first `---` line at or after the line holding `error_at` and after `base`.
/// A `---` at the start of a line (followed by a space or the line's end) always starts a
/// document: YAML forbids it inside any scalar's content.
fn next_document_start(text: &str, error_at: usize, base: usize) -> Option<usize> {
    let mut from = crate::line_index::line_start_at(text, error_at);
    if from <= base {
        // The error is on the part's own `---` line: look from the next line.
        from = base + crate::line_index::lines(&text[base..]).next()?.1.len();
    }
    crate::line_index::lines(&text[from..])
        .find(|(_, line)| {
            line.strip_prefix("---")
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t']))
        })
        .map(|(start, _)| from + start)
}

fn convert_style(style: SaphyrStyle) -> ScalarStyle {
    match style {
        SaphyrStyle::Plain => ScalarStyle::Plain,
        SaphyrStyle::SingleQuoted => ScalarStyle::SingleQuoted,
        SaphyrStyle::DoubleQuoted => ScalarStyle::DoubleQuoted,
        SaphyrStyle::Literal => ScalarStyle::Literal,
        SaphyrStyle::Folded => ScalarStyle::Folded,
    }
}

/// Turns the parser's terse messages into a sentence a user can act on.
fn describe_scan_error(info: &str) -> String {
    if info.contains("recursion limit") {
        return "nesting of flow collections is deeper than the parser's limit of 255 levels; \
                palint stops reading this document here"
            .to_owned();
    }
    let mut message = String::from("invalid YAML: ");
    message.push_str(info);
    if info.contains("mapping values are not allowed") {
        message.push_str(" (a `key: value` on a line that cannot hold one; check the indentation or quote the value)");
    } else if info.contains("did not find expected key") || info.contains("did not find expected") {
        message.push_str(" (check the indentation of this line)");
    } else if info.contains("tab") {
        message.push_str(" (YAML indentation must use spaces, not tabs)");
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slice<'t>(text: &'t str, doc: &Document, id: NodeId) -> &'t str {
        &text[doc.node(id).span.clone()]
    }

    #[test]
    fn spans_are_bytes_even_after_multibyte_characters() {
        let text = "note: \"héllo 😀\"\nsku: Standard\n";
        let stream = parse(text);
        let doc = &stream.documents[0];
        let sku = doc.at_path(&["sku"]).unwrap();
        assert_eq!(slice(text, doc, sku), "Standard");
        let (key, _) = doc.entry(doc.root.unwrap(), "sku").unwrap();
        assert_eq!(slice(text, doc, key), "sku");
    }

    #[test]
    fn keeps_duplicate_keys_and_last_one_wins() {
        let text = "a: 1\na: 2\n";
        let doc = &parse(text).documents[0];
        assert_eq!(doc.entries(doc.root.unwrap()).len(), 2);
        assert_eq!(doc.str_value(doc.at_path(&["a"]).unwrap()), Some("2"));
    }

    #[test]
    fn aliases_point_at_anchors_without_copying() {
        let text = "a: &x {k: v}\nb: *x\n";
        let doc = &parse(text).documents[0];
        let b = doc.at_path(&["b"]).unwrap();
        assert_eq!(doc.str_value(doc.get(b, "k").unwrap()), Some("v"));
        assert!(doc.nodes.len() < 8);
    }

    #[test]
    fn multi_document_spans_cover_the_stream() {
        let text = "a: 1\n---\nb: 2\n---\nc: 3\n";
        let stream = parse(text);
        assert_eq!(stream.documents.len(), 3);
        assert_eq!(stream.documents[1].span, 5..14);
        assert_eq!(stream.documents[2].span.end, text.len());
    }

    #[test]
    fn syntax_error_keeps_earlier_documents_and_partial_tree() {
        let text = "a: 1\n---\nb: 2\nc: [1, 2\n";
        let stream = parse(text);
        assert_eq!(stream.documents.len(), 2);
        assert!(stream.documents[0].error.is_none());
        let broken = &stream.documents[1];
        assert!(broken.error.is_some());
        assert!(broken.at_path(&["b"]).is_some());
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let text = "[".repeat(20_000);
        let stream = parse(&text);
        let error = stream.documents[0].error.as_ref().unwrap();
        assert!(error.message.contains("nesting"), "{}", error.message);
    }

    #[test]
    fn documents_come_one_at_a_time_as_parse_collects_them() {
        let text = "a: 1\n---\nb: [1\n---\nc: &x {d: 2}\ne: *x\n---\n";
        let mut lazy = documents(text);
        let first = lazy.next().unwrap();
        // The first is complete (its span runs to the next `---`) before the rest is read.
        assert_eq!(&text[first.span.clone()], "a: 1\n");
        let rest: Vec<Document> = lazy.collect();
        let all = parse(text).documents;
        assert_eq!(all.len(), 1 + rest.len());
        for (one, other) in all.iter().zip(std::iter::once(&first).chain(&rest)) {
            assert_eq!(one.span, other.span);
            assert_eq!(one.error, other.error);
            assert_eq!(one.nodes.len(), other.nodes.len());
        }
        assert!(rest[0].error.is_some());
    }

    #[test]
    fn parsing_resumes_after_a_broken_document() {
        let text = "a: 1\n---\nb: [1\nc: 2\n---\nd: é\n--- \ne: 4\n";
        let stream = parse(text);
        let errors: Vec<bool> = stream.documents.iter().map(|d| d.error.is_some()).collect();
        assert_eq!(errors, [false, true, false, false], "{stream:?}");
        let d = &stream.documents[2];
        assert_eq!(slice(text, d, d.at_path(&["d"]).unwrap()), "é");
        let e = &stream.documents[3];
        assert_eq!(slice(text, e, e.at_path(&["e"]).unwrap()), "4");
        assert_eq!(stream.documents[1].span.end, text.find("---\nd").unwrap());
        // An error on the `---` line itself resumes at the next marker, not the same one.
        let text = "--- [\n--- ]\n---\nf: 5\n";
        let stream = parse(text);
        assert!(
            stream.documents.last().unwrap().error.is_none(),
            "{stream:?}"
        );
        assert!(stream.documents.last().unwrap().at_path(&["f"]).is_some());
    }

    #[test]
    fn tag_handles_belong_to_their_document() {
        // yaml-test-suite QLJ7: a `%TAG` handle used in a later document is an error.
        let text =
            "%TAG !prefix! tag:example.com,2011:\n--- !prefix!A\na: b\n--- !prefix!B\nc: d\n";
        let stream = parse(text);
        assert!(stream.documents[0].error.is_none());
        assert!(stream.documents[1].error.is_some(), "{stream:?}");
    }

    #[test]
    fn block_collection_span_ends_at_last_child() {
        let text = "m:\n  a: 1\n  b: two\n\n# trailing\n";
        let doc = &parse(text).documents[0];
        let m = doc.at_path(&["m"]).unwrap();
        assert_eq!(slice(text, doc, m), "a: 1\n  b: two");
    }
}
