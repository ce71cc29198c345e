//! WebAssembly bindings of palint-core for the browser profile editor.
//!
//! Positions are JavaScript string indices (UTF-16 code units from the start of the text),
//! plus 0-based line and UTF-16 character. Results are plain JS objects; their TypeScript
//! types are generated from the Rust types (`Tsify`, in `convert.rs` and `CheckOptions` here)
//! into the module's `.d.ts`, and the functions name them in `unchecked_*_type`.

mod convert;
mod document_checker;
#[cfg(feature = "language-server")]
mod language_server;
pub use document_checker::DocumentChecker;
#[cfg(feature = "language-server")]
pub use language_server::{code_actions, outline, values_files, EditorSettings};

use palint_core::{
    config::kind_names, rules, Config, DocumentKind, LineIndex, Options, TerraformModule,
};
use serde::Deserialize;
use tsify::Tsify;
use wasm_bindgen::prelude::*;

/// Options of every call; `undefined` or `null` for the defaults.
#[derive(Deserialize, Tsify, Default)]
pub struct CheckOptions {
    /// Force every document to this kind (e.g. "kubernetes-aks-values"), or "none".
    #[tsify(optional)]
    kind: Option<String>,
    /// Severity overrides: rule code to "off" | "error" | "warning" | "info" | "hint".
    #[serde(default)]
    #[tsify(
        optional,
        type = "Record<string, \"off\" | \"error\" | \"warning\" | \"info\" | \"hint\">"
    )]
    rules: std::collections::HashMap<String, String>,
    /// The text of a `.palint.yaml` to apply (under `rules`), as `palint check` would.
    #[tsify(optional)]
    config: Option<String>,
    /// The file's path or name: matched against the config's kind globs, and a `.tf` name is
    /// checked as Terraform.
    #[tsify(optional)]
    path: Option<String>,
    #[cfg(feature = "language-server")]
    /// Where `config` was read from: its kind globs are relative to that file's folder (as the
    /// CLI and the native server take them). Without it they match against `path` as given.
    #[serde(rename = "configPath")]
    #[tsify(optional)]
    config_path: Option<String>,
    #[cfg(feature = "language-server")]
    /// An editor's `palint` settings, as the native language server reads them:
    /// `{rules: {code: level}, kinds: {glob: kind}}`. Applied over `config`, under `rules`.
    #[tsify(optional)]
    settings: Option<language_server::EditorSettings>,
    #[cfg(feature = "language-server")]
    /// The folder the editor's kind globs are relative to (the workspace folder).
    #[tsify(optional)]
    workspace: Option<String>,
    #[cfg(feature = "language-server")]
    /// The other files of a `.tf` file's Terraform module (path to text: its `.tf` and
    /// `.tfvars` files), so `var.NAME` and profile references are checked as in `palint check`.
    #[serde(rename = "terraformModule")]
    #[tsify(optional, type = "Record<string, string>")]
    terraform_module: Option<std::collections::BTreeMap<String, String>>,
}

/// Options from JavaScript (`undefined`/`null` for defaults).
struct Prepared {
    config: Config,
    path: Option<String>,
    kind: Option<DocumentKind>,
    off: bool,
    terraform_module: Option<TerraformModule>,
}

fn prepare(options: JsValue) -> Result<Prepared, JsError> {
    let options: CheckOptions = if options.is_undefined() || options.is_null() {
        CheckOptions::default()
    } else {
        let text = json_stringify(&options)
            .ok()
            .and_then(|text| text.as_string())
            .ok_or_else(|| JsError::new("invalid options: not a plain object"))?;
        serde_json::from_str(&text).map_err(|e| JsError::new(&format!("invalid options: {e}")))?
    };
    // The same settings as the CLI and the server: the config file, the editor's over it.
    #[cfg(feature = "language-server")]
    let (mut editor, from_file, terraform_module) = language_server::surroundings(&options);
    #[cfg(not(feature = "language-server"))]
    let (mut editor, from_file, terraform_module): (Config, Config, Option<TerraformModule>) = (
        Config::default(),
        options
            .config
            .as_deref()
            .map(Config::parse)
            .unwrap_or_default(),
        None,
    );
    for (code, level) in &options.rules {
        editor.set_rule(code, level).map_err(|e| JsError::new(&e))?;
    }
    let config = editor.over(&from_file);
    let (kind, off) = match options.kind.as_deref() {
        None => (None, false),
        Some("none") => (None, true),
        Some(name) => (
            Some(DocumentKind::forceable(name).ok_or_else(|| {
                JsError::new(&format!(
                    "unknown kind `{name}` (expected one of: {}, none)",
                    kind_names()
                ))
            })?),
            false,
        ),
    };
    Ok(Prepared {
        config,
        path: options.path,
        kind,
        off,
        terraform_module,
    })
}

