//! palint-core: checks Spectro Cloud Palette Azure/AKS cluster profiles written in YAML.
//!
//! Data flows one way: text → [`syntax::parse`] (YAML with byte spans) → [`kind::detect`]
//! → schema validation and [`rules`] → [`Diagnostic`]s with byte spans. Adapters (CLI,
//! language server, WebAssembly) only convert positions and formats.
//!
//! ```
//! let text = "managedControlPlane:\n  sku: Premium\n";
//! let diagnostics = palint_core::check(text, &palint_core::Options::default());
//! assert_eq!(diagnostics[0].code, "invalid-sku");
//! assert_eq!(&text[diagnostics[0].range.clone()], "Premium");
//! ```

pub mod config;
mod diagnostic;
mod engine;
pub mod explain;
pub mod fix;
mod glob;
pub mod ide;
mod incremental;
pub mod kind;
pub mod layout;
pub mod line_index;
pub mod query;
pub mod rules;
pub mod schema;
pub mod settings;
pub mod suggest;
pub mod syntax;
pub mod tags;
mod terraform;

pub use config::Config;
pub use diagnostic::{Diagnostic, Fix, Severity, TextEdit};
pub use engine::{check, documents, DocumentInfo, KindSource, Options};
pub use incremental::{changed_range, common_ends, EditsSinceCheck, IncrementalCheck, Unchanged};
pub use kind::DocumentKind;
pub use line_index::{LineIndex, Position, PositionEncoding};
pub use query::{schema_at, SchemaLocation};
pub use settings::{ConfigFile, FileSettings, Settings};
pub use terraform::{values_files, values_kind_of, TerraformModule, ValuesFile};
