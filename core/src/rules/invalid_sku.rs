use super::{Context, Example, Rule, Source};
use crate::diagnostic::Severity;
use crate::kind::DocumentKind;
use crate::suggest::one_of;
use crate::syntax::NodeValue;

const SKU_PATH: [&str; 2] = ["managedControlPlane", "sku"];

pub static RULE: Rule = Rule {
    code: "invalid-sku",
    severity: Severity::Error,
    summary: "the AKS control plane tier is not exactly `Standard` or `Free`",
    explanation: "`managedControlPlane.sku` picks the AKS control plane pricing tier. Palette \
accepts exactly two values, spelled with a capital first letter: `Standard` (the SLA-backed tier, \
for production) and `Free` (no SLA, for development and small clusters). AKS also sells a `Premium` \
tier, and older Cluster API releases used `Paid`; Palette documents neither. The value is a plain \
string: write `sku: Standard`, not Cluster API's `sku: {tier: Standard}`.

Cluster API for Azure (an `AzureManagedControlPlane`, and Palette's CAPI override YAML, which \
uses its field names) writes the tier as `sku: {tier: Free | Standard}`. There `Paid` is a \
deprecated name of `Standard` (a warning), and there is no `Premium` tier.",
    sources: &[
        Source::new("Palette docs, Azure Architecture, Pricing Options", "https://docs.spectrocloud.com/clusters/public-cloud/azure/architecture/"),
        Source::new("Cluster API Provider Azure, AzureManagedControlPlane CRD (v1beta1, sku.tier)", "https://github.com/kubernetes-sigs/cluster-api-provider-azure/blob/69ec3a40a818ccbc32b8ce88c84609404d8cb7a2/config/crd/bases/infrastructure.cluster.x-k8s.io_azuremanagedcontrolplanes.yaml"),
    ],
    examples: &[
        Example::invalid(
            "\
managedControlPlane:
  sku: Premium
",
        ),
        Example::valid(
            "\
managedControlPlane:
  sku: Standard
",
        ),
        Example::invalid(
            "\
azureManagedControlPlane:
  spec:
    sku:
      tier: premium
",
        ),
    ],
    kinds: &[
        DocumentKind::KubernetesAksValues,
        DocumentKind::CapzManagedControlPlane,
        DocumentKind::PaletteCapiOverride,
    ],
    check: Some(check),
};

fn check(cx: &mut Context) {
    if cx.kind == DocumentKind::KubernetesAksValues {
        check_palette(cx);
    } else {
        check_tier(cx);
    }
}

/// Cluster API's form, `sku: {tier: Free | Standard}` (CAPZ manifests and Palette overrides).
fn check_tier(cx: &mut Context) {
    let doc = cx.doc;
    let Some(tier_map) = cx.control_plane().and_then(|plane| doc.get(plane, "sku")) else {
        return;
    };
    let Some((key, value)) = doc.entry(tier_map, "tier") else {
        return;
    };
    let Some(text) = doc.str_value(value) else {
        return;
    };
    let allowed = cx.control_plane_enum(&["sku", "tier"]);
    let current: Vec<&str> = allowed.iter().copied().filter(|t| *t != "Paid").collect();
    let name = cx.control_plane_name("sku.tier");
    let span = cx.value_span(Some(key), value);
    let trimmed = text.trim();
    let d = if trimmed == "Paid" {
        let mut d = RULE
            .diagnostic(
                span.clone(),
                format!("`Paid` is the deprecated name of the `Standard` tier (Cluster API for Azure rewrites it); write `Standard` in `{name}`"),
            )
            .with_fix("Replace with `Standard`", span, "Standard");
        d.severity = Severity::Warning;
        d
    } else if allowed.contains(&trimmed) && trimmed == text {
        return;
    } else if let Some(exact) = current.iter().find(|a| a.eq_ignore_ascii_case(trimmed)) {
        RULE.diagnostic(
            span.clone(),
            format!("`{text}` is not a valid `{name}`: tiers are case-sensitive; write `{exact}`"),
        )
        .with_fix(format!("Replace with `{exact}`"), span, *exact)
    } else if trimmed.eq_ignore_ascii_case("premium") {
        RULE.diagnostic(
            span,
            format!("AKS has a Premium tier, but Cluster API for Azure (v1beta1) accepts only {} for `{name}`", one_of(&current)),
        )
    } else {
        RULE.diagnostic(
            span,
            format!("`{text}` is not a valid `{name}`; use {}", one_of(&current)),
        )
    };
    cx.push(d);
}

/// Palette's AKS values: a plain `sku: Free | Standard`.
fn check_palette(cx: &mut Context) {
    let doc = cx.doc;
    let Some(plane) = cx.control_plane() else {
        return;
    };
    let Some((key, value)) = doc.entry(plane, "sku") else {
        return;
    };
    let allowed = cx.schema.enum_at(&SKU_PATH);
    let allowed_text = one_of(&allowed);
    let value_span = doc.span(value);

    if let NodeValue::Mapping(_) = doc.node(doc.resolve(value)).value {
        let tier = doc.get(value, "tier").and_then(|t| doc.str_value(t));
        let mut d = RULE.diagnostic(
            cx.value_span(Some(key), value),
            format!(
                "`sku` takes the tier as a plain value ({allowed_text}), not a `tier:` mapping"
            ),
        );
        let key_end = doc.span(key).end;
        if let Some(tier) =
            tier.and_then(|t| allowed.iter().find(|a| a.eq_ignore_ascii_case(t.trim())))
        {
            if cx.text[key_end..].starts_with(':') {
                d = d.with_fix(
                    format!("Write `sku: {tier}`"),
                    key_end..value_span.end,
                    format!(": {tier}"),
                );
            }
        }
        cx.push(d);
        return;
    }
    let Some(text) = doc.scalar(value).map(|s| s.text.as_str()) else {
        return;
    };
    if allowed.contains(&text) {
        return;
    }
    let trimmed = text.trim();
    let span = cx.value_span(Some(key), value);
    let same_ignoring_case = allowed
        .iter()
        .copied()
        .find(|a| a.eq_ignore_ascii_case(trimmed));
    let d = if let Some(exact) = same_ignoring_case {
        let problem = if trimmed == exact {
            "stray spaces around it"
        } else {
            "the wrong letter case"
        };
        RULE.diagnostic(
            span.clone(),
            format!("`{text}` is not a valid sku: it has {problem}; write `{exact}`"),
        )
        .with_fix(format!("Replace with `{exact}`"), value_span, exact)
    } else if trimmed.eq_ignore_ascii_case("premium") {
        RULE.diagnostic(
            span,
            format!("AKS has a Premium tier, but Palette supports only {allowed_text} for `managedControlPlane.sku`"),
        )
    } else if trimmed.eq_ignore_ascii_case("paid") {
        RULE.diagnostic(
            span,
            "`Paid` is the deprecated name of the `Standard` tier; write `Standard`",
        )
        .with_fix("Replace with `Standard`", value_span, "Standard")
    } else if trimmed.is_empty() {
        RULE.diagnostic(span, format!("`sku` is empty; use {allowed_text}"))
    } else {
        RULE.diagnostic(
            span,
            format!("`{text}` is not a valid sku; use {allowed_text}"),
        )
    };
    cx.push(d);
}

#[cfg(test)]
mod tests {
    use crate::kind::DocumentKind::KubernetesAksValues as Aks;
    use crate::rules::testing::{apply_first_fix, assert_clean, diagnostics, findings};

    fn doc(sku: &str) -> String {
        format!("managedControlPlane:\n  sku: {sku}\n")
    }

    #[test]
    fn accepts_the_two_tiers() {
        assert_clean(&doc("Standard"), Aks, "invalid-sku");
        assert_clean(&doc("Free"), Aks, "invalid-sku");
    }

    #[test]
    fn rejects_premium_case_and_spaces() {
        assert_eq!(
            findings(&doc("Premium"), Aks, "invalid-sku"),
            [("Premium".to_owned(), 2)]
        );
        assert_eq!(findings(&doc("standard"), Aks, "invalid-sku").len(), 1);
        assert_eq!(
            findings(&doc("\"Free \""), Aks, "invalid-sku"),
            [("\"Free \"".to_owned(), 2)]
        );
        assert_eq!(findings(&doc("42"), Aks, "invalid-sku").len(), 1);
    }

    #[test]
    fn fixes_case_spaces_and_paid() {
        assert_eq!(
            apply_first_fix(&doc("standard"), Aks, "invalid-sku"),
            doc("Standard")
        );
        assert_eq!(
            apply_first_fix(&doc("' Free'"), Aks, "invalid-sku"),
            doc("Free")
        );
        assert_eq!(
            apply_first_fix(&doc("Paid"), Aks, "invalid-sku"),
            doc("Standard")
        );
    }

    #[test]
    fn capz_tier_mapping_is_rewritten() {
        let text = "managedControlPlane:\n  sku:\n    tier: Standard\n";
        assert_eq!(
            apply_first_fix(text, Aks, "invalid-sku"),
            "managedControlPlane:\n  sku: Standard\n"
        );
    }

    #[test]
    fn one_diagnostic_not_a_schema_duplicate() {
        let all = diagnostics(&doc("Premium"), Aks);
        assert_eq!(all.len(), 1, "{all:?}");
    }
}
