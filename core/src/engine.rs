//! The checking pipeline: parse → kind per document → rules → embedded YAML → config and
//! suppression comments.

use crate::config::{Config, RuleLevel};
use crate::diagnostic::{Diagnostic, Fix, TextEdit};
use crate::kind::{self, DocumentKind};
use crate::line_index::LineIndex;
use crate::rules::variables::Variable;
use crate::rules::{self, Context, YAML_SYNTAX};
use crate::schema;
use crate::syntax::comments::{modeline_kind, Suppressions};
use crate::syntax::embedded::OffsetMap;
use crate::syntax::template;
use crate::syntax::{parse, Document, NodeId, NodeValue, PathSegment, ScalarType};

/// What to check a text as.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options<'a> {
    /// Settings from `.palint.yaml` (or the editor).
    pub config: Option<&'a Config>,
    /// The file's path, matched against the config's kind globs.
    pub path: Option<&'a str>,
    /// Force every document to this kind (`palint check --kind`).
    pub kind: Option<DocumentKind>,
    /// For a Terraform file: the other files of its module (variable values, cluster
    /// profiles). `None` checks the file on its own.
    pub terraform_module: Option<&'a crate::terraform::TerraformModule>,
}

/// How a document's kind was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KindSource {
    Option,
    Modeline,
    Config,
    Detected,
}

/// One document of a checked text, with its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentInfo {
    pub range: std::ops::Range<usize>,
    pub kind: Option<DocumentKind>,
    pub source: Option<KindSource>,
}

/// Checks `text` and returns its diagnostics, sorted by position. Pure: no I/O.
pub fn check(text: &str, options: &Options) -> Vec<Diagnostic> {
    let forced = forced_kind(options);
    // Alias expansion is bounded for the whole text, not per document.
    let alias_budget = std::cell::Cell::new(crate::schema::ALIAS_EXPANSION_BUDGET_PER_TEXT);
    let diagnostics = if options.path.is_some_and(kind::is_terraform_path) {
        match forced {
            Some((None, _)) => Vec::new(),
            _ => crate::terraform::check(text, options, &alias_budget),
        }
    } else {
        check_text(text, forced, &alias_budget, Nesting::TopLevel, Part::WHOLE)
    };
    finish(text, diagnostics, options, true)
}

/// What every check ends with, on the diagnostics of the whole text: rule levels from the
/// config, suppression comments, position order and no duplicates. `may_suppress: false`
/// says the text has no suppression comment (known without searching it again).
pub(crate) fn finish(
    text: &str,
    mut diagnostics: Vec<Diagnostic>,
    options: &Options,
    may_suppress: bool,
) -> Vec<Diagnostic> {
    apply_levels(&mut diagnostics, options.config);
    let suppressions = if may_suppress {
        Suppressions::scan(text)
    } else {
        Suppressions::default()
    };
    if !suppressions.is_empty() {
        let lines = LineIndex::new(text);
        diagnostics.retain(|d| !suppressions.is_suppressed(lines.line_of(d.range.start), d.code));
    }
    sort_diagnostics(&mut diagnostics);
    diagnostics.dedup_by(|a, b| a.range == b.range && a.code == b.code && a.message == b.message);
    diagnostics
}

/// The order of a text's diagnostics: by range, then code; stable.
pub(crate) fn sort_diagnostics(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (a.range.start, a.range.end, a.code).cmp(&(b.range.start, b.range.end, b.code))
    });
}

/// The documents of `text` and the kind each is checked as.
pub fn documents(text: &str, options: &Options) -> Vec<DocumentInfo> {
    let forced = forced_kind(options);
    if options.path.is_some_and(kind::is_terraform_path) {
        return crate::terraform::documents(text, forced);
    }
    let masked = template::mask(text);
    let stream = parse(&masked.text);
    let mut previous_end = 0;
    stream
        .documents
        .iter()
        .map(|doc| {
            let (kind, source) = decide_kind(&masked.text, doc, previous_end, forced);
            previous_end = doc.span.end;
            DocumentInfo {
                range: doc.span.clone(),
                kind,
                source,
            }
        })
        .collect()
}

