//! WebAssembly bindings of palint-core (the browser editor's checker).
//!
//! For now this crate only proves that the core builds for `wasm32-unknown-unknown`; the
//! `wasm-bindgen` API arrives with the browser editor.

/// Checks `text` with default options and returns the number of diagnostics.
pub fn diagnostic_count(text: &str) -> usize {
    palint_core::check(text, &palint_core::Options::default()).len()
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_core_diagnostics() {
        assert_eq!(
            super::diagnostic_count("managedControlPlane:\n  sku: Premium\n"),
            1
        );
    }
}
