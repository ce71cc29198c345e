//! The fuzz targets' bodies, shared by the libFuzzer binaries (`cargo fuzz run check`,
//! `cargo fuzz run lsp_edits`) and the stable replay binary.

use palint_core::{check as check_text, DocumentKind, LineIndex, Options, PositionEncoding};

use palint_lsp::documents;

use tower_lsp_server::ls_types::{self as lsp, TextDocumentContentChangeEvent};

/// Every diagnostic and fix lies inside the text on character boundaries.
fn assert_spans(text: &str, diagnostics: &[palint_core::Diagnostic]) {
    for d in diagnostics {
        let ranges = std::iter::once(&d.range).chain(
            d.fixes
                .iter()
                .flat_map(|f| f.edits.iter().map(|e| &e.range)),
        );
        for range in ranges {
            assert!(range.start <= range.end && range.end <= text.len(), "{d:?}");
            assert!(
                text.is_char_boundary(range.start) && text.is_char_boundary(range.end),
                "{d:?}"
            );
        }
    }
}

/// `check` on any text, detected and as every kind (embedded values are checked within the
/// kinds that have them); positions of every diagnostic round-trip through the line index.
pub fn check(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let index = LineIndex::new(text);
    for kind in std::iter::once(None).chain(DocumentKind::ALL.map(Some)) {
        let options = Options {
            kind,
            ..Options::default()
        };
        let diagnostics = check_text(text, &options);
        assert_spans(text, &diagnostics);
        for d in &diagnostics {
            for encoding in [PositionEncoding::Utf8, PositionEncoding::Utf16] {
                let p = index.position(text, d.range.start, encoding);
                let back = index.offset(text, p, encoding);
                assert!(back <= d.range.start, "{d:?} {p:?} {back}");
            }
        }
    }
}

/// Bytes as a little program: the first part (up to a 0xFF byte) is the opened text, each
/// following 6-byte group an edit (line, character, length of the range in characters, UTF-8
/// or UTF-16, inserted text chosen from a small set). After the edits, the document's text,
/// line index and diagnostics equal those of a fresh document with the same text.
pub fn lsp_edits(data: &[u8]) {
    let (initial, program) = match data.iter().position(|&b| b == 0xff) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[][..]),
    };
    let Ok(initial) = std::str::from_utf8(initial) else {
        return;
    };
    const INSERTS: [&str; 8] = [
        "",
        "a",
        "é",
        "😀",
        "\n",
        "\r",
        "\r\n",
        "sku: Premium\n---\n",
    ];
    let mut doc = documents::Document::new(initial.to_owned(), 1);
    let mut version = 1;
    for step in program.chunks_exact(6) {
        let encoding = if step[4] & 1 == 0 {
            PositionEncoding::Utf16
        } else {
            PositionEncoding::Utf8
        };
        let start = lsp::Position {
            line: u32::from(step[0] % 16),
            character: u32::from(step[1]),
        };
        let end = lsp::Position {
            line: start.line + u32::from(step[2] >> 6),
            character: start.character + u32::from(step[2] & 0x3f),
        };
        let text = INSERTS[usize::from(step[5]) % INSERTS.len()];
        // The expected text: the same edit on a plain string, through a fresh index.
        let fresh = LineIndex::new(&doc.text);
        let convert = |p: lsp::Position| {
            fresh.offset(
                &doc.text,
                palint_core::Position {
                    line: p.line,
                    character: p.character,
                },
                encoding,
            )
        };
        let (from, to) = (convert(start), convert(end));
        let mut expected = doc.text.clone();
        expected.replace_range(from..to.max(from), text);
        version += 1;
        doc.apply(
            vec![TextDocumentContentChangeEvent {
                range: Some(lsp::Range { start, end }),
                range_length: None,
                text: text.to_owned(),
            }],
            version,
            encoding,
        );
        assert_eq!(doc.text, expected);
    }
    let fresh = documents::Document::new(doc.text.clone(), version);
    let options = Options::default();
    let incremental = check_text(&doc.text, &options);
    assert_eq!(incremental, check_text(&fresh.text, &options));
    assert_spans(&doc.text, &incremental);
    for d in &incremental {
        for encoding in [PositionEncoding::Utf8, PositionEncoding::Utf16] {
            assert_eq!(
                doc.range(&d.range, encoding),
                fresh.range(&d.range, encoding)
            );
        }
    }
}
