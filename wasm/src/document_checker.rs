//! One open document's checker: each check reuses what is unchanged since the previous one, so
//! a keystroke in a long file costs about what the edited document costs. The browser editor's
//! worker checks its text with one; the VS Code extension's WASM server keeps one per file.

use palint_core::LineIndex;
use wasm_bindgen::prelude::*;

use crate::convert::{self, diagnostic};
use crate::{prepare, to_js};

/// The checker of one open document: each check reuses what is unchanged since its previous
/// one (the core's `IncrementalCheck`); the result always equals `check`'s.
#[wasm_bindgen]
pub struct DocumentChecker {
    pub(crate) incremental: palint_core::IncrementalCheck,
}

#[wasm_bindgen]
impl DocumentChecker {
    #[wasm_bindgen(constructor)]
    #[allow(clippy::new_without_default)] // a JS class: constructed with `new`
    pub fn new() -> DocumentChecker {
        DocumentChecker {
            incremental: palint_core::IncrementalCheck::new(),
        }
    }

    /// Checks this document's new text and returns its diagnostics.
    #[wasm_bindgen(unchecked_return_type = "Diagnostic[]")]
    pub fn check(
        &mut self,
        text: &str,
        #[wasm_bindgen(unchecked_param_type = "CheckOptions | undefined")] options: JsValue,
    ) -> Result<JsValue, JsError> {
        let prepared = prepare(options)?;
        if prepared.off {
            self.incremental.clear();
            return to_js(&Vec::<convert::Diagnostic>::new());
        }
        let index = LineIndex::new(text);
        let found = self.incremental.check(text, &prepared.options());
        to_js(
            &found
                .iter()
                .map(|d| diagnostic(text, &index, d))
                .collect::<Vec<_>>(),
        )
    }
}