impl Prepared {
    fn options(&self) -> Options<'_> {
        Options {
            config: Some(&self.config),
            path: self.path.as_deref(),
            kind: self.kind,
            terraform_module: self.terraform_module.as_ref(),
        }
    }
}

/// Options, line index and byte offset for a request at a UTF-16 offset.
fn at_offset(
    text: &str,
    offset: u32,
    options: JsValue,
) -> Result<(Prepared, LineIndex, usize), JsError> {
    let prepared = prepare(options)?;
    let index = LineIndex::new(text);
    let at = index.offset_from_utf16(text, offset as usize);
    Ok((prepared, index, at))
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = JSON, js_name = parse)]
    fn json_parse(text: &str) -> JsValue;
    #[wasm_bindgen(js_namespace = JSON, js_name = stringify, catch)]
    fn json_stringify(value: &JsValue) -> Result<JsValue, JsValue>;
}

/// A result as a plain JS object. Through JSON text, like the options: serde_json is in the
/// module anyway, a JS-object (de)serializer per type would add to it, and the browser's JSON
/// is fast.
fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    let text = serde_json::to_string(value)
        .map_err(|e| JsError::new(&format!("cannot convert the result: {e}")))?;
    Ok(json_parse(&text))
}

/// Checks `text` and returns its diagnostics.
#[wasm_bindgen(unchecked_return_type = "Diagnostic[]")]
pub fn check(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "CheckOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let prepared = prepare(options)?;
    if prepared.off {
        return to_js(&Vec::<convert::Diagnostic>::new());
    }
    let index = LineIndex::new(text);
    let found = palint_core::check(text, &prepared.options());
    to_js(
        &found
            .iter()
            .map(|d| convert::diagnostic(text, &index, d))
            .collect::<Vec<_>>(),
    )
}

/// Completion items at a UTF-16 offset.
#[wasm_bindgen(unchecked_return_type = "CompletionItem[]")]
pub fn complete(
    text: &str,
    offset: u32,
    #[wasm_bindgen(unchecked_param_type = "CheckOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let (prepared, index, at) = at_offset(text, offset, options)?;
    let items = palint_core::ide::complete(text, at, &prepared.options());
    to_js(
        &items
            .into_iter()
            .map(|i| convert::completion(text, &index, i))
            .collect::<Vec<_>>(),
    )
}

/// Documentation for the key or value at a UTF-16 offset, or `null`.
#[wasm_bindgen(unchecked_return_type = "HoverInfo | null")]
pub fn hover(
    text: &str,
    offset: u32,
    #[wasm_bindgen(unchecked_param_type = "CheckOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let (prepared, index, at) = at_offset(text, offset, options)?;
    match palint_core::ide::hover(text, at, &prepared.options()) {
        Some(found) => to_js(&convert::hover(text, &index, found)),
        None => Ok(JsValue::NULL),
    }
}

/// The documents of `text` and the kind each one is checked as.
#[wasm_bindgen(unchecked_return_type = "DocumentInfo[]")]
pub fn documents(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "CheckOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let prepared = prepare(options)?;
    let index = LineIndex::new(text);
    let infos = palint_core::documents(text, &prepared.options());
    to_js(
        &infos
            .iter()
            .map(|d| convert::document(text, &index, d))
            .collect::<Vec<_>>(),
    )
}

/// Every rule with its documentation.
#[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
pub fn rules() -> Result<JsValue, JsError> {
    to_js(
        &rules::RULES
            .iter()
            .map(|r| convert::rule(r))
            .collect::<Vec<_>>(),
    )
}

/// The kinds a YAML text can be set to, for a kind picker (not Terraform resources, which
/// are chosen per block).
#[wasm_bindgen(js_name = kindNames, unchecked_return_type = "KindEntry[]")]
pub fn kind_names_js() -> Result<JsValue, JsError> {
    to_js(
        &DocumentKind::ALL
            .iter()
            .filter(|k| k.is_forceable())
            .map(|k| convert::KindEntry(k.name(), k.description()))
            .collect::<Vec<_>>(),
    )
}

