//! Text to tree: YAML parsing with byte spans, comments, and embedded-YAML offset maps.

pub mod comments;
pub mod embedded;
pub mod hcl;
mod parse;
mod scalar;
pub mod template;
mod tree;

pub use parse::{documents, parse, Documents, YamlStream, MAX_DEPTH};
pub use scalar::resolve_plain;
pub use tree::*;
