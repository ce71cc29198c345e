//! The real-world corpus (`tests/corpus/`, files from public repositories, see its
//! SOURCES.md): every diagnostic palint gives on it is in one reviewed snapshot. A new
//! diagnostic fails this test until it is reviewed: a real problem in the file, or a false
//! alarm to fix.

use std::path::Path;
use std::process::Command;

#[test]
fn corpus_diagnostics_are_reviewed() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_palint"))
        .current_dir(root)
        .args(["check", "--format", "json", "tests/corpus"])
        .output()
        .expect("palint runs");
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "palint failed on the corpus: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("the JSON report parses");
    let files = report["files"].as_array().expect("a files list");
    assert!(files.len() >= 60, "the corpus has {} files", files.len());
    // Only files with diagnostics, so the snapshot is the list to review.
    let flagged: Vec<&serde_json::Value> = files
        .iter()
        .filter(|f| f["diagnostics"].as_array().is_some_and(|d| !d.is_empty()))
        .collect();
    insta::assert_snapshot!(
        "corpus",
        serde_json::to_string_pretty(&flagged).expect("serializes")
    );
}