/// `Some(kind)` forced for every document (`Some(None)`: check nothing), or `None`.
pub(crate) fn forced_kind(options: &Options) -> Option<(Option<DocumentKind>, KindSource)> {
    if let Some(kind) = options.kind {
        return Some((Some(kind), KindSource::Option));
    }
    let from_glob = options
        .config
        .zip(options.path)
        .and_then(|(config, path)| config.kind_for_path(path));
    let from_name = || options.path.and_then(kind::for_file_name);
    from_glob
        .map(|kind| (kind, KindSource::Config))
        .or_else(|| from_name().map(|kind| (Some(kind), KindSource::Detected)))
}

fn decide_kind(
    text: &str,
    doc: &Document,
    header_start: usize,
    forced: Option<(Option<DocumentKind>, KindSource)>,
) -> (Option<DocumentKind>, Option<KindSource>) {
    if let Some((kind, KindSource::Option)) = forced {
        return (kind, Some(KindSource::Option));
    }
    // A modeline counts only in the comments before the document's content.
    let header_end = doc.root.map_or(doc.span.end, |r| doc.span(r).start);
    if let Some(name) = modeline_kind(text, header_start.min(header_end)..header_end) {
        return (DocumentKind::forceable(name), Some(KindSource::Modeline));
    }
    if let Some((kind, source)) = forced {
        return (kind, Some(source));
    }
    let detected = kind::detect(doc).or_else(|| {
        // A broken document may not have parsed far enough to show what it is.
        doc.error
            .as_ref()
            .and_then(|_| kind::detect_text(&text[header_start.min(doc.span.start)..doc.span.end]))
    });
    match detected {
        Some(kind) => (Some(kind), Some(KindSource::Detected)),
        None => (None, None),
    }
}

/// The document around a position, parsed on its own.
pub(crate) struct LocalDocument {
    /// The part of the text the document was parsed from (from its `---` line, if any).
    pub range: std::ops::Range<usize>,
    /// The tree; its spans are relative to `range.start`.
    pub doc: Document,
    pub kind: Option<DocumentKind>,
    /// How the kind was decided; `Some` with no kind means "do not check" (not unrecognized).
    pub source: Option<KindSource>,
}

/// Finds the document around `offset` by its `---` lines and parses only that part, so that
/// editor requests stay fast in long multi-document files.
pub(crate) fn document_at(text: &str, offset: usize, options: &Options) -> Option<LocalDocument> {
    let offset = offset.min(text.len());
    let range = document_region(text, offset);
    let region = &text[range.clone()];
    let local = offset - range.start;
    let stream = parse(region);
    let doc = stream
        .documents
        .into_iter()
        .rev()
        .find(|d| d.span.start <= local)
        .unwrap_or_default();
    let (kind, source) = decide_kind(region, &doc, 0, forced_kind(options));
    Some(LocalDocument {
        range,
        doc,
        kind,
        source,
    })
}

/// From the `---` line that starts the document holding `offset` to the next one.
fn document_region(text: &str, offset: usize) -> std::ops::Range<usize> {
    let is_marker = |line: &str| {
        line.starts_with("---") && line[3..].chars().next().is_none_or(char::is_whitespace)
    };
    let mut start = 0;
    let mut end = text.len();
    for (line_start, line) in crate::line_index::lines(text) {
        if is_marker(line) {
            if line_start <= offset {
                start = line_start;
            } else {
                end = line_start;
                break;
            }
        }
    }
    start..end
}

/// How embedded YAML (a pack's `values`) may be recognized.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Nesting {
    /// A file of its own: embedded YAML inside it is checked too.
    TopLevel,
    /// YAML inside another document: detected as anything but AKS values, which only the
    /// pack it belongs to can say it is (an EKS pack has the same top-level keys).
    Embedded,
}

