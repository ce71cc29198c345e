//! Kind globs matched without globset's regex engine: globset parses the glob (its syntax and
//! error messages stay the reference) and translates it into a byte regex, which `regex-lite`
//! runs over the path's bytes read as Latin-1 (one char per byte, so `\xNN`, `.` and classes
//! mean what they mean for bytes). This keeps `regex-automata` out of the WebAssembly module.

/// A compiled glob; matches exactly what `globset::GlobMatcher` would.
#[derive(Debug, Clone)]
pub(crate) struct GlobMatcher {
    regex: regex_lite::Regex,
}

impl GlobMatcher {
    pub(crate) fn new(glob: &globset::Glob) -> Result<Self, String> {
        // globset compiles with Unicode off (`(?-u)`, already the case for bytes read as
        // Latin-1) and `.` matching line breaks.
        let pattern = glob.regex().strip_prefix("(?-u)").unwrap_or(glob.regex());
        regex_lite::Regex::new(&format!("(?s){pattern}"))
            .map(|regex| Self { regex })
            .map_err(|e| e.to_string())
    }

    pub(crate) fn is_match(&self, path: &str) -> bool {
        // globset's `Candidate` turns Windows separators into `/`.
        let path = if cfg!(windows) {
            path.replace('\\', "/")
        } else {
            path.to_owned()
        };
        let bytes: String = path.bytes().map(char::from).collect();
        self.regex.is_match(&bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn both(pattern: &str, path: &str) -> Option<(bool, bool)> {
        let glob = globset::Glob::new(pattern).ok()?;
        let ours = GlobMatcher::new(&glob).expect("every globset glob translates");
        Some((ours.is_match(path), glob.compile_matcher().is_match(path)))
    }

    #[test]
    fn matches_like_globset() {
        let patterns = [
            "**",
            "*.yaml",
            "values/**/*.yaml",
            "**/values*.y?ml",
            "profiles/**",
            "a/**/b",
            "[a-c]*.yaml",
            "[!a]*",
            "{x,y}/*.tf",
            "{,x}y",
            "é*/*.yaml",
            "[é-ö]",
            "?",
            "a\\*b",
            "ci/*.yml",
            "**/*.{yaml,yml}",
            "[]]",
            "[-a]",
            "a.b+c(d)|e$^",
            "#&~-",
        ];
        let paths = [
            "",
            "a",
            "x.yaml",
            "values/a/b/c.yaml",
            "values/c.yaml",
            "dir/values-1.yml",
            "profiles/x",
            "a/b",
            "a/x/y/b",
            "b.yaml",
            "x/y.tf",
            "y",
            "xy",
            "éa/b.yaml",
            "é",
            "ö",
            "a*b",
            "ab",
            "ci/a.yml",
            "ci/a/b.yml",
            "]",
            "-",
            "a.b+c(d)|e$^",
            "#&~-",
            "a\nb",
        ];
        let mut compared = 0;
        for pattern in patterns {
            for path in paths {
                if let Some((ours, theirs)) = both(pattern, path) {
                    assert_eq!(ours, theirs, "{pattern:?} on {path:?}");
                    compared += 1;
                }
            }
        }
        assert!(compared > 400, "{compared}");
    }

    proptest! {
        #[test]
        fn generated_globs_match_like_globset(
            pattern in "([a-cé/.*?{},!\\[\\]\\-\\\\]|\\*\\*/){0,10}",
            path in "[a-cé/.\\-\\[\\]{}*]{0,12}",
        ) {
            if let Some((ours, theirs)) = both(&pattern, &path) {
                prop_assert_eq!(ours, theirs);
            }
        }
    }
}
