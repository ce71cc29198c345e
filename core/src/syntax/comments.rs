//! Comment directives: the `# palint: kind=...` modeline and suppression comments.

use std::collections::HashSet;

/// The value of a `# palint: kind=<kind>` modeline in `text[range]`, if any.
pub fn modeline_kind(text: &str, range: std::ops::Range<usize>) -> Option<&str> {
    crate::line_index::lines(text.get(range)?).find_map(|(_, line)| {
        let comment = line.trim_start().strip_prefix('#')?.trim();
        let rest = comment.strip_prefix("palint:")?.trim();
        rest.strip_prefix("kind=")
            .or_else(|| rest.strip_prefix("kind ="))
            .map(|kind| kind.split_whitespace().next().unwrap_or(""))
    })
}

/// Which codes are silenced on which lines, from the comments of a file.
#[derive(Debug, Default)]
pub struct Suppressions {
    /// `(line, codes)`; an empty set means every code.
    lines: Vec<(usize, HashSet<String>)>,
    file: Option<HashSet<String>>,
}

const NEXT_LINE: &str = "palint-disable-next-line";
const SAME_LINE: &str = "palint-disable-line";
const FILE: &str = "palint-disable-file";

/// What every suppression comment contains. It has no line break, so a text has it exactly
/// when one of the parts it is cut into at line starts has it.
const MARKER: &str = "palint-disable";

/// Whether `text` may have a suppression comment (a quick test before [`Suppressions::scan`]).
pub fn mentions_suppression(text: &str) -> bool {
    text.contains(MARKER)
}

impl Suppressions {
    /// Scans every line of `text` (0-based line numbers).
    pub fn scan(text: &str) -> Suppressions {
        let mut result = Suppressions::default();
        if !mentions_suppression(text) {
            return result;
        }
        let lines: Vec<&str> = crate::line_index::lines(text).map(|(_, l)| l).collect();
        for (number, line) in lines.iter().enumerate() {
            let Some(hash) = line.find('#') else { continue };
            let comment = line[hash..].trim_start_matches('#').trim();
            if let Some(codes) = directive(comment, NEXT_LINE) {
                // The next line that is not itself only a comment or blank.
                let target = (number + 1..lines.len())
                    .find(|&n| {
                        let t = lines[n].trim();
                        !t.is_empty() && !t.starts_with('#')
                    })
                    .unwrap_or(number + 1);
                result.lines.push((target, codes));
            } else if let Some(codes) = directive(comment, SAME_LINE) {
                result.lines.push((number, codes));
            } else if let Some(codes) = directive(comment, FILE) {
                let all = result.file.get_or_insert_with(HashSet::new);
                if codes.is_empty() {
                    all.insert("*".into());
                }
                all.extend(codes);
            }
            // A directive can also sit after a value: `key: v  # palint-disable-line x`.
            if hash > 0 && !line[..hash].trim().is_empty() {
                if let Some(at) = line.find(&format!("# {SAME_LINE}")) {
                    if at != hash {
                        if let Some(codes) = directive(line[at + 1..].trim(), SAME_LINE) {
                            result.lines.push((number, codes));
                        }
                    }
                }
            }
        }
        result
    }

    /// True when the text has no suppression comment.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty() && self.file.is_none()
    }

    /// True when `code` is silenced on `line`.
    pub fn is_suppressed(&self, line: usize, code: &str) -> bool {
        if let Some(file) = &self.file {
            if file.contains("*") || file.contains(code) {
                return true;
            }
        }
        self.lines
            .iter()
            .any(|(l, codes)| *l == line && (codes.is_empty() || codes.contains(code)))
    }
}

/// Parses `palint-disable-... code, code` and returns the codes (empty = all).
fn directive(comment: &str, name: &str) -> Option<HashSet<String>> {
    let rest = comment.strip_prefix(name)?;
    if !(rest.is_empty() || rest.starts_with([' ', '\t', ':'])) {
        return None;
    }
    let rest = rest.trim_start_matches(':');
    // Anything after ` -- ` is a free-text reason.
    let codes = rest.split(" -- ").next().unwrap_or("");
    Some(
        codes
            .split([',', ' ', '\t'])
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_owned)
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_modeline() {
        let text = "# palint: kind=kubernetes-aks-values\nfoo: 1\n";
        assert_eq!(
            modeline_kind(text, 0..text.len()),
            Some("kubernetes-aks-values")
        );
        assert_eq!(modeline_kind("a: 1 # palint: kind=x\n", 0..20), None);
    }

    #[test]
    fn next_line_skips_comment_lines_and_filters_codes() {
        let text =
            "a: 1\n# palint-disable-next-line reserved-tag, tag-format -- legacy\n# note\nb: 2\n";
        let s = Suppressions::scan(text);
        assert!(s.is_suppressed(3, "reserved-tag"));
        assert!(s.is_suppressed(3, "tag-format"));
        assert!(!s.is_suppressed(3, "invalid-sku"));
        assert!(!s.is_suppressed(0, "reserved-tag"));
    }

    #[test]
    fn same_line_and_file_directives() {
        let text = "a: 1  # palint-disable-line invalid-sku\n# palint-disable-file tag-count\n";
        let s = Suppressions::scan(text);
        assert!(s.is_suppressed(0, "invalid-sku"));
        assert!(!s.is_suppressed(0, "reserved-tag"));
        assert!(s.is_suppressed(7, "tag-count"));
        let all = Suppressions::scan("# palint-disable-next-line\nx: 1\n");
        assert!(all.is_suppressed(1, "anything"));
    }
}