/// Which part of `text` [`check_text`] reports on: all of it, or one part of a longer text
/// (see [`crate::incremental`]).
#[derive(Clone, Copy)]
pub(crate) struct Part<'a> {
    /// Documents that start here or later are not checked (the incremental check adds a
    /// `---` line after a part so that it parses as it does inside the whole text).
    pub end: usize,
    /// The line the part starts on in the whole text, and a flag set when a message used a
    /// line number.
    pub line_base: Option<(usize, &'a std::cell::Cell<bool>)>,
    /// Set when a document of the part has a syntax error at or after `end`: the part's last
    /// document is still open there (a flow collection, a quote), and how it ends depends on
    /// the text after the part.
    pub ends_open: Option<&'a std::cell::Cell<bool>>,
}

impl Part<'_> {
    pub const WHOLE: Part<'static> = Part {
        end: usize::MAX,
        line_base: None,
        ends_open: None,
    };
}

/// Checks every document of `text`; all of it, embedded YAML included, shares `alias_budget`.
pub(crate) fn check_text(
    text: &str,
    forced: Option<(Option<DocumentKind>, KindSource)>,
    alias_budget: &std::cell::Cell<usize>,
    nesting: Nesting,
    part: Part,
) -> Vec<Diagnostic> {
    let masked = template::mask(text);
    let mut out = Vec::new();
    let mut previous_end = 0;
    // One line index for all the documents of the text, built for the first recognized one.
    let lines = std::cell::OnceCell::new();
    // One parsed document at a time: memory stays that of the largest, not of the stream.
    for doc in crate::syntax::documents(&masked.text) {
        let doc = &doc;
        if doc.span.start >= part.end {
            break;
        }
        if let (Some(error), Some(open)) = (&doc.error, part.ends_open) {
            if error.span.start >= part.end {
                open.set(true);
            }
        }
        let (mut kind, source) = decide_kind(&masked.text, doc, previous_end, forced);
        previous_end = doc.span.end;
        if nesting == Nesting::Embedded
            && source == Some(KindSource::Detected)
            && kind == Some(DocumentKind::KubernetesAksValues)
        {
            kind = None;
        }
        let Some(kind) = kind else { continue };
        let templated = masked.has_action_in(&doc.span);
        if let Some(error) = &doc.error {
            if error.limit {
                out.push(
                    crate::schema::codes::YAML_LIMIT
                        .diagnostic(error.span.clone(), error.message.clone()),
                );
            } else if !templated {
                // A document with template actions is not YAML until it is rendered.
                out.push(YAML_SYNTAX.diagnostic(error.span.clone(), error.message.clone()));
            }
            continue;
        }
        let lines = lines.get_or_init(|| LineIndex::new(&masked.text));
        let mut cx = Context::new(&masked.text, doc, kind)
            .with_line_index(lines)
            .with_alias_budget(alias_budget);
        cx.line_base = part.line_base;
        cx.template_actions = masked.actions_in(&doc.span).to_vec();
        cx.templated = masked.is_structural_in(&doc.span);
        rules::check_document(&mut cx);
        out.append(&mut cx.diagnostics);
        if nesting == Nesting::TopLevel {
            let variables = if kind == DocumentKind::CrossplaneProfile {
                rules::variables::declared(doc)
            } else {
                Vec::new()
            };
            for (node, inner_kind) in embedded_yaml(doc, kind) {
                out.extend(check_embedded(
                    &masked.text,
                    doc,
                    node,
                    inner_kind,
                    &variables,
                    alias_budget,
                ));
            }
        }
    }
    out
}

