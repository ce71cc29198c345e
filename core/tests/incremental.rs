//! The incremental check equals a fresh check after every one of thousands of random edits.

use palint_core::{check, DocumentKind, EditsSinceCheck, IncrementalCheck, Options};

/// A small seeded generator (xorshift), so a failure names its seed and step.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn example(path: &str) -> String {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/");
    std::fs::read_to_string(format!("{root}{path}")).unwrap()
}

/// Profiles with embedded values, AKS values, manifests, templates, aliases, multi-byte text.
fn starting_text() -> String {
    let mut text = String::new();
    for path in [
        "invalid/crossplane-profile.yaml",
        "invalid/aks-values.yaml",
        "valid/multi-document.yaml",
        "invalid/deployment-proxy.yaml",
        "invalid/crossplane-aks.yaml",
    ] {
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        if !text.is_empty() {
            text.push_str("---\n");
        }
        text.push_str(&example(path));
    }
    text.push_str(concat!(
        "\n---\n# palint: kind=kubernetes-aks-values\n",
        "managedControlPlane:\n  sku: Premium # é 😀\n  sku: Free\n",
        "  tags: &t {env: prod, Env: dev}\n  other: *t\n",
        "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.name }}\n",
        "data:\n  k: \"ü\"\n",
    ));
    text
}

/// Pieces an edit inserts: markers, structure, errors, multi-byte characters, directives.
const PIECES: &[&str] = &[
    "---\n",
    "\n---\n",
    "--- # c\n",
    "...\n",
    "é",
    "😀",
    "ü: x\n",
    "  sku: Premium\n",
    "  sku: Basic\n",
    "      sku: Standard\n",
    "values: |\n  managedControlPlane:\n    sku: Premium\n",
    "{{ .Values.x }}",
    "{{- if .x }}\n",
    "{{",
    "}}",
    ": ",
    "[",
    "]",
    "\"",
    "'",
    "&a ",
    "*a",
    "# palint-disable-next-line\n",
    "# palint-disable-file invalid-sku\n",
    "# palint: kind=kubernetes-aks-values\n",
    "%YAML 1.2\n",
    "\t",
    "\r\n",
    "  ",
    "\n",
    "x",
    "- a\n",
    "key: value\n",
];

fn floor(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// One random edit: an insertion, a deletion (sometimes across documents), or a replacement;
/// sometimes a line of a block scalar is changed in place. Returns the range it replaced in
/// the text as it was.
fn edit(text: &mut String, rng: &mut Rng, base: &str) -> std::ops::Range<usize> {
    let at = floor(text, rng.below(text.len() + 1));
    match rng.below(10) {
        0..=3 => {
            text.insert_str(at, PIECES[rng.below(PIECES.len())]);
            at..at
        }
        4..=5 => {
            let len = if rng.below(4) == 0 {
                rng.below(600)
            } else {
                rng.below(12)
            };
            let end = floor(text, (at + len).min(text.len()));
            text.replace_range(at..end, "");
            at..end
        }
        6..=7 => {
            let end = floor(text, (at + rng.below(8)).min(text.len()));
            text.replace_range(at..end, PIECES[rng.below(PIECES.len())]);
            at..end
        }
        8 => {
            // Type inside a line of an indented block (block scalars, embedded values).
            let lines: Vec<usize> = text.match_indices("\n      ").map(|(i, _)| i + 1).collect();
            match lines.get(rng.below(lines.len())) {
                Some(&line) => {
                    text.insert_str(line + 6, ["x", "sku: Free\n      ", "é"][rng.below(3)]);
                    line + 6..line + 6
                }
                None => at..at,
            }
        }
        _ => {
            // Keep the text from growing or shrinking without bound, and from keeping a
            // directive or an unclosed template action (whole-text checks) for long.
            let unbalanced = text.matches("{{").count() != text.matches("}}").count();
            let directive = text.starts_with('%') || text.contains("\n%");
            if text.len() > 2 * base.len() || text.len() < base.len() / 4 || unbalanced || directive
            {
                let whole = 0..text.len();
                *text = base.to_owned();
                whole
            } else {
                at..at
            }
        }
    }
}

fn run(seed: u64, steps: usize, options: &Options, full_text_every: usize) {
    let base = starting_text();
    let mut text = base.clone();
    let mut rng = Rng(seed);
    let mut incremental = IncrementalCheck::new();
    for step in 0..steps {
        edit(&mut text, &mut rng, &base);
        // Some clients send the whole text: a fresh state's first check must agree as well.
        if full_text_every > 0 && step % full_text_every == 0 {
            incremental = IncrementalCheck::new();
        }
        let expected = check(&text, options);
        let found = incremental.check(&text, options);
        assert!(
            found == expected,
            "seed {seed}, step {step}: incremental check differs\ntext:\n{text}\n\
             incremental: {found:#?}\nfresh: {expected:#?}"
        );
    }
}

/// As `run`, with the edits told to the checker instead of found by comparing texts, and
/// sometimes several edits between two checks (a burst whose stale versions are skipped).
fn run_edited(seed: u64, steps: usize, options: &Options) {
    let base = starting_text();
    let mut text = base.clone();
    let mut rng = Rng(seed);
    let mut incremental = IncrementalCheck::new();
    let mut edits = EditsSinceCheck::default();
    for step in 0..steps {
        for _ in 0..[1, 1, 1, 2, 5][rng.below(5)] {
            let len = text.len();
            let replaced = edit(&mut text, &mut rng, &base);
            edits.record(replaced, len);
        }
        let expected = check(&text, options);
        let found = incremental.check_edited(&text, options, edits.take(text.len()));
        assert!(
            found == expected,
            "seed {seed}, step {step}: incremental check (edits told) differs\ntext:\n{text}\n\
             incremental: {found:#?}\nfresh: {expected:#?}"
        );
    }
}

#[test]
fn random_edits_match_a_fresh_check() {
    // `PALINT_INCREMENTAL_SEEDS=200` runs longer, away from CI.
    let seeds = std::env::var("PALINT_INCREMENTAL_SEEDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    for seed in 1..=seeds {
        run(seed * 7919, 320, &Options::default(), 0);
        run_edited(seed * 104_729, 200, &Options::default());
    }
}

#[test]
fn random_edits_with_a_forced_kind_match_a_fresh_check() {
    let options = Options {
        kind: Some(DocumentKind::KubernetesAksValues),
        ..Options::default()
    };
    run(424_242, 400, &options, 97);
}

#[test]
fn terraform_files_are_checked_whole() {
    let options = Options {
        path: Some("main.tf"),
        ..Options::default()
    };
    let text = "resource \"x\" \"y\" {\n  a = 1\n}\n";
    assert_eq!(
        IncrementalCheck::new().check(text, &options),
        check(text, &options)
    );
}
