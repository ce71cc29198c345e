//! Terraform files: each `resource` block of a type palint knows is checked as a document of
//! its kind, with the same schema pass and rules as YAML (see `syntax::hcl`).
//!
//! A file that is not valid HCL gets no diagnostics: Terraform reports its own syntax errors,
//! and a newer syntax palint's parser does not know must not become a false alarm.

mod module;
mod variables;

use std::cell::Cell;

pub use module::{values_kind_of, TerraformModule};
pub(crate) use module::{Facts, ModuleView, ProfileResource};

use crate::diagnostic::Diagnostic;
use crate::engine::{check_embedded_text, embedded_kind, embedded_yaml, DocumentInfo, KindSource};
use crate::kind::{self, DocumentKind};
use crate::line_index::LineIndex;
use crate::rules::{self, Context};
use crate::syntax::embedded::OffsetMap;
use crate::syntax::hcl::{parse_hcl, HclBlock, HclFile};
use crate::syntax::{Document, NodeValue, ScalarStyle};

/// The kind of a top-level block, if palint checks it.
fn block_kind(block: &HclBlock) -> Option<DocumentKind> {
    if block.ident != "resource" {
        return None;
    }
    kind::for_terraform_resource(block.labels.first()?)
}

/// The resource block palint checks that holds `offset`, with its kind.
fn block_at(file: &HclFile, offset: usize) -> Option<(&HclBlock, DocumentKind)> {
    let block = file
        .blocks
        .iter()
        .find(|b| b.span.start <= offset && offset <= b.span.end)?;
    Some((block, block_kind(block)?))
}

pub(crate) fn check(
    text: &str,
    options: &crate::Options,
    alias_budget: &Cell<usize>,
) -> Vec<Diagnostic> {
    let file = parse_hcl(text);
    let own = Facts::of_configuration(text, &file);
    let module = TerraformModule::view(options.terraform_module, options.path, own);
    let mut out = check_blocks(text, &file, &module, alias_budget);
    out.extend(variables::check_references(
        text,
        &file,
        &module,
        alias_budget,
    ));
    out
}

pub(super) fn check_blocks(
    text: &str,
    file: &HclFile,
    module: &ModuleView,
    alias_budget: &Cell<usize>,
) -> Vec<Diagnostic> {
    let lines = LineIndex::new(text);
    let mut out = Vec::new();
    for block in &file.blocks {
        let Some(kind) = block_kind(block) else {
            continue;
        };
        let mut cx = Context::new(text, &block.doc, kind)
            .with_line_index(&lines)
            .with_alias_budget(alias_budget)
            .with_terraform_module(module);
        cx.template_actions = block.deferred.clone();
        cx.templated = block.structural;
        rules::check_document(&mut cx);
        for diagnostic in &mut cx.diagnostics {
            quote_fixes(&block.doc, diagnostic);
        }
        out.append(&mut cx.diagnostics);
        for (node, inner_kind) in embedded_yaml(&block.doc, kind) {
            let Some(scalar) = block.doc.scalar(node) else {
                continue;
            };
            // `data.spectrocloud_pack.x.values`, `file(...)`: not text palint has.
            if block.deferred.contains(&block.doc.node(node).span) {
                continue;
            }
            let map = match block.heredocs.iter().find(|(id, _)| *id == node) {
                Some((_, map)) => map.clone(),
                None => OffsetMap::for_scalar(text, block.doc.node(node), scalar),
            };
            out.extend(check_embedded_text(
                &scalar.text,
                &map,
                inner_kind,
                &[],
                alias_budget,
            ));
        }
    }
    out
}

/// Rules write a fix's new value bare, as YAML allows; in HCL a string replacing a quoted
/// string must be quoted.
fn quote_fixes(doc: &Document, diagnostic: &mut Diagnostic) {
    for fix in &mut diagnostic.fixes {
        for edit in &mut fix.edits {
            let replaces_string = doc.nodes.iter().any(|node| {
                node.span == edit.range
                    && matches!(&node.value, NodeValue::Scalar(s) if s.style == ScalarStyle::DoubleQuoted)
            });
            if replaces_string && !edit.new_text.starts_with('"') {
                edit.new_text = quoted(&edit.new_text);
            }
        }
    }
}