/// String values the schema marks as YAML (`x-palint-embedded`), with the kind forced on
/// them: a `kubernetes-aks` pack's values are AKS layer values; others are detected.
pub(crate) fn embedded_yaml(
    doc: &Document,
    kind: DocumentKind,
) -> Vec<(NodeId, Option<DocumentKind>)> {
    let schema = schema::for_kind(kind);
    let mut found = Vec::new();
    let Some(root) = doc.root else { return found };
    let aks_profile = crate::layout::resource(doc, kind)
        .and_then(|resource| doc.get(resource, "cloud"))
        .and_then(|cloud| doc.str_value(cloud))
        == Some("aks");
    // (node, schema node, parent mapping, key) — explicit stack, no recursion.
    let mut stack = vec![(
        root,
        schema.resolve(&schema.root),
        None::<NodeId>,
        String::new(),
    )];
    while let Some((id, node_schema, parent, key)) = stack.pop() {
        if schema::is_embedded_yaml(node_schema) {
            if doc.scalar(id).is_some_and(|s| s.ty == ScalarType::Str) {
                let pack_name = parent
                    .and_then(|p| doc.get(p, "name"))
                    .and_then(|n| doc.str_value(n));
                let forced = (key == "values"
                    && pack_name.is_some_and(|n| is_aks_layer(n, aks_profile)))
                .then_some(DocumentKind::KubernetesAksValues);
                found.push((id, forced));
            }
            continue;
        }
        match &doc.node(id).value {
            NodeValue::Mapping(entries) => {
                for &(k, v) in entries {
                    let Some(name) = doc.key_text(k) else {
                        continue;
                    };
                    if let Some(child) =
                        schema.child(node_schema, &PathSegment::Key(name.to_owned()))
                    {
                        stack.push((v, schema.resolve(child), Some(id), name.to_owned()));
                    }
                }
            }
            NodeValue::Sequence(items) => {
                for (i, &item) in items.iter().enumerate() {
                    if let Some(child) = schema.child(node_schema, &PathSegment::Index(i)) {
                        stack.push((item, schema.resolve(child), parent, key.clone()));
                    }
                }
            }
            _ => {}
        }
    }
    found.reverse();
    found
}

/// The kind an embedded YAML node of `doc` is forced to (see [`embedded_yaml`]).
pub(crate) fn embedded_kind(
    doc: &Document,
    kind: DocumentKind,
    node: NodeId,
) -> Option<DocumentKind> {
    embedded_yaml(doc, kind)
        .into_iter()
        .find(|(n, _)| *n == node)
        .and_then(|(_, forced)| forced)
}

/// True when a pack's values are the AKS Kubernetes layer's: a `kubernetes-aks*` pack, or the
/// `kubernetes` pack of a profile whose cloud is `aks`.
pub(crate) fn is_aks_layer(pack_name: &str, aks_profile: bool) -> bool {
    pack_name.starts_with("kubernetes-aks") || (aks_profile && pack_name == "kubernetes")
}

/// Checks one embedded YAML string and maps its diagnostics onto the outer text.
fn check_embedded(
    outer: &str,
    doc: &Document,
    node: NodeId,
    kind: Option<DocumentKind>,
    variables: &[Variable],
    alias_budget: &std::cell::Cell<usize>,
) -> Vec<Diagnostic> {
    let Some(scalar) = doc.scalar(node) else {
        return Vec::new();
    };
    let map = OffsetMap::for_scalar(outer, doc.node(node), scalar);
    check_embedded_text(&scalar.text, &map, kind, variables, alias_budget)
}

/// Checks embedded YAML text whose positions `map` carries back to the outer text.
pub(crate) fn check_embedded_text(
    inner: &str,
    map: &OffsetMap,
    kind: Option<DocumentKind>,
    variables: &[Variable],
    alias_budget: &std::cell::Cell<usize>,
) -> Vec<Diagnostic> {
    let forced = kind.map(|k| (Some(k), KindSource::Option));
    let mut found = check_text(inner, forced, alias_budget, Nesting::Embedded, Part::WHOLE);
    found.extend(check_variable_values(
        inner,
        forced,
        variables,
        alias_budget,
    ));
    found
        .into_iter()
        .map(|mut d| {
            d.range = map.span(&d.range);
            d.fixes = if map.is_exact() {
                d.fixes
                    .into_iter()
                    .filter_map(|fix| map_fix(fix, map))
                    .collect()
            } else {
                Vec::new()
            };
            d
        })
        .collect()
}

