//! Terraform (HCL) to palint's tree: each top-level block becomes a [`Document`] whose root
//! is the block's body, so the schema pass and the rules read Terraform like YAML.
//!
//! - An attribute is a mapping entry; nested blocks with the same name are a sequence of
//!   mappings under that name (as the provider's schema has them).
//! - Literals (strings, numbers, booleans, null, lists, objects, heredocs without
//!   interpolation) are values.
//! - Anything Terraform evaluates (`var.x`, `local.x`, `"${...}"`, function calls,
//!   conditionals, `for`, operators) is a value palint does not judge: a string node whose span
//!   is listed in [`HclBlock::deferred`], as template actions are for YAML.
//! - A `dynamic` block generates structure: the document is marked [`HclBlock::structural`].

use hcl_edit::expr::{Expression, ObjectKey};
use hcl_edit::structure::{Block, BlockLabel, Body, Structure};
use hcl_edit::template::Element;
use hcl_edit::Span as _;

use super::embedded::OffsetMap;
use super::tree::{
    Document, Node, NodeId, NodeValue, Scalar, ScalarStyle, ScalarType, Span, SyntaxError,
};

/// How deep expressions may nest before the rest is taken as not judged (hostile input).
const MAX_DEPTH: usize = 64;

/// A parsed `.tf` file.
#[derive(Debug, Default)]
pub struct HclFile {
    pub blocks: Vec<HclBlock>,
    /// Set when the file is not valid HCL; no blocks are read then.
    pub error: Option<SyntaxError>,
}

/// One top-level block: `resource "type" "name" { ... }`, `variable "x" { ... }`, ...
#[derive(Debug)]
pub struct HclBlock {
    /// `resource`, `data`, `variable`, `locals`, `module`, ...
    pub ident: String,
    pub labels: Vec<String>,
    /// The whole block.
    pub span: Span,
    /// The block's body as a tree (root: a mapping); spans are into the file's text.
    pub doc: Document,
    /// Spans of expressions Terraform evaluates, in text order.
    pub deferred: Vec<Span>,
    /// True when a `dynamic` block may add nested blocks.
    pub structural: bool,
    /// Heredoc values and how their text maps back to the file (for embedded YAML).
    pub heredocs: Vec<(NodeId, OffsetMap)>,
}

/// Parses Terraform text. Never panics; invalid HCL is one [`SyntaxError`].
pub fn parse_hcl(text: &str) -> HclFile {
    let body = match hcl_edit::parser::parse_body(text) {
        Ok(body) => body,
        Err(error) => {
            let at = error.location().offset().min(text.len());
            let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
            return HclFile {
                blocks: Vec::new(),
                error: Some(SyntaxError {
                    span: at..end.max(at),
                    message: format!("invalid HCL: {}", error.message()),
                    limit: false,
                }),
            };
        }
    };
    let blocks = body
        .iter()
        .filter_map(|structure| match structure {
            Structure::Block(block) => Some(read_block(text, block)),
            Structure::Attribute(_) => None,
        })
        .collect();
    HclFile {
        blocks,
        error: None,
    }
}

/// The top-level attributes of a variable definitions file (`terraform.tfvars`): each name
/// with the span of its value when that value is a literal. `None` when the text is not HCL.
pub fn top_level_literals(text: &str) -> Option<Vec<(String, Option<Span>)>> {
    let body = hcl_edit::parser::parse_body(text).ok()?;
    let mut found = Vec::new();
    for structure in body.iter() {
        let Structure::Attribute(attribute) = structure else {
            continue;
        };
        let mut builder = Builder::new(text);
        let value = builder.expression(&attribute.value, 0);
        let literal = builder.deferred.is_empty() && builder.heredocs.is_empty();
        let span = builder.nodes[value].span.clone();
        found.push((attribute.key.as_str().to_owned(), literal.then_some(span)));
    }
    Some(found)
}

