//! Editor features computed from the same schemas and tree as validation: completion,
//! hover, the document outline and the "disable this rule here" fix. Adapters (language
//! server, WebAssembly) only convert positions.

pub(crate) mod complete;
pub(crate) mod context;
mod hover;
mod layers;
mod outline;
mod suppress;

pub use complete::{complete, CompletionItem, CompletionKind};
pub use hover::{hover, Hover};
pub use layers::{layers, set_layer_values, Layer, LayerValues};
pub use outline::{outline, Symbol, SymbolKind};
pub use suppress::disable_fix;
