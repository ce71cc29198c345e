//! `var.NAME` arguments checked with the value Terraform would use: the module's
//! `terraform.tfvars` / `*.auto.tfvars` value, else the variable's literal `default` (in any file
//! of the module). What is found on that value is reported on the reference.

use std::cell::Cell;

use super::module::{ModuleView, ValueOrigin};
use super::{block_kind, check_blocks};
use crate::diagnostic::Diagnostic;
use crate::syntax::hcl::{parse_hcl, HclFile};
use crate::syntax::Span;

/// A reference that is just `var.NAME`, and the text it stands for.
struct Reference<'a> {
    span: Span,
    name: &'a str,
    value: &'a str,
    origin: ValueOrigin,
}

pub(super) fn check_references(
    text: &str,
    file: &HclFile,
    module: &ModuleView,
    alias_budget: &Cell<usize>,
) -> Vec<Diagnostic> {
    let mut references: Vec<Reference> = file
        .blocks
        .iter()
        .filter(|b| block_kind(b).is_some())
        .flat_map(|b| b.deferred.iter())
        .filter_map(|span| {
            let name = text[span.clone()].strip_prefix("var.")?;
            let (value, origin) = module.variable(name)?;
            Some(Reference {
                span: span.clone(),
                name,
                value,
                origin,
            })
        })
        .collect();
    if references.is_empty() {
        return Vec::new();
    }
    references.sort_by_key(|r| r.span.start);
    // Every value written in at once, so the file is checked once more, not once per
    // reference; the text may grow by at most its own size.
    let mut written = String::with_capacity(text.len() * 2);
    let mut placed: Vec<(Span, &Reference)> = Vec::new();
    let mut copied = 0;
    for reference in &references {
        let grows = written.len() + (reference.span.start - copied) + reference.value.len();
        if reference.span.start < copied || grows > text.len() * 2 {
            continue;
        }
        written.push_str(&text[copied..reference.span.start]);
        let at = written.len();
        written.push_str(reference.value);
        placed.push((at..written.len(), reference));
        copied = reference.span.end;
    }
    if placed.is_empty() {
        return Vec::new();
    }
    written.push_str(&text[copied..]);
    let mut out = Vec::new();
    for d in check_blocks(&written, &parse_hcl(&written), module, alias_budget) {
        let Some((_, reference)) = placed
            .iter()
            .find(|(on, _)| on.start <= d.range.start && d.range.end <= on.end)
        else {
            continue;
        };
        // A placeholder is a problem of the file that sets it (once), not of every use.
        if d.code == crate::rules::PLACEHOLDER_VALUE.code {
            continue;
        }
        let Reference {
            name,
            value,
            origin,
            ..
        } = reference;
        let source = match origin {
            ValueOrigin::Default(None) => format!("variable `{name}` defaults to {value}"),
            ValueOrigin::Default(Some(file)) => {
                format!("variable `{name}` defaults to {value} (in {file})")
            }
            ValueOrigin::ValuesFile(file) => {
                format!("variable `{name}` is set to {value} in {file}")
            }
        };
        out.push(Diagnostic {
            range: reference.span.clone(),
            message: format!("{source}: {}", d.message),
            fixes: Vec::new(),
            ..d
        });
    }
    out
}
