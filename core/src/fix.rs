//! Applying fixes to a text: what `palint check --fix` does, in the core so that every front
//! end applies them the same way.

use crate::diagnostic::{Diagnostic, Fix, TextEdit};
use crate::engine::{check, Options};

/// How many check-and-fix rounds a text gets: a fix can make another one possible (or two
/// overlapping fixes wait for the next round), but a text never fixes for ever.
pub const MAX_PASSES: usize = 8;

/// The fix of a diagnostic that `--fix` applies: its first safe one, or with `unsafe_too` its
/// first one.
fn chosen(diagnostic: &Diagnostic, unsafe_too: bool) -> Option<&Fix> {
    diagnostic
        .fixes
        .iter()
        .find(|fix| fix.preferred || unsafe_too)
}

/// Applies one fix per diagnostic; a fix whose edits overlap an edit already taken waits
/// (the next round checks again). Returns the new text and how many fixes were applied.
pub fn apply_fixes(text: &str, diagnostics: &[Diagnostic], unsafe_too: bool) -> (String, usize) {
    let mut taken: Vec<&TextEdit> = Vec::new();
    let mut applied = 0;
    for fix in diagnostics.iter().filter_map(|d| chosen(d, unsafe_too)) {
        let overlaps = fix.edits.iter().any(|edit| {
            taken.iter().any(|t| {
                edit.range.start < t.range.end && t.range.start < edit.range.end
                    || edit.range == t.range
            })
        });
        let in_text = fix.edits.iter().all(|e| {
            e.range.start <= e.range.end
                && e.range.end <= text.len()
                && text.is_char_boundary(e.range.start)
                && text.is_char_boundary(e.range.end)
        });
        if overlaps || !in_text {
            continue;
        }
        taken.extend(&fix.edits);
        applied += 1;
    }
    taken.sort_by_key(|e| std::cmp::Reverse(e.range.start));
    let mut out = text.to_owned();
    for edit in taken {
        out.replace_range(edit.range.clone(), &edit.new_text);
    }
    (out, applied)
}

/// A text after `--fix`: the fixed text, how many fixes went in, and what is left.
#[derive(Debug, Clone)]
pub struct Fixed {
    pub text: String,
    pub applied: usize,
    /// The diagnostics of the fixed text.
    pub remaining: Vec<Diagnostic>,
}

/// Checks and fixes `text` until no fix applies (at most [`MAX_PASSES`] rounds).
pub fn fix_text(text: &str, options: &Options, unsafe_too: bool) -> Fixed {
    let mut current = text.to_owned();
    let mut applied = 0;
    let mut diagnostics = check(&current, options);
    for _ in 0..MAX_PASSES {
        let (next, count) = apply_fixes(&current, &diagnostics, unsafe_too);
        if count == 0 || next == current {
            break;
        }
        applied += count;
        current = next;
        diagnostics = check(&current, options);
    }
    Fixed {
        text: current,
        applied,
        remaining: diagnostics,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROFILE: &str = "\
apiVersion: cluster.palette.crossplane.io/v1alpha1
kind: Profile
metadata:
  name: aks
spec:
  forProvider:
    name: aks
    cloud: aks
    type: cluster
    pack:
      - name: kubernetes-aks
        tag: \"1.30\"
        values: |
          managedControlPlane:
            sku: standard
            autoUpgradeProfile:
              upgradeChannel: stabel
";

    #[test]
    fn safe_fixes_only_unless_asked_and_indentation_is_kept() {
        let fixed = fix_text(PROFILE, &Options::default(), false);
        assert_eq!(fixed.applied, 1);
        assert_eq!(
            fixed.text,
            PROFILE.replace("sku: standard", "sku: Standard"),
            "only the letter case (safe); the channel is a guess"
        );
        assert!(fixed
            .remaining
            .iter()
            .any(|d| d.code == "invalid-upgrade-channel"));
        let all = fix_text(PROFILE, &Options::default(), true);
        assert_eq!(all.applied, 2);
        assert!(all
            .text
            .contains("\n            autoUpgradeProfile:\n              upgradeChannel: stable\n"));
        assert!(
            all.remaining.iter().all(|d| d.fixes.is_empty()),
            "{:?}",
            all.remaining
        );
    }

    #[test]
    fn overlapping_fixes_wait_for_the_next_round() {
        let d = |range: std::ops::Range<usize>, new: &str| {
            crate::rules::find("invalid-value")
                .unwrap()
                .diagnostic(range.clone(), "x")
                .with_fix("f", range, new)
        };
        let (text, count) =
            apply_fixes("abcdef", &[d(0..3, "X"), d(2..4, "Y"), d(4..6, "Z")], false);
        assert_eq!((text.as_str(), count), ("XdZ", 2));
    }

    #[test]
    fn a_text_without_fixes_is_left_alone() {
        let text = "managedControlPlane:\n  sku: Premium\n";
        let fixed = fix_text(text, &Options::default(), true);
        assert_eq!((fixed.text.as_str(), fixed.applied), (text, 0));
        assert_eq!(fixed.remaining.len(), 1);
    }
}