/// Checks the values a declared profile variable may take (its default or dropdown options)
/// in the place of each `{{.spectro.var.NAME}}` reference: the text is checked again with the
/// value written in, and what is reported on that value is reported on the reference.
fn check_variable_values(
    inner: &str,
    forced: Option<(Option<DocumentKind>, KindSource)>,
    variables: &[Variable],
    alias_budget: &std::cell::Cell<usize>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (range, name) in rules::variables::references(inner) {
        let Some(variable) = variables.iter().find(|v| v.name == name) else {
            continue;
        };
        for value in &variable.values {
            let mut text = String::with_capacity(inner.len() + value.len());
            text.push_str(&inner[..range.start]);
            text.push_str(value);
            text.push_str(&inner[range.end..]);
            let mut written = range.start..range.start + value.len();
            // A quoted reference: the value's node includes the quotes.
            let quote = inner[..range.start]
                .chars()
                .next_back()
                .filter(|q| matches!(q, '"' | '\''));
            if quote.is_some_and(|q| inner[range.end..].starts_with(q)) {
                written = written.start - 1..written.end + 1;
            }
            for d in check_text(&text, forced, alias_budget, Nesting::Embedded, Part::WHOLE) {
                let on_value = written.start <= d.range.start && d.range.end <= written.end;
                if !on_value || d.code == YAML_SYNTAX.code {
                    continue;
                }
                out.push(Diagnostic {
                    range: range.clone(),
                    message: format!("variable `{name}` may be `{value}`: {}", d.message),
                    fixes: Vec::new(),
                    ..d
                });
            }
        }
    }
    out
}

/// Maps a fix's edits; a fix whose new text spans lines cannot keep the block's indentation.
fn map_fix(fix: Fix, map: &OffsetMap) -> Option<Fix> {
    if fix.edits.iter().any(|e| e.new_text.contains('\n')) {
        return None;
    }
    let edits = fix
        .edits
        .into_iter()
        .map(|e| TextEdit {
            range: map.span(&e.range),
            new_text: e.new_text,
        })
        .collect();
    Some(Fix { edits, ..fix })
}

fn apply_levels(diagnostics: &mut Vec<Diagnostic>, config: Option<&Config>) {
    let Some(config) = config else { return };
    diagnostics.retain_mut(|d| match config.level(d.code) {
        Some(RuleLevel::Off) => false,
        Some(RuleLevel::On(severity)) => {
            d.severity = severity;
            true
        }
        None => true,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_region_is_bounded_by_marker_lines() {
        let text = "a: 1\n---\nb: 2\n--- # next\nc: 3\n";
        assert_eq!(document_region(text, 2), 0..5);
        assert_eq!(
            &text[document_region(text, text.find("b:").unwrap())],
            "---\nb: 2\n"
        );
        assert_eq!(
            &text[document_region(text, text.len())],
            "--- # next\nc: 3\n"
        );
        // `---x` is not a marker.
        assert_eq!(document_region("a: 1\n---x: 2\n", 8), 0..13);
    }

    #[test]
    fn document_at_parses_one_document() {
        let text = "jobs: {}\n---\n# palint: kind=kubernetes-aks-values\nfoo: 1\n";
        let local = document_at(text, text.len() - 2, &Options::default()).unwrap();
        assert_eq!(local.kind, Some(DocumentKind::KubernetesAksValues));
        assert_eq!(local.range.start, 9);
    }

    #[test]
    fn only_the_aks_layer_of_a_profile_is_aks_values() {
        let profile = |pack: &str, cloud: &str| {
            format!("apiVersion: cluster.palette.crossplane.io/v1alpha1\nkind: Profile\nmetadata:\n  name: p\nspec:\n  forProvider:\n    name: p\n    cloud: {cloud}\n    type: cluster\n    pack:\n      - name: {pack}\n        tag: \"1.0\"\n        values: |\n          managedControlPlane:\n            sku: Premium\n            logging:\n              apiServer: false\n")
        };
        let codes = |text: &str| -> Vec<&'static str> {
            check(text, &Options::default())
                .iter()
                .map(|d| d.code)
                .collect()
        };
        // An EKS layer, or any other pack, is never read as AKS values.
        assert!(codes(&profile("kubernetes-eks", "eks")).is_empty());
        assert!(codes(&profile("my-addon", "aks")).is_empty());
        // The AKS layer is, by name, or as the `kubernetes` pack of an `aks` profile.
        for (pack, cloud) in [("kubernetes-aks", "aks"), ("kubernetes", "aks")] {
            let found = codes(&profile(pack, cloud));
            assert!(found.contains(&"invalid-sku"), "{pack}: {found:?}");
        }
    }
}