/// An HCL string literal.
fn quoted(text: &str) -> String {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
        // `${` and `%{` start template sequences; doubling the sign escapes them.
        .replace("${", "$${")
        .replace("%{", "%%{");
    format!("\"{escaped}\"")
}

/// A YAML file a Terraform file loads as a pack's `values` (`values = file("values.yaml")`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValuesFile {
    /// The path as written, relative to the Terraform file's folder (`${path.module}/` removed).
    pub path: String,
    /// The kind the values are: AKS values for a `kubernetes-aks` pack, else detected.
    pub kind: Option<DocumentKind>,
}

/// The literal paths of `file(...)` calls that give a cluster profile pack its `values`, so a
/// front end with files can check those files as what they are.
pub fn values_files(text: &str) -> Vec<ValuesFile> {
    let file = parse_hcl(text);
    let mut found = Vec::new();
    for block in &file.blocks {
        if block_kind(block) != Some(DocumentKind::TerraformClusterProfile) {
            continue;
        }
        let doc = &block.doc;
        let Some(root) = doc.root else { continue };
        let aks_profile = doc.get(root, "cloud").and_then(|c| doc.str_value(c)) == Some("aks");
        let Some(packs) = doc.get(root, "pack") else {
            continue;
        };
        for &pack in doc.items(packs) {
            let Some(values) = doc.get(pack, "values") else {
                continue;
            };
            let Some(path) = file_call_path(&text[doc.span(values)]) else {
                continue;
            };
            let name = doc.get(pack, "name").and_then(|n| doc.str_value(n));
            let kind = name
                .is_some_and(|n| crate::engine::is_aks_layer(n, aks_profile))
                .then_some(DocumentKind::KubernetesAksValues);
            found.push(ValuesFile { path, kind });
        }
    }
    found
}

/// The path in `file("x.yaml")` or `file("${path.module}/x.yaml")`; `None` for anything else.
fn file_call_path(expression: &str) -> Option<String> {
    let inner = expression
        .trim()
        .strip_prefix("file(")?
        .strip_suffix(')')?
        .trim();
    let literal = inner.strip_prefix('"')?.strip_suffix('"')?;
    let literal = literal.strip_prefix("${path.module}/").unwrap_or(literal);
    let plain = !literal.is_empty()
        && !literal.contains("${")
        && !literal.contains("%{")
        && !literal.contains('\\')
        && !literal.contains('"');
    plain.then(|| literal.to_owned())
}

/// The resource kind and the nested block path around a line, read from the block headers
/// above it (braces counted), so half-typed HCL works.
fn enclosing_blocks(
    text: &str,
    line_start: usize,
) -> Option<(DocumentKind, Vec<crate::syntax::PathSegment>)> {
    let mut depth = 0usize;
    let mut blocks: Vec<&str> = Vec::new();
    let mut resource = None;
    for line in text[..line_start].lines().rev() {
        let code = line.split('#').next().unwrap_or_default();
        let opens = code.matches('{').count();
        let closes = code.matches('}').count();
        if opens > closes && depth == 0 {
            let header = code.trim_start();
            let name = header.split_whitespace().next().unwrap_or_default();
            if name == "resource" {
                resource = header.split('"').nth(1);
                break;
            }
            blocks.push(name);
        } else {
            // Blocks closed below the cursor's line are not around it.
            depth = (depth + closes).saturating_sub(opens);
        }
    }
    let kind = resource.and_then(kind::for_terraform_resource)?;
    let mut path = Vec::new();
    for block in blocks.iter().rev() {
        path.push(crate::syntax::PathSegment::Key((*block).to_owned()));
        path.push(crate::syntax::PathSegment::Index(0));
    }
    Some((kind, path))
}

