//! "Did you mean" suggestions.

/// The candidate closest to `word`, if it is close enough to be a likely typo.
/// A case-insensitive match always wins.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let lower = word.trim().to_lowercase();
    let mut best: Option<(usize, &str)> = None;
    for candidate in candidates {
        let candidate_lower = candidate.to_lowercase();
        if candidate_lower == lower {
            return Some(candidate);
        }
        let distance = strsim::damerau_levenshtein(&lower, &candidate_lower);
        let limit = (candidate.chars().count() / 3).clamp(1, 3);
        if distance <= limit && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, c)| c)
}

/// `a`, `b` or `c`: a list of allowed values in backticks for messages.
pub fn one_of(values: &[&str]) -> String {
    let quoted: Vec<String> = values.iter().map(|v| format!("`{v}`")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        n => format!("{} or {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_typos_and_case() {
        let channels = ["none", "patch", "stable", "rapid", "node-image"];
        assert_eq!(closest("stabel", channels), Some("stable"));
        assert_eq!(closest("Rapid", channels), Some("rapid"));
        assert_eq!(closest("nodeimage", channels), Some("node-image"));
        assert_eq!(closest("weekly", channels), None);
        assert_eq!(
            closest("autoUpgradeProfil", ["aadProfile", "autoUpgradeProfile"]),
            Some("autoUpgradeProfile")
        );
    }

    #[test]
    fn lists_values() {
        assert_eq!(one_of(&["Standard", "Free"]), "`Standard` or `Free`");
        assert_eq!(one_of(&["a", "b", "c"]), "`a`, `b` or `c`");
    }
}
