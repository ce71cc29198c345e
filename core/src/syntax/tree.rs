//! The YAML tree palint checks: an arena of nodes with byte spans.
//!
//! Aliases stay aliases (they point at their anchor's node) so that an alias bomb costs
//! one node per alias, not an exponential copy. Nodes live in a flat `Vec`, so dropping a
//! deeply nested document never recurses.

use std::ops::Range;

/// Index of a node in its document's arena.
pub type NodeId = usize;

/// A half-open byte range into the source text.
pub type Span = Range<usize>;

/// The YAML 1.2 core-schema type of a scalar.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ScalarType {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str,
}

/// How a scalar was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScalarStyle {
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
    Folded,
}

#[derive(Debug, Clone)]
pub struct Scalar {
    /// The scalar's value after YAML unescaping and folding.
    pub text: String,
    pub style: ScalarStyle,
    pub ty: ScalarType,
}

#[derive(Debug, Clone)]
pub enum NodeValue {
    Scalar(Scalar),
    Sequence(Vec<NodeId>),
    /// Entries in source order; duplicates are kept so rules can report them.
    Mapping(Vec<(NodeId, NodeId)>),
    /// An alias to the anchored node (`None` if the anchor was never defined).
    Alias(Option<NodeId>),
}

#[derive(Debug, Clone)]
pub struct Node {
    pub value: NodeValue,
    pub span: Span,
    /// Written in flow style (`{...}` / `[...]`).
    pub flow: bool,
}

/// A YAML parse error at a byte offset.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub span: Span,
    pub message: String,
    /// Beyond one of palint's own limits (nesting depth), not invalid YAML.
    pub limit: bool,
}

/// One document of a YAML stream.
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub nodes: Vec<Node>,
    pub root: Option<NodeId>,
    /// From the document's first byte (its `---` if any) to where the next one starts.
    pub span: Span,
    /// Set when the document did not parse completely; `nodes` then holds what parsed.
    pub error: Option<SyntaxError>,
}

/// One step of a path into a document.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PathSegment {
    Key(String),
    Index(usize),
}

impl std::fmt::Display for PathSegment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PathSegment::Key(k) => f.write_str(k),
            PathSegment::Index(i) => write!(f, "[{i}]"),
        }
    }
}

/// Renders a path as `a.b[0].c`.
pub fn path_to_string(path: &[PathSegment]) -> String {
    let mut out = String::new();
    for seg in path {
        if let PathSegment::Key(_) = seg {
            if !out.is_empty() {
                out.push('.');
            }
        }
        out.push_str(&seg.to_string());
    }
    out
}

impl Document {
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id]
    }

    /// Follows an alias to its target; other nodes are returned as they are.
    pub fn resolve(&self, id: NodeId) -> NodeId {
        match self.nodes[id].value {
            NodeValue::Alias(Some(target)) => target,
            _ => id,
        }
    }

    pub fn scalar(&self, id: NodeId) -> Option<&Scalar> {
        match &self.nodes[self.resolve(id)].value {
            NodeValue::Scalar(s) => Some(s),
            _ => None,
        }
    }

    /// The scalar's text when it is a string-like scalar (any non-null scalar).
    pub fn str_value(&self, id: NodeId) -> Option<&str> {
        self.scalar(id)
            .filter(|s| s.ty != ScalarType::Null)
            .map(|s| s.text.as_str())
    }

    pub fn entries(&self, id: NodeId) -> &[(NodeId, NodeId)] {
        match &self.nodes[self.resolve(id)].value {
            NodeValue::Mapping(entries) => entries,
            _ => &[],
        }
    }

    pub fn items(&self, id: NodeId) -> &[NodeId] {
        match &self.nodes[self.resolve(id)].value {
            NodeValue::Sequence(items) => items,
            _ => &[],
        }
    }

    pub fn is_mapping(&self, id: NodeId) -> bool {
        matches!(self.nodes[self.resolve(id)].value, NodeValue::Mapping(_))
    }

    /// True when the node is the boolean `true`.
    pub fn is_true(&self, id: NodeId) -> bool {
        self.scalar(id)
            .is_some_and(|s| s.ty == ScalarType::Bool(true))
    }

    /// The text of a mapping key, if it is a scalar.
    pub fn key_text(&self, key: NodeId) -> Option<&str> {
        self.scalar(key).map(|s| s.text.as_str())
    }

    /// The last entry of `map` whose key is `key` (YAML readers keep the last duplicate).
    pub fn entry(&self, map: NodeId, key: &str) -> Option<(NodeId, NodeId)> {
        self.entries(map)
            .iter()
            .rev()
            .find(|(k, _)| self.key_text(*k) == Some(key))
            .copied()
    }

    pub fn get(&self, map: NodeId, key: &str) -> Option<NodeId> {
        self.entry(map, key).map(|(_, v)| v)
    }

    /// Follows `keys` from the root through mappings.
    pub fn at_path(&self, keys: &[&str]) -> Option<NodeId> {
        let mut node = self.root?;
        for key in keys {
            node = self.get(node, key)?;
        }
        Some(node)
    }

    /// Follows a path (keys and indices) from the root.
    pub fn lookup(&self, path: &[PathSegment]) -> Option<NodeId> {
        let mut node = self.root?;
        for seg in path {
            node = match seg {
                PathSegment::Key(k) => self.get(node, k)?,
                PathSegment::Index(i) => *self.items(node).get(*i)?,
            };
        }
        Some(node)
    }

    /// The node's byte span (a block collection's ends where its last child ends).
    pub fn span(&self, id: NodeId) -> Span {
        self.nodes[id].span.clone()
    }
}
