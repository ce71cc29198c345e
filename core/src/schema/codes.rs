//! The codes the schema pass reports. Their documentation (`palint explain`) is in
//! `rules/schema_rules.rs`, which refers to these.

use crate::diagnostic::{Code, Severity};

pub const UNKNOWN_KEY: Code = Code {
    name: "unknown-key",
    severity: Severity::Warning,
};
pub const TYPE_MISMATCH: Code = Code {
    name: "type-mismatch",
    severity: Severity::Error,
};
pub const INVALID_VALUE: Code = Code {
    name: "invalid-value",
    severity: Severity::Error,
};
pub const MISSING_REQUIRED: Code = Code {
    name: "missing-required",
    severity: Severity::Error,
};
/// Input beyond palint's safety limits (alias bombs; the parser's nesting limit too).
pub const YAML_LIMIT: Code = Code {
    name: "yaml-limit",
    severity: Severity::Error,
};
