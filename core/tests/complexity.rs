//! Doubling the input at most about doubles the time: positions, documents, lines and
//! diagnostics stay linear (each case once grew quadratically).

#[path = "support/complexity.rs"]
mod complexity;

use complexity::{measure, CASES};

/// Sizes small enough for a debug build; large enough that a quadratic term dominates.
const SIZES: [usize; 5] = [4_000, 200, 200, 20_000, 200_000];

#[test]
fn doubling_the_input_about_doubles_the_time() {
    let mut report = Vec::new();
    for (case, n) in CASES.iter().zip(SIZES) {
        // Retry once: a busy machine can slow one measure down.
        let (t1, t2, ratio) = (0..3)
            .map(|_| measure(case, n, 3))
            .find(|&(_, _, ratio)| ratio < 3.0)
            .unwrap_or_else(|| measure(case, n, 3));
        report.push(format!(
            "{}: n={n} {t1:?}, 2n {t2:?}, ×{ratio:.2}",
            case.name
        ));
        assert!(ratio < 3.0, "{}", report.join("\n"));
    }
    eprintln!("{}", report.join("\n"));
}