/// Completion in HCL: the values palint knows for the argument being typed (`key = "|`), or
/// the argument and block names of the enclosing block on an empty or half-typed line.
/// Strings are inserted quoted; the rest of HCL is left to Terraform's tools.
pub(crate) fn complete_value(
    text: &str,
    offset: usize,
    options: &crate::Options,
) -> Vec<crate::ide::CompletionItem> {
    if is_turned_off(options) {
        return Vec::new();
    }
    let line_start = crate::line_index::line_start_at(text, offset);
    let prefix = &text[line_start..offset];
    let simple = |s: &str| {
        s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
    };
    let Some((key, after)) = prefix.split_once('=') else {
        let partial = prefix.trim_start();
        if !simple(partial) {
            return Vec::new();
        }
        return complete_names(text, line_start, offset - partial.len()..offset);
    };
    let key = key.trim();
    let typed = after.trim_start();
    let quoted = typed.starts_with('"');
    let partial = typed.trim_start_matches('"');
    if key.is_empty() || !simple(key) || !simple(partial) || (!quoted && !partial.is_empty()) {
        return Vec::new();
    }
    let Some((kind, mut path)) = enclosing_blocks(text, line_start) else {
        return Vec::new();
    };
    path.push(crate::syntax::PathSegment::Key(key.to_owned()));
    let start = offset - partial.len();
    let mut items =
        crate::ide::complete::values(crate::schema::for_kind(kind), &path, start..offset);
    for item in &mut items {
        let is_string = !matches!(item.insert_text.as_str(), "true" | "false");
        if is_string && !quoted {
            item.insert_text = format!("\"{}\"", item.insert_text);
        }
    }
    items
}

/// The argument and block names already written in the block around the line at
/// `line_start` (its own lines, not those of nested blocks).
fn names_in_block(text: &str, line_start: usize) -> Vec<&str> {
    fn first_word(line: &str) -> Option<&str> {
        let word = line.trim_start();
        let end = word
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(word.len());
        (end > 0).then(|| &word[..end])
    }
    let mut names = Vec::new();
    let mut depth = 0usize;
    for line in text[..line_start].lines().rev() {
        let (opens, closes) = (line.matches('{').count(), line.matches('}').count());
        if opens > closes && depth == 0 {
            break;
        }
        if depth == 0 {
            names.extend(first_word(line));
        }
        depth = (depth + closes).saturating_sub(opens);
    }
    let mut depth = 0usize;
    for line in text[line_start..].lines().skip(1) {
        let (opens, closes) = (line.matches('{').count(), line.matches('}').count());
        if closes > opens + depth {
            break;
        }
        if depth == 0 {
            names.extend(first_word(line));
        }
        depth = (depth + opens).saturating_sub(closes);
    }
    names
}

/// Argument and nested block names of the block around `line_start`, but those written in it.
fn complete_names(
    text: &str,
    line_start: usize,
    range: std::ops::Range<usize>,
) -> Vec<crate::ide::CompletionItem> {
    use crate::ide::{CompletionItem, CompletionKind};
    let Some((kind, path)) = enclosing_blocks(text, line_start) else {
        return Vec::new();
    };
    let schema = crate::schema::for_kind(kind);
    let Some(properties) = schema
        .node_at(&path)
        .and_then(|node| node.get("properties"))
        .and_then(serde_json::Value::as_object)
    else {
        return Vec::new();
    };
    let indent = &text[line_start..range.start];
    let present = names_in_block(text, line_start);
    properties
        .iter()
        .filter(|(name, _)| !present.contains(&name.as_str()))
        .map(|(name, property)| {
            let resolved = schema.resolve(property);
            let is_block = crate::schema::type_name(resolved) == Some("array")
                && resolved
                    .get("items")
                    .map(|items| schema.resolve(items))
                    .and_then(crate::schema::type_name)
                    == Some("object");
            let mut child = path.clone();
            child.push(crate::syntax::PathSegment::Key(name.clone()));
            let (insert_text, snippet) = if is_block {
                (format!("{name} {{\n{indent}  $0\n{indent}}}"), true)
            } else {
                (format!("{name} = "), false)
            };
            CompletionItem {
                label: name.clone(),
                kind: CompletionKind::Key,
                detail: Some(if is_block { "block" } else { "argument" }.to_owned()),
                documentation: schema.description_at(&child).map(str::to_owned),
                insert_text,
                snippet,
                range: range.clone(),
            }
        })
        .collect()
}