fn read_block(text: &str, block: &Block) -> HclBlock {
    let mut builder = Builder::new(text);
    let span = block.span().unwrap_or(0..0);
    let root = builder.body(&block.body, span.clone(), 0);
    builder.deferred.sort_by_key(|s| (s.start, s.end));
    HclBlock {
        ident: block.ident.as_str().to_owned(),
        labels: block.labels.iter().map(label_text).collect(),
        doc: Document {
            nodes: builder.nodes,
            root: Some(root),
            span: span.clone(),
            error: None,
        },
        span,
        deferred: builder.deferred,
        structural: builder.structural,
        heredocs: builder.heredocs,
    }
}

fn label_text(label: &BlockLabel) -> String {
    match label {
        BlockLabel::Ident(ident) => ident.as_str().to_owned(),
        BlockLabel::String(text) => text.as_str().to_owned(),
    }
}

struct Builder<'a> {
    text: &'a str,
    nodes: Vec<Node>,
    deferred: Vec<Span>,
    structural: bool,
    heredocs: Vec<(NodeId, OffsetMap)>,
}

impl<'a> Builder<'a> {
    fn new(text: &'a str) -> Builder<'a> {
        Builder {
            text,
            nodes: Vec::new(),
            deferred: Vec::new(),
            structural: false,
            heredocs: Vec::new(),
        }
    }

    fn push(&mut self, value: NodeValue, span: Span, flow: bool) -> NodeId {
        self.nodes.push(Node { value, span, flow });
        self.nodes.len() - 1
    }

    fn string(&mut self, text: String, span: Span, style: ScalarStyle) -> NodeId {
        let scalar = Scalar {
            text,
            style,
            ty: ScalarType::Str,
        };
        self.push(NodeValue::Scalar(scalar), span, false)
    }

    /// A block body: attributes and nested blocks, in source order.
    fn body(&mut self, body: &Body, span: Span, depth: usize) -> NodeId {
        let mut entries: Vec<(NodeId, NodeId)> = Vec::new();
        // Nested blocks of one name gather into one sequence, at the first one's place.
        let mut block_lists: Vec<(String, usize)> = Vec::new();
        for structure in body.iter() {
            match structure {
                Structure::Attribute(attribute) => {
                    let key_span = attribute.key.span().unwrap_or(0..0);
                    let key = self.string(
                        attribute.key.as_str().to_owned(),
                        key_span,
                        ScalarStyle::Plain,
                    );
                    let value = self.expression(&attribute.value, depth + 1);
                    entries.push((key, value));
                }
                Structure::Block(block) => {
                    let name = block.ident.as_str();
                    if name == "dynamic" || depth > MAX_DEPTH {
                        self.structural = true;
                        continue;
                    }
                    let block_span = block.span().unwrap_or(0..0);
                    let item = self.body(&block.body, block_span.clone(), depth + 1);
                    match block_lists.iter().find(|(n, _)| n == name) {
                        Some(&(_, entry)) => {
                            let list = entries[entry].1;
                            if let NodeValue::Sequence(items) = &mut self.nodes[list].value {
                                items.push(item);
                            }
                            let end = block_span.end;
                            let list_span = &mut self.nodes[list].span;
                            list_span.end = list_span.end.max(end);
                        }
                        None => {
                            let key_span = block.ident.span().unwrap_or(0..0);
                            let key = self.string(name.to_owned(), key_span, ScalarStyle::Plain);
                            let list =
                                self.push(NodeValue::Sequence(vec![item]), block_span, false);
                            block_lists.push((name.to_owned(), entries.len()));
                            entries.push((key, list));
                        }
                    }
                }
            }
        }
        self.push(NodeValue::Mapping(entries), span, false)
    }

    fn expression(&mut self, expr: &Expression, depth: usize) -> NodeId {
        let span = expr.span().unwrap_or(0..0);
        if depth > MAX_DEPTH {
            return self.evaluated(span);
        }
        let scalar = |text: String, ty: ScalarType| {
            NodeValue::Scalar(Scalar {
                text,
                style: ScalarStyle::Plain,
                ty,
            })
        };
        match expr {
            Expression::Null(_) => self.push(scalar("null".into(), ScalarType::Null), span, false),
            Expression::Bool(value) => {
                let value = *value.value();
                self.push(
                    scalar(value.to_string(), ScalarType::Bool(value)),
                    span,
                    false,
                )
            }
            Expression::Number(number) => {
                let number = number.value();
                let ty = match (number.as_i64(), number.as_f64()) {
                    (Some(int), _) if number.is_i64() || number.is_u64() => ScalarType::Int(int),
                    (_, Some(float)) => ScalarType::Float(float),
                    _ => ScalarType::Str,
                };
                let text = self.text[span.clone()].to_owned();
                self.push(scalar(text, ty), span, false)
            }
            Expression::String(value) => {
                self.string(value.value().clone(), span, ScalarStyle::DoubleQuoted)
            }
            Expression::Array(array) => {
                let items = array
                    .iter()
                    .map(|item| self.expression(item, depth + 1))
                    .collect();
                self.push(NodeValue::Sequence(items), span, true)
            }
            Expression::Object(object) => {
                let mut entries = Vec::new();
                for (key, value) in object.iter() {
                    let key = match key {
                        ObjectKey::Ident(ident) => self.string(
                            ident.as_str().to_owned(),
                            ident.span().unwrap_or(0..0),
                            ScalarStyle::Plain,
                        ),
                        ObjectKey::Expression(key) => self.expression(key, depth + 1),
                    };
                    let value = self.expression(value.expr(), depth + 1);
                    entries.push((key, value));
                }
                self.push(NodeValue::Mapping(entries), span, true)
            }
            Expression::HeredocTemplate(heredoc) => {
                let literal: Option<String> = heredoc
                    .template
                    .iter()
                    .map(|element| match element {
                        Element::Literal(text) => Some(text.value().as_str()),
                        _ => None,
                    })
                    .collect();
                let body = heredoc.template.span().unwrap_or(span.clone());
                match literal {
                    Some(inner) => {
                        let map = OffsetMap::for_heredoc(self.text, &body, &inner);
                        let id = self.string(inner, span, ScalarStyle::Literal);
                        self.heredocs.push((id, map));
                        id
                    }
                    None => self.evaluated(span),
                }
            }
            Expression::Parenthesis(inner) => self.expression(inner.inner(), depth + 1),
            // Interpolated strings, variables, traversals, calls, conditionals, operators, for.
            _ => self.evaluated(span),
        }
    }

    /// An expression Terraform evaluates: its source text, not judged.
    fn evaluated(&mut self, span: Span) -> NodeId {
        self.deferred.push(span.clone());
        let text = self.text.get(span.clone()).unwrap_or_default().to_owned();
        self.string(text, span, ScalarStyle::Plain)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TF: &str = r#"variable "region" {
  default = "eastus"
}

resource "spectrocloud_cluster_aks" "this" {
  name = "aks-1"
  tags = ["env:dev", "owner:${var.owner}"]
  cloud_config {
    subscription_id = var.subscription_id
    region          = "eastus"
    ssh_key         = file("~/.ssh/id_rsa.pub")
  }
  machine_pool {
    name  = "system"
    count = 1
    is_system_node_pool = true
  }
  machine_pool {
    name  = "worker"
    count = var.count > 0 ? var.count : 1
  }
}
"#;

    fn text_of<'a>(doc: &Document, id: NodeId) -> &'a str {
        &TF[doc.span(id)]
    }

    #[test]
    fn blocks_become_documents_with_exact_spans() {
        let file = parse_hcl(TF);
        assert!(file.error.is_none());
        let [variable, cluster] = &file.blocks[..] else {
            panic!("{:?}", file.blocks)
        };
        assert_eq!(variable.ident, "variable");
        assert_eq!(variable.labels, ["region"]);
        assert_eq!(cluster.labels, ["spectrocloud_cluster_aks", "this"]);
        let doc = &cluster.doc;
        let root = doc.root.unwrap();
        let name = doc.get(root, "name").unwrap();
        assert_eq!(doc.str_value(name), Some("aks-1"));
        assert_eq!(text_of(doc, name), "\"aks-1\"");
        let pools = doc.get(root, "machine_pool").unwrap();
        assert_eq!(doc.items(pools).len(), 2);
        let second = doc.items(pools)[1];
        let count = doc.get(second, "count").unwrap();
        assert_eq!(text_of(doc, count), "var.count > 0 ? var.count : 1");
        let first_count = doc.get(doc.items(pools)[0], "count").unwrap();
        assert_eq!(doc.scalar(first_count).unwrap().ty, ScalarType::Int(1));
        let config = doc.items(doc.get(root, "cloud_config").unwrap())[0];
        let region = doc.get(config, "region").unwrap();
        assert_eq!(doc.str_value(region), Some("eastus"));
        let deferred: Vec<&str> = cluster.deferred.iter().map(|s| &TF[s.clone()]).collect();
        assert_eq!(
            deferred,
            [
                "\"owner:${var.owner}\"",
                "var.subscription_id",
                "file(\"~/.ssh/id_rsa.pub\")",
                "var.count > 0 ? var.count : 1"
            ]
        );
    }

    #[test]
    fn indented_heredocs_map_back_to_the_file() {
        let text = "resource \"spectrocloud_cluster_profile\" \"p\" {\n  pack {\n    values = <<-EOT\n      managedControlPlane:\n        sku: Premium\n    EOT\n  }\n}\n";
        let file = parse_hcl(text);
        let block = &file.blocks[0];
        let (id, map) = &block.heredocs[0];
        let inner = block.doc.str_value(*id).unwrap();
        assert_eq!(inner, "managedControlPlane:\n  sku: Premium\n");
        let at = inner.find("Premium").unwrap();
        let outer = map.span(&(at..at + 7));
        assert_eq!(&text[outer], "Premium");
    }

    #[test]
    fn invalid_hcl_is_one_error() {
        let file = parse_hcl("resource \"a\" {\n  name = \n}\n");
        assert!(file.blocks.is_empty());
        let error = file.error.unwrap();
        assert!(error.message.starts_with("invalid HCL"), "{error:?}");
    }

    #[test]
    fn dynamic_blocks_mark_the_structure_as_generated() {
        let file = parse_hcl(
            "resource \"x\" \"y\" {\n  dynamic \"machine_pool\" {\n    for_each = var.pools\n    content {\n      name = machine_pool.value\n    }\n  }\n}\n",
        );
        assert!(file.blocks[0].structural);
    }
}

#[cfg(test)]
mod corpus_tests {
    use super::*;

    #[test]
    fn every_corpus_terraform_file_parses() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/corpus");
        let mut stack = vec![std::path::PathBuf::from(root)];
        let mut count = 0;
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "tf") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    let file = parse_hcl(&text);
                    assert!(file.error.is_none(), "{}: {:?}", path.display(), file.error);
                    count += 1;
                }
            }
        }
        assert!(count >= 30, "{count}");
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        for (open, close) in [("[", "]"), ("{", "}"), ("(", ")")] {
            let text = format!("a = {}1{}\n", open.repeat(100_000), close.repeat(100_000));
            let wrapped = format!("resource \"x\" \"y\" {{\n{text}}}\n");
            let file = parse_hcl(&wrapped);
            assert!(file.error.is_some());
        }
        let blocks = format!(
            "a {{\n{}{}}}\n",
            "b {\n".repeat(100_000),
            "}\n".repeat(100_000)
        );
        let file = parse_hcl(&blocks);
        assert!(file.error.is_some() || file.blocks.len() == 1);
    }
}
