//! What a rule sees: one document, its kind and schema, and a place to report.

use std::borrow::Cow;
use std::cell::{Cell, OnceCell};

use crate::diagnostic::Diagnostic;
use crate::kind::DocumentKind;
use crate::layout;
use crate::line_index::LineIndex;
use crate::schema::{self, Schema};
use crate::syntax::{Document, NodeId, NodeValue, Span};
use crate::tags::{self, Tag, TagSet};

pub struct Context<'a> {
    pub text: &'a str,
    pub doc: &'a Document,
    pub kind: DocumentKind,
    pub schema: &'static Schema,
    pub(crate) diagnostics: Vec<Diagnostic>,
    /// Byte ranges of the document's template actions (masked in `text`): values there are
    /// resolved at deploy time.
    pub template_actions: Vec<Span>,
    /// True when template actions may add, drop or repeat lines of the document, so rules
    /// that reason about the whole document (a missing key, a duplicate) stand down.
    pub templated: bool,
    tags: OnceCell<TagSet>,
    /// `is_key[node]`: the node is a mapping key.
    keys: OnceCell<Vec<bool>>,
    /// The text's line index, shared by the documents of a text (or built on first use).
    lines: Option<&'a LineIndex>,
    own_lines: OnceCell<LineIndex>,
    /// Alias expansion left for the whole checked text (shared by its documents), if bounded.
    pub(crate) alias_budget: Option<&'a Cell<usize>>,
    /// For a Terraform resource: what the other files of its module declare.
    pub(crate) terraform_module: Option<&'a crate::terraform::ModuleView<'a>>,
    /// When `text` is one part of a longer text (an incremental check): the line the part
    /// starts on, and a flag set when a message used a line number (so the part's results
    /// hold only while it starts on that line).
    pub(crate) line_base: Option<(usize, &'a Cell<bool>)>,
}

impl<'a> Context<'a> {
    pub fn new(text: &'a str, doc: &'a Document, kind: DocumentKind) -> Self {
        Context {
            text,
            doc,
            kind,
            schema: schema::for_kind(kind),
            diagnostics: Vec::new(),
            template_actions: Vec::new(),
            templated: false,
            tags: OnceCell::new(),
            keys: OnceCell::new(),
            lines: None,
            own_lines: OnceCell::new(),
            alias_budget: None,
            terraform_module: None,
            line_base: None,
        }
    }

    /// The Terraform module the resource is checked in (its other files' facts).
    pub(crate) fn with_terraform_module(
        mut self,
        module: &'a crate::terraform::ModuleView<'a>,
    ) -> Self {
        self.terraform_module = Some(module);
        self
    }

    /// Shares `budget` (JSON values alias expansion may still add) with the text's other
    /// documents, so that many small alias bombs cannot add up.
    pub(crate) fn with_alias_budget(mut self, budget: &'a Cell<usize>) -> Self {
        self.alias_budget = Some(budget);
        self
    }

