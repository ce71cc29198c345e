//! The rules. Each rule is one file with its code, default severity, explanation, check and
//! tests; [`RULES`] lists them all.

mod aad_admin_groups;
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
mod profile_cloud;
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
pub struct Rule {
    pub code: &'static str,
    pub severity: Severity,
    /// One line: what the rule reports.
    pub summary: &'static str,
    /// Why it matters and how to fix it (plain text, a few paragraphs).
    pub explanation: &'static str,
    /// Where the fact comes from (a document title and link).
    pub source: &'static str,
    /// The document kinds it runs on.
    pub kinds: &'static [DocumentKind],
    /// The check. `None` for codes another stage reports (the parser, or the schema pass
    /// that reports all four schema codes from `type-mismatch`'s check).
    pub check: Option<fn(&mut Context)>,
}

impl Rule {
    /// The first link in the rule's source: where the fact is documented.
    pub fn source_url(&self) -> Option<&'static str> {
        let start = self.source.find("https://")?;
        let rest = &self.source[start..];
        let end = rest
            .find(|c: char| c.is_whitespace() || c == ')')
            .unwrap_or(rest.len());
        Some(&rest[..end])
    }

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

/// Every kind a profile rule may run on.
pub(crate) const PROFILE_KINDS: &[DocumentKind] = &[
    DocumentKind::KubernetesAksValues,
    DocumentKind::CrossplaneAks,
    DocumentKind::CrossplaneAzure,
    DocumentKind::CrossplaneProfile,
    DocumentKind::CrossplaneCloudAccountAzure,
];
pub(crate) const ALL_KINDS: &[DocumentKind] = &DocumentKind::ALL;
pub(crate) const CLUSTER_KINDS: &[DocumentKind] = &[
    DocumentKind::KubernetesAksValues,
    DocumentKind::CrossplaneAks,
    DocumentKind::CrossplaneAzure,
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
];

pub fn find(code: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|r| r.code == code)
}

pub(crate) use yaml_syntax::RULE as YAML_SYNTAX;

/// Runs every rule that applies to the context's document kind.
pub(crate) fn run_all(cx: &mut Context) {
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
            assert!(!rule.source.is_empty(), "{}", rule.code);
            assert!(rule
                .code
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-'));
        }
    }
}
