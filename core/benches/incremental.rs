//! `cargo bench -p palint-core --bench incremental`: a one-line edit in a 30,000-line,
//! 2,000-document file, checked again incrementally (what the language server does on every
//! `didChange`, finding the edit by comparing the texts or told it) and from scratch.

use criterion::{criterion_group, criterion_main, Criterion};
use palint_core::{check, IncrementalCheck, Options, Unchanged};
use std::hint::black_box;

const AKS_VALUES: &str = include_str!("../../examples/valid/aks-values.yaml");
const INVALID_AKS_VALUES: &str = include_str!("../../examples/invalid/aks-values.yaml");

/// `documents` AKS layer values documents, one in `invalid_every` with problems, each cut to
/// `lines_per_document` lines (comments and blank lines left out).
fn multi_document(documents: usize, lines_per_document: usize, invalid_every: usize) -> String {
    let mut text = String::new();
    for i in 0..documents {
        let source = if i % invalid_every == invalid_every - 1 {
            INVALID_AKS_VALUES
        } else {
            AKS_VALUES
        };
        let content = source
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty());
        for line in content.take(lines_per_document - 1) {
            text.push_str(line);
            text.push('\n');
        }
        text.push_str("---\n");
    }
    text
}

/// The 2,000-document file and the same with one `sku` value flipped in the middle, and the
/// edit's unchanged ends.
fn versions(invalid_every: usize) -> (String, String, Unchanged) {
    let text = multi_document(2_000, 15, invalid_every);
    assert_eq!(text.lines().count(), 30_000);
    let middle = text.len() / 2;
    let at = middle + text[middle..].find("sku: ").unwrap() + 5;
    let end = at + text[at..].find('\n').unwrap();
    let mut edited = text.clone();
    edited.replace_range(at..end, "Premium");
    let unchanged = Unchanged {
        start: at,
        end: text.len() - end,
    };
    (text, edited, unchanged)
}

fn bench(c: &mut Criterion) {
    let options = Options::default();
    let mut group = c.benchmark_group("incremental");
    group.sample_size(20);
    // One document in four with problems (2,000 diagnostics), and one in 1,000 (8).
    for (invalid_every, name) in [(4, ""), (1000, "-few-problems")] {
        let (text, edited, unchanged) = versions(invalid_every);
        // Two versions that differ in one line in the middle, checked in turn: the edit found
        // by comparing the texts, and told (as the language server does).
        for told in [false, true] {
            let id = if told { "-told" } else { "" };
            group.bench_function(format!("30000-lines-one-line-edit{id}{name}"), |b| {
                let mut incremental = IncrementalCheck::new();
                incremental.check(&text, &options);
                let mut flip = false;
                b.iter(|| {
                    flip = !flip;
                    let version = black_box(if flip { &edited } else { &text });
                    if told {
                        incremental.check_edited(version, &options, unchanged)
                    } else {
                        incremental.check(version, &options)
                    }
                })
            });
        }
        if invalid_every == 4 {
            group.bench_function("30000-lines-fresh-check", |b| {
                b.iter(|| check(black_box(&edited), &options))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
