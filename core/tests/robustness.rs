//! Hostile and arbitrary input: `check` always returns, never panics, in bounded time.

use palint_core::{check, DocumentKind, Options};
use proptest::prelude::*;
use std::time::{Duration, Instant};

fn check_as(text: &str, kind: Option<DocumentKind>) -> Vec<palint_core::Diagnostic> {
    check(
        text,
        &Options {
            kind,
            ..Options::default()
        },
    )
}

fn assert_spans_valid(text: &str, kind: Option<DocumentKind>) {
    for d in check_as(text, kind) {
        assert!(
            d.range.start <= d.range.end && d.range.end <= text.len(),
            "{d:?}"
        );
        assert!(
            text.is_char_boundary(d.range.start) && text.is_char_boundary(d.range.end),
            "{d:?}"
        );
        for fix in &d.fixes {
            for edit in &fix.edits {
                assert!(
                    edit.range.end <= text.len() && text.is_char_boundary(edit.range.start),
                    "{fix:?}"
                );
            }
        }
    }
}

/// YAML-ish text: fragments real profiles are made of, in random order.
fn yamlish() -> impl Strategy<Value = String> {
    let fragment = prop_oneof![
        Just("managedControlPlane:\n".to_owned()),
        Just("  sku: Premium\n".to_owned()),
        Just("  additionalTags:\n    azure: x\n".to_owned()),
        Just("apiVersion: cluster.palette.crossplane.io/v1alpha1\nkind: Profile\n".to_owned()),
        Just("spec:\n  forProvider:\n    pack:\n      - name: kubernetes-aks\n        values: |\n          managedControlPlane:\n            sku: x\n".to_owned()),
        Just("    tags: [\"a:b:c\", windows]\n".to_owned()),
        Just("---\n".to_owned()),
        Just("- &a [*a, 1]\n".to_owned()),
        Just("\t\"unterminated\n".to_owned()),
        Just("key: 😀 é\r\n".to_owned()),
        "[ -~]{0,20}\n",
    ];
    prop::collection::vec(fragment, 0..12).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn never_panics_on_arbitrary_text(text in any::<String>()) {
        assert_spans_valid(&text, None);
        assert_spans_valid(&text, Some(DocumentKind::KubernetesAksValues));
    }

    #[test]
    fn never_panics_on_yamlish_text(text in yamlish()) {
        assert_spans_valid(&text, None);
        assert_spans_valid(&text, Some(DocumentKind::CrossplaneProfile));
    }
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let value = f();
    (value, start.elapsed())
}

#[test]
fn alias_bomb_is_reported_not_expanded() {
    let mut text = String::from(
        "managedControlPlane:\n  sku: Free\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n",
    );
    for i in 1..12 {
        let refs = vec![format!("*a{}", i - 1); 10].join(", ");
        text.push_str(&format!("  a{i}: &a{i} [{refs}]\n"));
    }
    let (diagnostics, elapsed) = timed(|| check_as(&text, None));
    assert!(
        diagnostics.iter().any(|d| d.code == "yaml-limit"),
        "{diagnostics:?}"
    );
    // Generous bound: the point is "does not expand 10^12 nodes", not speed.
    assert!(elapsed < Duration::from_secs(5), "{elapsed:?}");
}

#[test]
fn many_small_alias_bombs_share_one_budget() {
    // Each document stays under the per-document limit; 2,000 of them would be 2·10⁸ values.
    let mut bomb = String::from(
        "---\nmanagedControlPlane:\n  sku: Free\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n",
    );
    for i in 1..4 {
        let refs = vec![format!("*a{}", i - 1); 10].join(", ");
        bomb.push_str(&format!("  a{i}: &a{i} [{refs}]\n"));
    }
    bomb.push_str(&format!("  a4: [{}]\n", ["*a3"; 7].join(", ")));
    let one = check_as(&bomb, None);
    assert!(one.iter().all(|d| d.code != "yaml-limit"), "{one:?}");
    let text = bomb.repeat(2_000);
    let (diagnostics, elapsed) = timed(|| check_as(&text, None));
    let limits: Vec<_> = diagnostics
        .iter()
        .filter(|d| d.code == "yaml-limit")
        .collect();
    assert!(!limits.is_empty());
    assert!(
        limits[0].message.contains("in this file"),
        "{}",
        limits[0].message
    );
    // Linear in the file, not 2,000 × the per-document budget (35 s in release before).
    assert!(elapsed < Duration::from_secs(10), "{elapsed:?}");
}