/// A config glob set the file to `kind: none`.
fn is_turned_off(options: &crate::Options) -> bool {
    matches!(crate::engine::forced_kind(options), Some((None, _)))
}

/// The YAML heredoc (a pack's `values`) around `offset` of a Terraform file, as the scope
/// completion works in; completion of HCL itself is left to Terraform's own tools.
pub(crate) fn heredoc_scope(
    text: &str,
    offset: usize,
    options: &crate::Options,
) -> Option<crate::ide::context::Scope> {
    if is_turned_off(options) {
        return None;
    }
    let file = parse_hcl(text);
    let (block, kind) = block_at(&file, offset)?;
    let (node, map) = block.heredocs.iter().find(|(id, _)| {
        let span = block.doc.span(*id);
        span.start <= offset && offset <= span.end
    })?;
    let inner_text = block.doc.scalar(*node)?.text.clone();
    let inner_offset = map.inner_offset(offset)?.min(inner_text.len());
    let forced = embedded_kind(&block.doc, kind, *node);
    let inner_options = crate::Options {
        kind: forced,
        ..crate::Options::default()
    };
    let local = crate::engine::document_at(&inner_text, inner_offset, &inner_options)?;
    let inner_kind = match local.source {
        Some(_) => local.kind?,
        None => kind::detect_text(&inner_text[local.range.clone()])?,
    };
    Some(crate::ide::context::Scope {
        text: inner_text,
        offset: inner_offset,
        kind: inner_kind,
        document: local.range,
        map: Some(map.clone()),
        base: 0,
    })
}

/// The schema location at `offset` of a Terraform file (for hover and completion), inside a
/// `values` heredoc too.
pub(crate) fn schema_at(
    text: &str,
    offset: usize,
    options: &crate::Options,
) -> Option<crate::SchemaLocation> {
    if is_turned_off(options) {
        return None;
    }
    let file = parse_hcl(text);
    let (block, kind) = block_at(&file, offset)?;
    let found = crate::query::locate_in(text, &block.doc, kind, offset)?;
    if found.on_key || !found.schema.is_some_and(crate::schema::is_embedded_yaml) {
        return Some(found);
    }
    let node = block.doc.lookup(&found.path)?;
    let Some((_, map)) = block.heredocs.iter().find(|(id, _)| *id == node) else {
        return Some(found);
    };
    let inner_text = &block.doc.scalar(node)?.text;
    let forced = embedded_kind(&block.doc, kind, node);
    let inner_options = crate::Options {
        kind: forced,
        ..crate::Options::default()
    };
    let mut inner = crate::query::schema_at(inner_text, map.inner_offset(offset)?, &inner_options)?;
    inner.range = map.span(&inner.range);
    Some(inner)
}

