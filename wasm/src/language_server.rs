//! The bindings only a language server needs (the VS Code extension's WASM server), built with
//! the `language-server` feature; the browser editor's module leaves them out to stay small.
//! Quick fixes as code actions, the outline, the files a Terraform pack loads, and the options
//! a server with files passes: the nearest config file, the editor's settings, a Terraform
//! module.

use palint_core::{ide, Config, LineIndex, TerraformModule};
use serde::{Deserialize, Serialize};
use tsify::Tsify;
use wasm_bindgen::prelude::*;

use crate::convert::{self, Diagnostic, Fix};
use crate::{prepare, to_js, CheckOptions, DocumentChecker};

/// An editor's settings (VS Code's `palint` section).
#[derive(Deserialize, Tsify, Default)]
pub struct EditorSettings {
    #[serde(default)]
    #[tsify(optional, type = "Record<string, string>")]
    rules: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    #[tsify(optional, type = "Record<string, string>")]
    kinds: std::collections::BTreeMap<String, String>,
}

impl EditorSettings {
    /// The settings as a config; entries that are not valid are left out (the editor reports
    /// them), as the native server does.
    fn config(&self) -> Config {
        let mut config = Config::default();
        for (code, level) in &self.rules {
            let _ = config.set_rule(code, level);
        }
        for (glob, kind) in &self.kinds {
            let _ = config.add_kind_glob(glob, kind);
        }
        config
    }
}

/// The editor's config (its globs relative to the workspace), the config file's (its globs
/// relative to its folder) and the Terraform module, from the options.
pub(crate) fn surroundings(options: &CheckOptions) -> (Config, Config, Option<TerraformModule>) {
    // Problems in the editor's settings are the editor's to report; the rest still applies.
    let mut editor = options
        .settings
        .as_ref()
        .map(EditorSettings::config)
        .unwrap_or_default();
    if let Some(workspace) = &options.workspace {
        editor = editor.with_base(workspace);
    }
    let mut from_file = options
        .config
        .as_deref()
        .map(Config::parse)
        .unwrap_or_default();
    if let Some(config_path) = &options.config_path {
        let folder = config_path
            .rsplit_once('/')
            .map_or("", |(folder, _)| folder);
        from_file = from_file.with_base(folder);
    }
    let module = options.terraform_module.as_ref().map(|files| {
        let mut module = TerraformModule::new();
        for (path, text) in files {
            module.add_file(path, text);
        }
        module
    });
    (editor, from_file, module)
}

/// What only a language server asks of a document's checker (the checker itself is in
/// `document_checker.rs`, which the browser editor's worker uses too).
#[wasm_bindgen]
impl DocumentChecker {
    /// `codeActions` for this document, from its incremental check: editors ask on every
    /// cursor move, and the text is then usually the one just checked (nothing to re-check).
    #[wasm_bindgen(js_name = codeActions, unchecked_return_type = "CodeAction[]")]
    pub fn code_actions(
        &mut self,
        text: &str,
        from: u32,
        to: u32,
        #[wasm_bindgen(unchecked_param_type = "CheckOptions | undefined")] options: JsValue,
    ) -> Result<JsValue, JsError> {
        code_actions_from(text, from, to, options, |text, options| {
            self.incremental.check(text, options)
        })
    }
}

/// The quick fixes for the diagnostics that touch `from..to` (UTF-16 offsets): each
/// diagnostic's own fixes, then "disable this rule for this line", as the native server
/// offers them.
#[wasm_bindgen(js_name = codeActions, unchecked_return_type = "CodeAction[]")]
pub fn code_actions(
    text: &str,
    from: u32,
    to: u32,
    #[wasm_bindgen(unchecked_param_type = "CheckOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    code_actions_from(text, from, to, options, palint_core::check)
}

/// The code actions at `from..to`, for the diagnostics `check` finds (a fresh check, or a
/// document's incremental one); none when palint is off for the file.
fn code_actions_from(
    text: &str,
    from: u32,
    to: u32,
    options: JsValue,
    check: impl FnOnce(&str, &palint_core::Options) -> Vec<palint_core::Diagnostic>,
) -> Result<JsValue, JsError> {
    let prepared = prepare(options)?;
    if prepared.off {
        return to_js(&Vec::<CodeAction>::new());
    }
    let found = check(text, &prepared.options());
    to_js(&actions_in(text, from, to, &found))
}