    /// Uses `lines` (the index of `text`) instead of building one.
    pub(crate) fn with_line_index(mut self, lines: &'a LineIndex) -> Self {
        self.lines = Some(lines);
        self
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// The cluster's tags (AKS `additionalTags` or Crossplane `spec.forProvider.tags`).
    pub fn tags(&self) -> &[Tag] {
        &self
            .tags
            .get_or_init(|| tags::extract(self.text, self.doc, self.kind))
            .tags
    }

    /// The `tags:` / `additionalTags:` key node, if the document has one.
    pub fn tags_key(&self) -> Option<NodeId> {
        self.tags
            .get_or_init(|| tags::extract(self.text, self.doc, self.kind))
            .key
    }

    /// True when the node is a mapping key (not a value).
    pub fn is_key(&self, node: NodeId) -> bool {
        self.keys
            .get_or_init(|| {
                let mut keys = vec![false; self.doc.nodes.len()];
                for node in &self.doc.nodes {
                    if let NodeValue::Mapping(entries) = &node.value {
                        for &(key, _) in entries {
                            keys[key] = true;
                        }
                    }
                }
                keys
            })
            .get(node)
            .copied()
            .unwrap_or(false)
    }

    /// True when the value is `true` or a template action that may resolve to it: the
    /// condition a cross-field rule must not contradict.
    pub fn may_be_true(&self, value: NodeId) -> bool {
        self.doc.is_true(value) || self.is_deferred(value)
    }

    /// True when the value is (or holds) a template action, a Palette variable, or a
    /// `${VAR}` in a kind whose files are templates (clusterctl).
    pub fn is_deferred(&self, value: NodeId) -> bool {
        let span = &self.doc.node(value).span;
        // The actions are in text order: look only at the first that ends after the span starts.
        let first = self
            .template_actions
            .partition_point(|a| a.end <= span.start);
        self.template_actions
            .get(first)
            .is_some_and(|a| a.start < span.end)
            || self.doc.str_value(value).is_some_and(|text| {
                super::opaque::has_template_action(text)
                    || (self.kind.spec().substitutes_variables
                        && super::opaque::interpolation(text).is_some())
            })
    }

    /// 1-based line number of a byte offset, for messages.
    pub fn line_number(&self, offset: usize) -> usize {
        let lines = match self.lines {
            Some(lines) => lines,
            None => self.own_lines.get_or_init(|| LineIndex::new(self.text)),
        };
        let base = self.line_base.map_or(0, |(first_line, read)| {
            read.set(true);
            first_line
        });
        base + lines.line_of(offset.min(self.text.len())) + 1
    }

    /// Where to point at a value: the value itself, or for a block collection its key.
    pub fn value_span(&self, key: Option<NodeId>, value: NodeId) -> Span {
        layout::value_span(self.doc, key, value)
    }

    /// The AKS control plane's settings, wherever the kind keeps them (`managedControlPlane`
    /// in Palette's AKS values, `spec` in CAPZ's AzureManagedControlPlane,
    /// `azureManagedControlPlane.spec` in an override).
    pub fn control_plane(&self) -> Option<NodeId> {
        layout::control_plane(self.doc, self.kind)
    }

    /// The AKS node pool's settings, wherever the kind keeps them (see [`Context::control_plane`]).
    pub fn machine_pool(&self) -> Option<NodeId> {
        layout::machine_pool(self.doc, self.kind)
    }

    /// The allowed values the schema lists for a control plane field (`path` below it).
    pub fn control_plane_enum(&self, path: &[&str]) -> Vec<&'static str> {
        let full: Vec<&str> = self
            .kind
            .spec()
            .control_plane
            .iter()
            .chain(path)
            .copied()
            .collect();
        self.schema.enum_at(&full)
    }

    /// How a control plane field is named in messages: `managedControlPlane.sku`, `spec.sku`.
    pub fn control_plane_name(&self, path: &str) -> String {
        let prefix = self.kind.spec().control_plane.join(".");
        format!("{prefix}.{path}")
    }

    /// A Palette resource's settings: Crossplane's `spec.forProvider`, or the body of a
    /// Terraform resource block. Rules name their fields as Crossplane does (camelCase);
    /// [`Context::key`] gives the name as this document writes it.
    pub fn resource(&self) -> Option<NodeId> {
        layout::resource(self.doc, self.kind)
    }

    /// A field name as the document writes it: Crossplane's `vnetCidrBlock` is Terraform's
    /// `vnet_cidr_block`.
    pub fn key(&self, camel: &'static str) -> Cow<'static, str> {
        layout::key(self.kind, camel)
    }

    /// The value of the field named `camel` (see [`Context::key`]) in `map`.
    pub fn get(&self, map: NodeId, camel: &'static str) -> Option<NodeId> {
        self.doc.get(map, &self.key(camel))
    }

    /// The key and value of the field named `camel` (see [`Context::key`]) in `map`.
    pub fn field(&self, map: NodeId, camel: &'static str) -> Option<(NodeId, NodeId)> {
        self.doc.entry(map, &self.key(camel))
    }

    /// The `cloudConfig` items of a Crossplane or Terraform cluster.
    pub fn cloud_configs(&self) -> Vec<NodeId> {
        self.resource()
            .and_then(|resource| self.get(resource, "cloudConfig"))
            .map(|list| self.doc.items(list).to_vec())
            .unwrap_or_default()
    }

    /// The string value of `key` in `map`, with its value node.
    pub fn string_entry(&self, map: NodeId, key: &str) -> Option<(NodeId, NodeId, &'a str)> {
        let (k, v) = self.doc.entry(map, key)?;
        let text = self.doc.str_value(v)?;
        Some((k, v, text))
    }
}