pub(crate) fn documents(
    text: &str,
    forced: Option<(Option<DocumentKind>, KindSource)>,
) -> Vec<DocumentInfo> {
    let off = matches!(forced, Some((None, _)));
    parse_hcl(text)
        .blocks
        .iter()
        .filter_map(|block| {
            let kind = block_kind(block)?;
            Some(DocumentInfo {
                range: block.span.clone(),
                kind: (!off).then_some(kind),
                source: Some(if off {
                    KindSource::Config
                } else {
                    KindSource::Detected
                }),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::{check, Options};

    fn check_tf(text: &str) -> Vec<(String, &'static str)> {
        let options = Options {
            path: Some("main.tf"),
            ..Options::default()
        };
        check(text, &options)
            .into_iter()
            .map(|d| (text[d.range].to_owned(), d.code))
            .collect()
    }

    #[test]
    fn resource_blocks_get_schema_checks_with_exact_ranges() {
        let text = r#"resource "spectrocloud_cluster_profile" "p" {
  name    = "aks-profile"
  cloud   = "aks"
  type    = "cluster"
  contxt  = "project"
  pack {
    name   = "kubernetes-aks"
    tag    = "1.30"
    values = <<-EOT
      managedControlPlane:
        sku: Premium
    EOT
  }
}
"#;
        assert_eq!(
            check_tf(text),
            [
                ("contxt".to_owned(), "unknown-key"),
                ("Premium".to_owned(), "invalid-sku")
            ]
        );
    }

    #[test]
    fn expressions_and_other_blocks_are_not_judged() {
        let text = r#"variable "tier" { default = "Premium" }
data "spectrocloud_cloudaccount_azure" "a" { name = 5 }
resource "spectrocloud_cluster_profile" "p" {
  name    = var.name
  context = local.context
  pack {
    name   = "kubernetes-aks"
    values = data.spectrocloud_pack.k8s.values
  }
}
resource "azurerm_resource_group" "rg" { nme = 1 }
"#;
        assert_eq!(check_tf(text), []);
    }

    #[test]
    fn literals_terraform_converts_are_not_type_errors_and_fixes_stay_quoted() {
        let text = r#"resource "spectrocloud_cluster_azure" "c" {
  name          = "c"
  apply_setting = "DownloadAndInstal"
  machine_pool {
    control_plane = "true"
    count         = "2"
    name          = 5
  }
}
"#;
        let options = Options {
            path: Some("main.tf"),
            ..Options::default()
        };
        let found = check(text, &options);
        let codes: Vec<&str> = found.iter().map(|d| d.code).collect();
        assert!(!codes.contains(&"type-mismatch"), "{found:?}");
        let fix = &found
            .iter()
            .find(|d| d.code == "invalid-value")
            .unwrap()
            .fixes[0];
        assert_eq!(fix.edits[0].new_text, "\"DownloadAndInstall\"");
    }

    #[test]
    fn cluster_rules_read_terraform_names() {
        let text = r#"resource "spectrocloud_cluster_aks" "c" {
  name             = "aks-1"
  cloud_account_id = "abc"
  tags             = ["azure:x", "env:dev"]
  cloud_config {
    subscription_id = "not-a-guid"
    resource_group  = "rg"
    region          = "eastus"
    ssh_key         = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHhUd9Y4UzSqUUCNr4F0Mj1lLQsKyWzQa6V9Z2Yv5yzY u@h"
    vnet_name       = "vnet"
    worker_subnet_name = "workers"
  }
  machine_pool {
    name                 = "worker-pool"
    count                = 1
    instance_type        = "Standard_D4s_v3"
    disk_size_gb         = 60
    is_system_node_pool  = true
    storage_account_type = "Premium_LRS"
  }
}
resource "spectrocloud_cluster_profile" "p" {
  name  = "p"
  cloud = "Azure"
}
"#;
        let options = Options {
            path: Some("main.tf"),
            ..Options::default()
        };
        let found: Vec<(String, &str, String)> = check(text, &options)
            .into_iter()
            .map(|d| (text[d.range.clone()].to_owned(), d.code, d.message))
            .collect();
        let codes: Vec<(&str, &str)> = found.iter().map(|(t, c, _)| (t.as_str(), *c)).collect();
        assert_eq!(
            codes,
            [
                ("azure", "reserved-tag"),
                ("\"not-a-guid\"", "invalid-guid"),
                (
                    &text[text.find("\"ssh-ed25519").unwrap()..text.find(" u@h\"").unwrap() + 5],
                    "ssh-key"
                ),
                ("vnet_name", "static-placement"),
                ("worker_subnet_name", "static-placement"),
                ("\"worker-pool\"", "node-pool-name"),
                ("\"Azure\"", "profile-cloud"),
            ]
        );
        let placement = &found[4].2;
        assert!(
            placement.contains("`worker_subnet_name` is set without `worker_cidr`"),
            "{placement}"
        );
    }

    #[test]
    fn a_variable_default_is_checked_on_the_reference() {
        let text = r#"variable "apply" {
  type    = string
  default = "DownloadAndInstal"
}
variable "owner" {}
variable "scope" { default = "projct" }
resource "spectrocloud_cluster_azure" "c" {
  name          = var.owner
  apply_setting = var.apply
  context       = var.scope
}
"#;
        let options = Options {
            path: Some("main.tf"),
            ..Options::default()
        };
        let found: Vec<_> = check(text, &options)
            .into_iter()
            .filter(|d| d.code == "invalid-value")
            .collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(&text[found[0].range.clone()], "var.apply");
        assert_eq!(&text[found[1].range.clone()], "var.scope");
        assert!(
            found[0]
                .message
                .starts_with("variable `apply` defaults to \"DownloadAndInstal\": "),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn hover_in_terraform_and_in_its_heredocs() {
        let text = "resource \"spectrocloud_cluster_profile\" \"p\" {\n  name  = \"p\"\n  cloud = \"aks\"\n  pack {\n    name   = \"kubernetes-aks\"\n    values = <<-EOT\n      managedControlPlane:\n        sku: Free\n    EOT\n  }\n}\n";
        let options = Options {
            path: Some("main.tf"),
            ..Options::default()
        };
        let found = crate::ide::hover(text, text.find("cloud =").unwrap(), &options).unwrap();
        assert!(
            found.contents.starts_with("**cloud**"),
            "{}",
            found.contents
        );
        let inner = crate::ide::hover(text, text.find("Free").unwrap(), &options).unwrap();
        assert!(
            inner.contents.contains("managedControlPlane.sku"),
            "{}",
            inner.contents
        );
        assert_eq!(&text[inner.range], "Free");
    }

    #[test]
    fn completion_inside_a_values_heredoc() {
        let text = "resource \"spectrocloud_cluster_profile\" \"p\" {\n  name  = \"p\"\n  pack {\n    name   = \"kubernetes-aks\"\n    values = <<-EOT\n      managedControlPlane:\n        sku: \n    EOT\n  }\n}\n";
        let options = Options {
            path: Some("main.tf"),
            ..Options::default()
        };
        let offset = text.find("sku: ").unwrap() + 5;
        let items = crate::ide::complete(text, offset, &options);
        let labels: Vec<&str> = items.iter().map(|i| i.label.as_str()).collect();
        assert!(labels.contains(&"Standard"), "{labels:?}");
        assert!(items
            .iter()
            .all(|i| i.range.start >= offset - 1 && i.range.end <= offset + 1));
        // Outside the heredoc, on an argument's line start: the pack's other argument names.
        let names = crate::ide::complete(text, text.find("    name").unwrap() + 4, &options);
        assert!(names.iter().any(|i| i.label == "tag"), "{names:?}");
        assert!(!names.iter().any(|i| i.label == "values"), "{names:?}");
    }

    #[test]
    fn pool_bounds_in_terraform() {
        let text = "resource \"spectrocloud_cluster_aks\" \"c\" {\n  machine_pool {\n    name  = \"pool1\"\n    count = 5\n    min   = 1\n    max   = 3\n  }\n  machine_pool {\n    name  = \"pool2\"\n    count = var.n\n    min   = 1\n    max   = 3\n  }\n}\n";
        let options = Options {
            path: Some("main.tf"),
            ..Options::default()
        };
        let found: Vec<String> = check(text, &options)
            .into_iter()
            .filter(|d| d.code == "pool-size")
            .map(|d| text[d.range].to_owned())
            .collect();
        assert_eq!(found, ["5"]);
    }

    #[test]
    fn values_files_with_literal_paths() {
        let text = "resource \"spectrocloud_cluster_profile\" \"p\" {\n  name  = \"p\"\n  cloud = \"aks\"\n  pack {\n    name   = \"kubernetes\"\n    values = file(\"${path.module}/k8s.yaml\")\n  }\n  pack {\n    name   = \"cni-calico\"\n    values = file(\"cni.yaml\")\n  }\n  pack {\n    name   = \"csi\"\n    values = file(var.csi)\n  }\n}\n";
        assert_eq!(
            super::values_files(text),
            [
                super::ValuesFile {
                    path: "k8s.yaml".into(),
                    kind: Some(crate::DocumentKind::KubernetesAksValues)
                },
                super::ValuesFile {
                    path: "cni.yaml".into(),
                    kind: None
                },
            ]
        );
    }

    #[test]
    fn argument_values_complete_from_the_schema() {
        let text = "resource \"spectrocloud_cluster_aks\" \"c\" {\n  cloud_config {\n    region = \"eastus\"\n  }\n  apply_setting = \"Down\n  machine_pool {\n    disk {\n      size_gb = 60\n    }\n    name = \"a\"\n    is_system_node_pool = \n  }\n}\n";
        let options = Options {
            path: Some("main.tf"),
            ..Options::default()
        };
        let at = text.find("\"Down").unwrap() + 5;
        let items = crate::ide::complete(text, at, &options);
        let first = items
            .iter()
            .find(|i| i.label == "DownloadAndInstall")
            .unwrap();
        assert_eq!(first.insert_text, "DownloadAndInstall");
        assert_eq!(&text[first.range.clone()], "Down");
        let at = text.find("is_system_node_pool = ").unwrap() + "is_system_node_pool = ".len();
        let labels: Vec<String> = crate::ide::complete(text, at, &options)
            .into_iter()
            .map(|i| i.insert_text)
            .collect();
        assert_eq!(labels, ["true", "false"]);
    }

    #[test]
    fn argument_and_block_names_complete_in_a_block() {
        let text = "resource \"spectrocloud_cluster_aks\" \"c\" {\n  machine_pool {\n    count = 1\n    na\n    disk {\n      size_gb = 60\n    }\n  }\n  cloud_\n}\n";
        let options = Options {
            path: Some("main.tf"),
            ..Options::default()
        };
        let at = text.find("    na").unwrap() + 6;
        let items = crate::ide::complete(text, at, &options);
        let name = items.iter().find(|i| i.label == "name").unwrap();
        assert_eq!(name.insert_text, "name = ");
        // Names the block already has are not offered again.
        assert!(!items.iter().any(|i| i.label == "count"));
        assert_eq!(&text[name.range.clone()], "na");
        let at = text.find("  cloud_\n").unwrap() + 8;
        let items = crate::ide::complete(text, at, &options);
        let block = items.iter().find(|i| i.label == "cloud_config").unwrap();
        assert!(block.snippet && block.insert_text.starts_with("cloud_config {\n"));
    }

    #[test]
    fn kind_none_turns_terraform_files_off_in_the_editor_too() {
        let (config, _) = crate::Config::from_json(&serde_json::json!({"kinds": {"*.tf": "none"}}));
        let options = Options {
            config: Some(&config),
            path: Some("main.tf"),
            ..Options::default()
        };
        let text = "resource \"spectrocloud_cluster_profile\" \"p\" {\n  type = \"\"\n}\n";
        assert!(check(text, &options).is_empty());
        assert!(crate::ide::hover(text, text.find("type").unwrap(), &options).is_none());
        assert!(
            crate::ide::complete(text, text.find("type = \"").unwrap() + 8, &options).is_empty()
        );
    }

    #[test]
    fn invalid_hcl_is_left_to_terraform() {
        assert_eq!(
            check_tf("resource \"spectrocloud_cluster_aks\" {\n  name = \n"),
            []
        );
    }
}