/// The code actions for the diagnostics of `found` that touch `from..to` (UTF-16 offsets).
fn actions_in(
    text: &str,
    from: u32,
    to: u32,
    found: &[palint_core::Diagnostic],
) -> Vec<CodeAction> {
    let index = LineIndex::new(text);
    let start = index.offset_from_utf16(text, from as usize);
    let end = index.offset_from_utf16(text, to as usize);
    let mut actions = Vec::new();
    for d in found
        .iter()
        .filter(|d| d.range.start <= end && start <= d.range.end)
    {
        let disable = ide::disable_fix(text, d);
        for fix in d.fixes.iter().chain([&disable]) {
            actions.push(code_action(text, &index, d, fix));
        }
    }
    actions
}

/// The outline of `text`: a symbol per recognized document, with its keys as children.
#[wasm_bindgen(unchecked_return_type = "OutlineSymbol[]")]
pub fn outline(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "CheckOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let prepared = prepare(options)?;
    let index = LineIndex::new(text);
    let symbols = ide::outline(text, &prepared.options());
    to_js(
        &symbols
            .into_iter()
            .map(|s| symbol(text, &index, s))
            .collect::<Vec<_>>(),
    )
}

/// The files a Terraform file loads as cluster profile packs' `values` (`file("x.yaml")`),
/// with the kind each is checked as, so an editor with files can check those files as what
/// they are.
#[wasm_bindgen(js_name = valuesFiles, unchecked_return_type = "ValuesFile[]")]
pub fn values_files(terraform: &str) -> Result<JsValue, JsError> {
    to_js(
        &palint_core::values_files(terraform)
            .into_iter()
            .map(values_file)
            .collect::<Vec<_>>(),
    )
}

/// A quick fix for one diagnostic (the diagnostic it fixes comes with it, as LSP's code
/// actions carry theirs).
#[derive(Serialize, Tsify)]
pub struct CodeAction {
    diagnostic: Diagnostic,
    fix: Fix,
}

pub fn code_action(
    text: &str,
    index: &LineIndex,
    d: &palint_core::Diagnostic,
    fix: &palint_core::Fix,
) -> CodeAction {
    CodeAction {
        diagnostic: convert::diagnostic(text, index, d),
        fix: convert::fix(text, index, fix),
    }
}

/// What an outline entry is.
#[derive(Serialize, Tsify, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum OutlineKind {
    Document,
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}

/// An outline entry: `from..to` is the whole entry, `selectionFrom..selectionTo` its key.
#[derive(Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct OutlineSymbol {
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    detail: Option<String>,
    kind: OutlineKind,
    from: usize,
    to: usize,
    selection_from: usize,
    selection_to: usize,
    children: Vec<OutlineSymbol>,
}

pub fn symbol(text: &str, index: &LineIndex, symbol: ide::Symbol) -> OutlineSymbol {
    let kind = match symbol.kind {
        ide::SymbolKind::Document => OutlineKind::Document,
        ide::SymbolKind::Object => OutlineKind::Object,
        ide::SymbolKind::Array => OutlineKind::Array,
        ide::SymbolKind::String => OutlineKind::String,
        ide::SymbolKind::Number => OutlineKind::Number,
        ide::SymbolKind::Boolean => OutlineKind::Boolean,
        ide::SymbolKind::Null => OutlineKind::Null,
    };
    OutlineSymbol {
        name: symbol.name,
        detail: symbol.detail,
        kind,
        from: index.utf16_offset(text, symbol.range.start),
        to: index.utf16_offset(text, symbol.range.end),
        selection_from: index.utf16_offset(text, symbol.selection_range.start),
        selection_to: index.utf16_offset(text, symbol.selection_range.end),
        children: symbol
            .children
            .into_iter()
            .map(|c| self::symbol(text, index, c))
            .collect(),
    }
}

/// A file a Terraform pack loads as its values: its path as written (relative to the
/// Terraform file's folder) and the kind its text is (`null`: detected from the text).
#[derive(Serialize, Tsify)]
#[tsify(missing_as_null)]
pub struct ValuesFile {
    path: String,
    kind: Option<&'static str>,
}

pub fn values_file(file: palint_core::ValuesFile) -> ValuesFile {
    ValuesFile {
        path: file.path,
        kind: file.kind.map(|k| k.name()),
    }
}

/// The TypeScript declarations of these bindings' types, as they appear in the `.d.ts`.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod typescript {
    use super::*;

    #[test]
    fn declarations_snapshot() {
        let declarations = [
            <CodeAction as Tsify>::DECL,
            <OutlineKind as Tsify>::DECL,
            <OutlineSymbol as Tsify>::DECL,
            <ValuesFile as Tsify>::DECL,
            <EditorSettings as Tsify>::DECL,
        ];
        insta::assert_snapshot!(declarations.join("\n\n"));
    }
}
