//! The documentation of the codes the schema pass reports (`schema::codes`). The pass itself
//! is a stage of the pipeline (`schema::validate`, run by the engine before the rules).

use super::{Example, Rule, Source, ALL_KINDS};
use crate::schema::codes;

const SCHEMA_SOURCES: &[Source] = &[Source::unlinked("palint's JSON Schemas (schemas/*.schema.json), built from the Palette docs and the provider-palette CRDs")];

pub static UNKNOWN_KEY: Rule = Rule {
    code: codes::UNKNOWN_KEY.name,
    severity: codes::UNKNOWN_KEY.severity,
    summary: "a key the schema does not define (with a did-you-mean when one is close)",
    explanation: "The key is not one palint knows at this place. Most often it is a typo \
(`autoUpgradeProfil`), a key at the wrong indentation, or a field from another pack. Palette and \
Crossplane ignore or reject unknown fields, so the setting you meant silently does not apply. \
Under `managedControlPlane` Palette passes some Cluster API (CAPZ) fields through, which is why \
this is a warning and not an error.",
    sources: SCHEMA_SOURCES,
    examples: &[
        Example::invalid(
            "\
managedControlPlane:
  autoUpgradeProfil:
    upgradeChannel: stable
",
        ),
        Example::valid(
            "\
managedControlPlane:
  autoUpgradeProfile:
    upgradeChannel: stable
",
        ),
    ],
    kinds: ALL_KINDS,
    check: None,
};

pub static TYPE_MISMATCH: Rule = Rule {
    code: codes::TYPE_MISMATCH.name,
    severity: codes::TYPE_MISMATCH.severity,
    summary: "a value of the wrong type (a string where a boolean belongs, a list where a mapping belongs)",
    explanation: "The value has a different YAML type than the field takes. Quoted `\"true\"` is a \
string, not a boolean; `30` is a number and `\"30\"` a string. Palette reads these values into typed \
fields, so the wrong type is rejected or misread.",
    sources: SCHEMA_SOURCES,
    examples: &[
        Example::invalid(
            "\
managedControlPlane:
  oidcIssuerProfile:
    enabled: \"true\"
",
        ),
        Example::valid(
            "\
managedControlPlane:
  oidcIssuerProfile:
    enabled: true
",
        ),
    ],
    kinds: ALL_KINDS,
    check: None,
};

pub static INVALID_VALUE: Rule = Rule {
    code: codes::INVALID_VALUE.name,
    severity: codes::INVALID_VALUE.severity,
    summary: "a value outside what the field allows (enum, range, length or format)",
    explanation: "The value has the right type but is not allowed: not one of the listed values, \
out of range (for example `maxPodPerNode` must be 10 to 250), too long or short, or not in the \
expected format.",
    sources: SCHEMA_SOURCES,
    examples: &[
        Example::invalid(
            "\
managedMachinePool:
  maxPodPerNode: 5
",
        ),
        Example::valid(
            "\
managedMachinePool:
  maxPodPerNode: 110
",
        ),
    ],
    kinds: ALL_KINDS,
    check: None,
};

pub static MISSING_REQUIRED: Rule = Rule {
    code: codes::MISSING_REQUIRED.name,
    severity: codes::MISSING_REQUIRED.severity,
    summary: "a required key is missing",
    explanation: "The mapping lacks a key that must be present, for example `managed` in \
`aadProfile`, or `cloudConfig` and `machinePool` in a Crossplane cluster's `spec.forProvider`.",
    sources: SCHEMA_SOURCES,
    examples: &[
        Example::invalid(
            "\
managedControlPlane:
  aadProfile:
    adminGroupObjectIDs: [3f2504e0-4f89-11d3-9a0c-0305e82c3301]
",
        ),
        Example::valid(
            "\
managedControlPlane:
  aadProfile:
    managed: true
    adminGroupObjectIDs: [3f2504e0-4f89-11d3-9a0c-0305e82c3301]
",
        ),
    ],
    kinds: ALL_KINDS,
    check: None,
};

pub static YAML_LIMIT: Rule = Rule {
    code: codes::YAML_LIMIT.name,
    severity: codes::YAML_LIMIT.severity,
    summary: "input beyond palint's safety limits (alias bombs, extreme nesting)",
    explanation: "The document expands to far more data than it contains (aliases that refer to \
aliases, an \"alias bomb\"), so palint stopped expanding it and skipped the schema checks. Real \
profiles never come near this limit; if yours does, flatten the aliases.",
    sources: &[Source::unlinked("palint's own safety limits")],
    examples: &[
        Example::invalid(
            "\
managedControlPlane:
  sku: Free
a: &a [x, x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
f: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
",
        ),
        Example::valid(
            "\
managedControlPlane:
  sku: Standard
  additionalTags:
    owner: &team payments
    costCenter: *team
",
        ),
    ],
    kinds: ALL_KINDS,
    check: None,
};

#[cfg(test)]
mod tests {
    use crate::kind::DocumentKind::{CrossplaneProfile, KubernetesAksValues as Aks};
    use crate::rules::testing::{apply_first_fix, assert_clean, diagnostics, findings};

    #[test]
    fn unknown_key_with_suggestion_and_fix() {
        let text = "managedControlPlane:\n  autoUpgradeProfil:\n    upgradeChannel: rapid\n";
        assert_eq!(
            findings(text, Aks, "unknown-key"),
            [("autoUpgradeProfil".to_owned(), 2)]
        );
        assert!(apply_first_fix(text, Aks, "unknown-key").contains("  autoUpgradeProfile:\n"));
        let d = diagnostics(text, Aks);
        assert!(
            d[0].message.contains("did you mean `autoUpgradeProfile`?"),
            "{}",
            d[0].message
        );
    }

    #[test]
    fn type_mismatch_with_unquote_fix() {
        let text = "managedControlPlane:\n  aadProfile:\n    managed: \"true\"\n    adminGroupObjectIDs: [aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb]\n";
        assert_eq!(
            findings(text, Aks, "type-mismatch"),
            [("\"true\"".to_owned(), 3)]
        );
        assert!(apply_first_fix(text, Aks, "type-mismatch").contains("managed: true\n"));
    }

    #[test]
    fn missing_required_points_at_the_parent_key() {
        let text = "managedControlPlane:\n  aadProfile:\n    adminGroupObjectIDs: []\n";
        assert_eq!(
            findings(text, Aks, "missing-required"),
            [("aadProfile".to_owned(), 2)]
        );
        let profile = "apiVersion: cluster.palette.crossplane.io/v1alpha1\nkind: Profile\nspec:\n  forProvider:\n    cloud: aks\n";
        assert_eq!(
            findings(profile, CrossplaneProfile, "missing-required"),
            [("forProvider".to_owned(), 4)]
        );
    }

    #[test]
    fn range_violation_is_invalid_value() {
        let text = "managedMachinePool:\n  maxPodPerNode: 5\n";
        assert_eq!(findings(text, Aks, "invalid-value"), [("5".to_owned(), 2)]);
        assert_clean(
            "managedMachinePool:\n  maxPodPerNode: 110\n",
            Aks,
            "invalid-value",
        );
    }

    #[test]
    fn a_null_value_is_not_a_type_error() {
        // From a real pack manifest: Kubernetes treats `annotations:` with no value as unset.
        let text = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      annotations:\n      labels:\n        app: web\n";
        assert_clean(
            text,
            crate::kind::DocumentKind::KubernetesWorkload,
            "type-mismatch",
        );
    }
}
