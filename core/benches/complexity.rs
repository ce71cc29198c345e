//! `cargo bench -p palint-core --bench complexity`: time on inputs of size N and 2N for each
//! dimension that once grew quadratically (lines, line length, documents, diagnostics).
//! Prints the ratios and fails (exit 1) if one is above 2.5 (linear work is about 2).

#[path = "../tests/support/complexity.rs"]
mod complexity;

use complexity::{measure, CASES};

const SIZES: [usize; 5] = [8_000, 2_560, 2_560, 100_000, 2_000_000];

fn main() {
    let mut failed = false;
    println!("| case | N | time(N) | time(2N) | ratio |\n|---|---|---|---|---|");
    for (case, n) in CASES.iter().zip(SIZES) {
        let (t1, t2, ratio) = measure(case, n, 5);
        println!(
            "| {} | {n} | {:.1} ms | {:.1} ms | {ratio:.2} |",
            case.name,
            t1.as_secs_f64() * 1e3,
            t2.as_secs_f64() * 1e3
        );
        failed |= ratio > 2.5;
    }
    if failed {
        eprintln!("a case grew faster than linearly");
        std::process::exit(1);
    }
}