/// The layers (packs) of every Crossplane `Profile` in `text`, with where each pack's values
/// live, for the editor's layer list and its per-layer pane.
#[wasm_bindgen(unchecked_return_type = "Layer[]")]
pub fn layers(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "CheckOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let prepared = prepare(options)?;
    let index = LineIndex::new(text);
    let found = palint_core::ide::layers(text, &prepared.options());
    to_js(
        &found
            .iter()
            .map(|layer| convert::layer(text, &index, layer))
            .collect::<Vec<_>>(),
    )
}

/// The edit that writes `values` as layer `layer`'s values (a block scalar indented like the
/// pack), or `null` when there is no such layer with values.
#[wasm_bindgen(js_name = setLayerValues, unchecked_return_type = "TextEdit | null")]
pub fn set_layer_values(
    text: &str,
    layer: usize,
    values: &str,
    #[wasm_bindgen(unchecked_param_type = "CheckOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let prepared = prepare(options)?;
    let found = palint_core::ide::layers(text, &prepared.options());
    let Some(current) = found.get(layer).and_then(|l| l.values.as_ref()) else {
        return Ok(JsValue::NULL);
    };
    let edit = palint_core::ide::set_layer_values(current, values);
    let index = LineIndex::new(text);
    to_js(&convert::text_edit(text, &index, &edit))
}

thread_local! {
    static LAST_PANIC: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Keeps the message of a panic: a panic aborts (the module traps), and the page then reads
/// the message with `lastPanic()` to report it instead of a bare "unreachable".
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        LAST_PANIC.with(|last| *last.borrow_mut() = info.to_string());
    }));
}

/// The message of the last panic, or an empty string.
#[wasm_bindgen(js_name = lastPanic)]
pub fn last_panic() -> String {
    LAST_PANIC.with(|last| last.borrow().clone())
}

/// The crate version, to show in the page.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// The TypeScript declarations of the bindings' types, as they appear in the `.d.ts`.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod typescript {
    use super::convert::*;
    use super::CheckOptions;
    use tsify::Tsify;

    fn declarations() -> Vec<&'static str> {
        vec![
            <Severity as Tsify>::DECL,
            <TextEdit as Tsify>::DECL,
            <Fix as Tsify>::DECL,
            <Diagnostic as Tsify>::DECL,
            <CompletionKind as Tsify>::DECL,
            <CompletionItem as Tsify>::DECL,
            <HoverInfo as Tsify>::DECL,
            <DocumentInfo as Tsify>::DECL,
            <RuleSource as Tsify>::DECL,
            <RuleInfo as Tsify>::DECL,
            <KindEntry as Tsify>::DECL,
            <LayerValues as Tsify>::DECL,
            <Layer as Tsify>::DECL,
            <CheckOptions as Tsify>::DECL,
        ]
    }

    /// The editor's module (without the language server's options, which add to `CheckOptions`).
    #[cfg(not(feature = "language-server"))]
    #[test]
    fn declarations_snapshot() {
        insta::assert_snapshot!(declarations().join("\n\n"));
    }

    /// Every type a function names in `unchecked_return_type`/`unchecked_param_type` is
    /// declared (or built into TypeScript).
    #[test]
    fn functions_name_declared_types() {
        let declared: Vec<&str> = declarations()
            .iter()
            .filter_map(|d| {
                let rest = d.split("export ").nth(1)?;
                let rest = rest
                    .strip_prefix("interface ")
                    .or(rest.strip_prefix("type "))?;
                rest.split([' ', '<']).next()
            })
            .collect();
        let source = include_str!("lib.rs");
        let mut named = Vec::new();
        for marker in ["unchecked_return_type = \"", "unchecked_param_type = \""] {
            for part in source.split(marker).skip(1) {
                let ty = part.split('"').next().unwrap();
                named.extend(
                    ty.split(|c: char| !c.is_ascii_alphanumeric())
                        .filter(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
                        .map(str::to_owned),
                );
            }
        }
        assert!(named.len() > 5, "{named:?}");
        for name in named {
            assert!(
                declared.contains(&name.as_str()),
                "`{name}` is not declared"
            );
        }
    }
}