#[test]
fn deep_nesting_is_a_limit_not_a_syntax_error() {
    for text in [
        "managedControlPlane:\n  x: ".to_owned() + &"[".repeat(20_000),
        "managedControlPlane:\n".to_owned() + &"{a: ".repeat(20_000),
    ] {
        let diagnostics = check_as(&text, None);
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        assert_eq!(diagnostics[0].code, "yaml-limit");
        assert!(diagnostics[0].message.contains("limit"), "{diagnostics:?}");
    }
    // Valid YAML, only deeper than palint follows: its limit, named in the message.
    let valid = format!(
        "managedControlPlane:\n  x: {}{}\n",
        "[".repeat(210),
        "]".repeat(210)
    );
    let diagnostics = check_as(&valid, None);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(diagnostics[0].code, "yaml-limit");
    assert!(
        diagnostics[0].message.contains("200 levels"),
        "{diagnostics:?}"
    );
    let mut block = String::from("managedControlPlane:\n");
    for depth in 1..5_000 {
        block.push_str(&" ".repeat(depth));
        block.push_str("k:\n");
    }
    let diagnostics = check_as(&block, None);
    assert!(
        diagnostics.iter().any(|d| d.code == "yaml-limit"),
        "{diagnostics:?}"
    );
}

#[test]
fn a_broken_document_does_not_hide_the_next_ones() {
    let text = "managedControlPlane:\n  sku: Premium\n---\nmanagedControlPlane:\n  sku: [Free\n  x: 1\n---\nmanagedControlPlane:\n  sku: Basic\n--- |\n  literal\n---\nmanagedControlPlane: {sku: {a: 1\n---\nmanagedControlPlane:\n  sku: Premium2\n";
    let diagnostics = check_as(text, None);
    let found: Vec<(&str, &str)> = diagnostics
        .iter()
        .map(|d| (d.code, &text[d.range.clone()]))
        .collect();
    assert_eq!(
        found.iter().map(|f| f.0).collect::<Vec<_>>(),
        [
            "invalid-sku",
            "yaml-syntax",
            "invalid-sku",
            "yaml-syntax",
            "invalid-sku"
        ],
        "{found:?}"
    );
    assert_eq!(found[2].1, "Basic");
    assert_eq!(found[4].1, "Premium2");
    // Many broken documents stay linear: each is parsed once.
    let broken = "managedControlPlane:\n  sku: [Free\n  x: 1\n---\n".repeat(20_000);
    let (diagnostics, elapsed) = timed(|| check_as(&broken, None));
    assert_eq!(diagnostics.len(), 20_000);
    assert!(elapsed < Duration::from_secs(10), "{elapsed:?}");
}

#[test]
fn ten_megabyte_file_finishes() {
    let doc = "managedControlPlane:\n  sku: Standard\n  autoUpgradeProfile:\n    upgradeChannel: stable\n  additionalTags:\n    env: prod\n---\n";
    let text = doc.repeat(10_000_000 / doc.len());
    let (diagnostics, elapsed) = timed(|| check_as(&text, None));
    assert!(diagnostics.is_empty());
    assert!(elapsed < Duration::from_secs(60), "{elapsed:?}");
}

#[test]
fn one_huge_scalar_and_long_line() {
    let text = format!("managedControlPlane:\n  sku: {}\n", "S".repeat(2_000_000));
    let diagnostics = check_as(&text, None);
    assert_eq!(diagnostics.len(), 1);
    assert_eq!(diagnostics[0].code, "invalid-sku");
}
