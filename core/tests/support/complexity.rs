//! Inputs of growing size and the measure of how time grows with them, shared by the
//! complexity test (`core/tests/complexity.rs`) and bench (`core/benches/complexity.rs`).
//!
//! Each case doubles one dimension of the input: lines, line length, documents, diagnostics.
//! Linear work takes about twice as long on the doubled input; quadratic work four times.

#![allow(dead_code)]

use palint_core::ide::outline;
use palint_core::{check, LineIndex, Options, PositionEncoding};
use std::time::{Duration, Instant};

const AKS_VALUES: &str = include_str!("../../../examples/valid/aks-values.yaml");
const INVALID_AKS_VALUES: &str = include_str!("../../../examples/invalid/aks-values.yaml");

/// One flow mapping on one line with `n` tags, each a problem (`<id>` placeholders), and one
/// non-ASCII character at the end of the line.
pub fn flow_line(n: usize) -> String {
    let mut text = String::from("managedControlPlane:\n  additionalTags: {");
    for i in 0..n {
        text.push_str(&format!("t{i}: <id>, "));
    }
    text.push_str("é: x}\n");
    text
}

/// `n` AKS values documents (one in four with problems), one `é` in a comment at the top.
pub fn documents(n: usize) -> String {
    let mut text = String::from("# é\n");
    for i in 0..n {
        text.push_str(if i % 4 == 3 {
            INVALID_AKS_VALUES
        } else {
            AKS_VALUES
        });
        text.push_str("\n---\n");
    }
    text
}

/// One document with `n` tag lines (block mapping), every tenth a problem, non-ASCII values.
pub fn lines(n: usize) -> String {
    let mut text = String::from("managedControlPlane:\n  additionalTags:\n");
    for i in 0..n {
        if i % 10 == 0 {
            text.push_str(&format!("    t{i}: <id>\n"));
        } else {
            text.push_str(&format!("    t{i}: é{i}\n"));
        }
    }
    text
}

/// One tag whose value is a single line of `n` characters (non-ASCII), with a problem after it.
pub fn long_line(n: usize) -> String {
    format!(
        "managedControlPlane:\n  additionalTags:\n    long: \"{}\"\n    azure: x\n",
        "é".repeat(n)
    )
}

/// What an adapter does with a text: check it, and turn every diagnostic's span into UTF-16
/// positions (JSON output, LSP).
pub fn check_and_locate(text: &str) -> usize {
    let diagnostics = check(text, &Options::default());
    let index = LineIndex::new(text);
    let mut sum = 0;
    for d in &diagnostics {
        let start = index.position(text, d.range.start, PositionEncoding::Utf16);
        let end = index.position(text, d.range.end, PositionEncoding::Utf16);
        sum += (start.character + end.line) as usize;
    }
    sum + diagnostics.len()
}

/// The editor outline, with every symbol's UTF-16 range.
pub fn outline_and_locate(text: &str) -> usize {
    let index = LineIndex::new(text);
    let mut stack = outline(text, &Options::default());
    let mut sum = 0;
    while let Some(symbol) = stack.pop() {
        sum += index
            .position(text, symbol.range.start, PositionEncoding::Utf16)
            .character as usize;
        stack.extend(symbol.children);
    }
    sum
}

pub struct Case {
    pub name: &'static str,
    pub input: fn(usize) -> String,
    pub work: fn(&str) -> usize,
}

pub const CASES: &[Case] = &[
    Case {
        name: "diagnostics on one line (flow mapping of n tags)",
        input: flow_line,
        work: check_and_locate,
    },
    Case {
        name: "documents (n AKS values documents, one `é`)",
        input: documents,
        work: check_and_locate,
    },
    Case {
        name: "outline of n documents",
        input: documents,
        work: outline_and_locate,
    },
    Case {
        name: "lines (n tag lines)",
        input: lines,
        work: check_and_locate,
    },
    Case {
        name: "line length (one value of n characters)",
        input: long_line,
        work: check_and_locate,
    },
];

/// The best of `runs` timings of `work` on `text` (the least disturbed by other processes).
pub fn best_time(text: &str, work: fn(&str) -> usize, runs: usize) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(work(std::hint::black_box(text)));
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Time on the input of size `n`, on size `2n`, and their ratio.
pub fn measure(case: &Case, n: usize, runs: usize) -> (Duration, Duration, f64) {
    let small = (case.input)(n);
    let large = (case.input)(2 * n);
    // Warm up (allocator, schema compilation).
    (case.work)(&small);
    let t1 = best_time(&small, case.work, runs);
    let t2 = best_time(&large, case.work, runs);
    (t1, t2, t2.as_secs_f64() / t1.as_secs_f64().max(1e-9))
}
