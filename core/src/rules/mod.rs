//! The rules. Each rule is one file with its code, default severity, explanation, check and
//! tests; [`RULES`] lists them all.

mod aad_admin_groups;
mod capz_combination;
mod cluster_name;
mod config_glob;
mod context;
mod duplicate_key;
mod invalid_guid;
mod invalid_sku;
mod invalid_upgrade_channel;
mod local_accounts_aad;
mod node_pool_name;
pub(crate) mod opaque;
mod placeholder_value;
mod pool_size;
mod profile_cloud;
mod profile_reference;
mod proxy_label;
pub(crate) mod schema_rules;
mod ssh_key;
mod static_placement;
mod storage_names;
mod subnet_cidr;
mod tags;
mod undeclared_variable;
pub(crate) mod variables;
mod workload_identity_oidc;
mod yaml_syntax;

#[cfg(test)]
pub(crate) mod testing;

pub use context::Context;

use crate::diagnostic::{Diagnostic, Severity};
use crate::kind::DocumentKind;
use std::ops::Range;

/// A rule: a stable code with its default severity and documentation.
///
/// Everything here is data the front ends show: [`docs`] renders it as text or Markdown for
/// `palint explain`, the language server, SARIF and the browser editor.
pub struct Rule {
    pub code: &'static str,
    pub severity: Severity,
    /// One line: what the rule reports.
    pub summary: &'static str,
    /// Why it matters and how to fix it (plain text, a few paragraphs).
    pub explanation: &'static str,
    /// Where the facts come from, the most authoritative first (its link is the rule's
    /// documentation link in editors and SARIF).
    pub sources: &'static [Source],
    /// Short documents that show what the rule reports and what it accepts; a test checks
    /// each one.
    pub examples: &'static [Example],
    /// The document kinds it runs on.
    pub kinds: &'static [DocumentKind],
    /// The check. `None` for codes another stage of the pipeline reports (the parser, the
    /// schema pass).
    pub check: Option<fn(&mut Context)>,
}

impl Rule {
    pub fn diagnostic(
        &'static self,
        range: Range<usize>,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic {
            code: self.code,
            severity: self.severity,
            message: message.into(),
            range,
            fixes: Vec::new(),
        }
    }
}

/// A document a rule's facts come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// Who publishes it and what it is called: "Palette docs, Azure Architecture".
    pub title: &'static str,
    /// Where to read it; `None` for sources without a public page of their own.
    pub url: Option<&'static str>,
}

impl Source {
    pub const fn new(title: &'static str, url: &'static str) -> Source {
        Source {
            title,
            url: Some(url),
        }
    }

    /// A source without a link.
    pub const fn unlinked(title: &'static str) -> Source {
        Source { title, url: None }
    }
}

/// A short document for a rule's documentation; the examples test checks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Example {
    /// The kind to check it as; `None` to let palint detect it, as for a file on disk.
    pub kind: Option<DocumentKind>,
    pub text: &'static str,
    /// `false`: the rule reports at least one problem in it. `true`: the rule reports none.
    pub valid: bool,
}

impl Example {
    /// A document the rule reports, kind detected.
    pub const fn invalid(text: &'static str) -> Example {
        Example {
            kind: None,
            text,
            valid: false,
        }
    }

    /// A document the rule accepts, kind detected.
    pub const fn valid(text: &'static str) -> Example {
        Example {
            kind: None,
            text,
            valid: true,
        }
    }

    /// The same example checked as `kind` instead of the detected one.
    pub const fn as_kind(self, kind: DocumentKind) -> Example {
        Example {
            kind: Some(kind),
            ..self
        }
    }
}

/// Every kind a profile rule may run on.
pub(crate) const PROFILE_KINDS: &[DocumentKind] = &[
    DocumentKind::KubernetesAksValues,
    DocumentKind::CapzManagedControlPlane,
    DocumentKind::CapzManagedMachinePool,
    DocumentKind::CapzManagedCluster,
    DocumentKind::PaletteCapiOverride,
    DocumentKind::CrossplaneAks,
    DocumentKind::CrossplaneAzure,
    DocumentKind::CrossplaneProfile,
    DocumentKind::CrossplaneCloudAccountAzure,
    DocumentKind::TerraformClusterAks,
    DocumentKind::TerraformClusterAzure,
    DocumentKind::TerraformClusterProfile,
    DocumentKind::TerraformCloudAccountAzure,
];
pub(crate) const ALL_KINDS: &[DocumentKind] = &DocumentKind::ALL;
/// Palette AKS clusters, written for Crossplane or Terraform.
pub(crate) const AKS_CLUSTER_KINDS: &[DocumentKind] = &[
    DocumentKind::CrossplaneAks,
    DocumentKind::TerraformClusterAks,
];
/// Palette Azure IaaS clusters, written for Crossplane or Terraform.
pub(crate) const AZURE_CLUSTER_KINDS: &[DocumentKind] = &[
    DocumentKind::CrossplaneAzure,
    DocumentKind::TerraformClusterAzure,
];
/// Palette AKS and Azure IaaS clusters, written for Crossplane or Terraform.
pub(crate) const RESOURCE_CLUSTER_KINDS: &[DocumentKind] = &[
    DocumentKind::CrossplaneAks,
    DocumentKind::CrossplaneAzure,
    DocumentKind::TerraformClusterAks,
    DocumentKind::TerraformClusterAzure,
];
/// Every kind with cluster settings: AKS values, CAPZ's managed control plane and pool,
/// Palette overrides, and the Crossplane and Terraform clusters.
pub(crate) const CLUSTER_KINDS: &[DocumentKind] = &[
    DocumentKind::KubernetesAksValues,
    DocumentKind::CapzManagedControlPlane,
    DocumentKind::CapzManagedMachinePool,
    DocumentKind::PaletteCapiOverride,
    DocumentKind::CrossplaneAks,
    DocumentKind::CrossplaneAzure,
    DocumentKind::TerraformClusterAks,
    DocumentKind::TerraformClusterAzure,
];

