//! The four codes the schema pass reports, and the resource-limit code.
//! The pass itself lives in `schema::validate`; it runs as `type-mismatch`'s check.

use super::{Rule, ALL_KINDS};
use crate::diagnostic::Severity;

const SCHEMA_SOURCE: &str =
    "palint's JSON Schemas (schemas/*.schema.json), built from the Palette docs \
and the provider-palette CRDs";

pub static UNKNOWN_KEY: Rule = Rule {
    code: "unknown-key",
    severity: Severity::Warning,
    summary: "a key the schema does not define (with a did-you-mean when one is close)",
    explanation: "The key is not one palint knows at this place. Most often it is a typo \
(`autoUpgradeProfil`), a key at the wrong indentation, or a field from another pack. Palette and \
Crossplane ignore or reject unknown fields, so the setting you meant silently does not apply. \
Under `managedControlPlane` Palette passes some Cluster API (CAPZ) fields through, which is why \
this is a warning and not an error.",
    source: SCHEMA_SOURCE,
    kinds: ALL_KINDS,
    check: None,
};

pub static TYPE_MISMATCH: Rule = Rule {
    code: "type-mismatch",
    severity: Severity::Error,
    summary: "a value of the wrong type (a string where a boolean belongs, a list where a mapping belongs)",
    explanation: "The value has a different YAML type than the field takes. Quoted `\"true\"` is a \
string, not a boolean; `30` is a number and `\"30\"` a string. Palette reads these values into typed \
fields, so the wrong type is rejected or misread.",
    source: SCHEMA_SOURCE,
    kinds: ALL_KINDS,
    check: Some(crate::schema::validate),
};

pub static INVALID_VALUE: Rule = Rule {
    code: "invalid-value",
    severity: Severity::Error,
    summary: "a value outside what the field allows (enum, range, length or format)",
    explanation: "The value has the right type but is not allowed: not one of the listed values, \
out of range (for example `maxPodPerNode` must be 10 to 250), too long or short, or not in the \
expected format.",
    source: SCHEMA_SOURCE,
    kinds: ALL_KINDS,
    check: None,
};

pub static MISSING_REQUIRED: Rule = Rule {
    code: "missing-required",
    severity: Severity::Error,
    summary: "a required key is missing",
    explanation: "The mapping lacks a key that must be present, for example `managed` in \
`aadProfile`, or `cloudConfig` and `machinePool` in a Crossplane cluster's `spec.forProvider`.",
    source: SCHEMA_SOURCE,
    kinds: ALL_KINDS,
    check: None,
};

pub static YAML_LIMIT: Rule = Rule {
    code: "yaml-limit",
    severity: Severity::Error,
    summary: "input beyond palint's safety limits (alias bombs, extreme nesting)",
    explanation: "The document expands to far more data than it contains (aliases that refer to \
aliases, an \"alias bomb\"), so palint stopped expanding it and skipped the schema checks. Real \
profiles never come near this limit; if yours does, flatten the aliases.",
    source: "palint's own safety limits",
    kinds: ALL_KINDS,
    check: None,
};
