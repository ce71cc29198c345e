//! Figures for BENCHMARKS.md over the real-world corpus: files, recognized documents by
//! kind, diagnostics by severity, and the time to check it all.
//!
//! `cargo run --release -p palint-core --example corpus_stats [-- DIR]` (default `tests/corpus`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use palint_core::{check, documents, Options};

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            yaml_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            out.push(path);
        }
    }
}

fn main() {
    let root = std::env::args()
        .nth(1)
        .unwrap_or_else(|| format!("{}/../tests/corpus", env!("CARGO_MANIFEST_DIR")));
    let mut files = Vec::new();
    yaml_files(Path::new(&root), &mut files);
    files.sort();
    let texts: Vec<(PathBuf, String)> = files
        .into_iter()
        .filter_map(|p| std::fs::read_to_string(&p).ok().map(|t| (p, t)))
        .collect();
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();

    let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
    let mut severities: BTreeMap<String, usize> = BTreeMap::new();
    let mut documents_total = 0;
    for (path, text) in &texts {
        let options = Options {
            path: path.to_str(),
            ..Options::default()
        };
        for info in documents(text, &options) {
            documents_total += 1;
            let name = info.kind.map_or("(not recognized)", |k| k.name());
            *kinds.entry(name.to_owned()).or_default() += 1;
        }
        for d in check(text, &options) {
            *severities.entry(d.severity.to_string()).or_default() += 1;
        }
    }

    // Time: the whole corpus checked repeatedly, the median of the runs.
    let mut runs = Vec::new();
    for _ in 0..21 {
        let start = Instant::now();
        for (_, text) in &texts {
            std::hint::black_box(check(text, &Options::default()));
        }
        runs.push(start.elapsed());
    }
    runs.sort();
    let median = runs[runs.len() / 2];

    println!(
        "files: {} ({:.1} KiB), documents: {documents_total}",
        texts.len(),
        bytes as f64 / 1024.0
    );
    println!("documents by kind:");
    for (kind, count) in &kinds {
        println!("  {kind}: {count}");
    }
    println!("diagnostics by severity: {severities:?}");
    println!(
        "check of the whole corpus: {:.2} ms median of {} runs",
        median.as_secs_f64() * 1000.0,
        runs.len()
    );
}