/// All rules, in the order `palint explain --list` shows them.
pub static RULES: &[&Rule] = &[
    &yaml_syntax::RULE,
    &duplicate_key::RULE,
    &schema_rules::UNKNOWN_KEY,
    &schema_rules::TYPE_MISMATCH,
    &schema_rules::INVALID_VALUE,
    &schema_rules::MISSING_REQUIRED,
    &schema_rules::YAML_LIMIT,
    &invalid_sku::RULE,
    &invalid_upgrade_channel::RULE,
    &placeholder_value::RULE,
    &invalid_guid::RULE,
    &aad_admin_groups::RULE,
    &local_accounts_aad::RULE,
    &workload_identity_oidc::RULE,
    &tags::reserved::RESERVED_TAG,
    &tags::reserved::RESERVED_TAG_PREFIX,
    &tags::format::RULE,
    &tags::invalid_chars::RULE,
    &tags::length::RULE,
    &tags::count::RULE,
    &tags::duplicate::RULE,
    &storage_names::STORAGE_ACCOUNT_NAME,
    &storage_names::STORAGE_CONTAINER_NAME,
    &subnet_cidr::RULE,
    &static_placement::RULE,
    &proxy_label::RULE,
    &proxy_label::PLACEMENT,
    &undeclared_variable::RULE,
    &node_pool_name::RULE,
    &profile_cloud::RULE,
    &ssh_key::RULE,
    &cluster_name::RULE,
    &config_glob::RULE,
    &capz_combination::RULE,
    &pool_size::RULE,
    &profile_reference::RULE,
];

pub fn find(code: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|r| r.code == code)
}

pub(crate) use placeholder_value::RULE as PLACEHOLDER_VALUE;
pub(crate) use yaml_syntax::RULE as YAML_SYNTAX;

/// Runs the schema pass, then every rule that applies to the context's document kind, then
/// keeps one diagnostic per stand-in value.
pub(crate) fn check_document(cx: &mut Context) {
    let input = crate::schema::Input {
        text: cx.text,
        doc: cx.doc,
        kind: cx.kind,
        alias_budget: cx.alias_budget,
    };
    cx.diagnostics.extend(crate::schema::validate(&input));
    run_all(cx);
}

/// Runs every rule that applies to the context's document kind.
fn run_all(cx: &mut Context) {
    for rule in RULES {
        if let Some(check) = rule.check {
            if rule.kinds.contains(&cx.kind) {
                check(cx);
            }
        }
    }
    opaque::one_diagnostic_per_value(cx);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_documented() {
        let mut codes: Vec<&str> = RULES.iter().map(|r| r.code).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), RULES.len());
        for rule in RULES {
            assert!(
                !rule.summary.is_empty() && rule.explanation.len() > 40,
                "{}",
                rule.code
            );
            assert!(!rule.sources.is_empty(), "{}", rule.code);
            // The first source gives the rule's link, so a linked one comes first.
            assert!(
                rule.sources[0].url.is_some() || rule.sources.iter().all(|s| s.url.is_none()),
                "{}",
                rule.code
            );
            assert!(rule
                .code
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-'));
        }
    }

    /// Every rule's examples do what they say: an invalid one gets at least one diagnostic
    /// with the rule's code, a valid one none. Each rule has at least one of each.
    #[test]
    fn examples_are_checked() {
        let mut failures = Vec::new();
        for rule in RULES {
            for valid in [false, true] {
                if !rule.examples.iter().any(|e| e.valid == valid) {
                    failures.push(format!("{}: no {} example", rule.code, label(valid)));
                }
            }
            for example in rule.examples {
                let found = crate::explain::example_diagnostics(example, rule.code);
                if found.is_empty() == example.valid {
                    continue;
                }
                failures.push(format!(
                    "{}: {} example reports {found:?}\n{}",
                    rule.code,
                    label(example.valid),
                    example.text
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    }

    fn label(valid: bool) -> &'static str {
        if valid {
            "valid"
        } else {
            "invalid"
        }
    }
}
