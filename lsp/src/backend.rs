//! The `LanguageServer` implementation: request in, core call, response out.

use palint_core::ide::{complete, disable_fix, hover, outline};
use palint_core::{Options, PositionEncoding};
use serde_json::Value;
use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use tokio::sync::mpsc::UnboundedSender;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};

use crate::convert;
use crate::custom;
use crate::documents::Document;
use crate::prepared::{self, PreparedChanges};
use crate::settings::{is_config_file, is_terraform_file, uri_of, ServerSettings};
use crate::wire::{self, DiagnosticJson};

#[derive(Default)]
struct State {
    documents: HashMap<Uri, Document>,
    encoding: Option<PositionEncoding>,
    settings: ServerSettings,
    root: Option<PathBuf>,
    /// Config files that are not open but whose problems were published, with the loaded
    /// file they came from (so the same problems are not sent again on every open).
    published_configs: HashMap<Uri, Arc<palint_core::ConfigFile>>,
    /// The client asks for diagnostics (`textDocument/diagnostic`) instead of receiving them.
    pull_diagnostics: bool,
    snippets: bool,
    /// The client answers `workspace/configuration`.
    configuration_requests: bool,
    watch_registration: bool,
    client_settings: Option<Value>,
}

impl State {
    fn encoding(&self) -> PositionEncoding {
        self.encoding.unwrap_or(PositionEncoding::Utf16)
    }
}

/// Diagnostics of one check as LSP values, or the message of a panic it hit.
type LspDiagnostics = std::result::Result<Vec<tower_lsp_server::ls_types::Diagnostic>, String>;

pub struct Backend {
    client: Client,
    state: RwLock<State>,
    /// Set by `shutdown`: the exit status is 0 only after it.
    shutdown: Arc<AtomicBool>,
    /// Held from checking a document to sending its diagnostics, so that what is sent for a
    /// document never goes back to an older version.
    publishing: tokio::sync::Mutex<()>,
    /// Frames for stdout: `publishDiagnostics` goes there directly (see `wire`), every
    /// one of them, so they keep the order they were sent in.
    published: UnboundedSender<Vec<u8>>,
    /// Changes the framing guard has read (see `prepared`).
    prepared: PreparedChanges,
}

/// Runs core work; a panic becomes a logged error instead of a dead server.
fn guarded<T>(what: &str, work: impl FnOnce() -> T) -> std::result::Result<T, String> {
    catch_unwind(AssertUnwindSafe(work)).map_err(|panic| {
        let detail = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        format!("palint: internal error during {what}: {detail}")
    })
}

impl Backend {
    pub fn new(
        client: Client,
        shutdown: Arc<AtomicBool>,
        published: UnboundedSender<Vec<u8>>,
        prepared: PreparedChanges,
    ) -> Backend {
        Backend {
            client,
            state: RwLock::new(State::default()),
            shutdown,
            publishing: tokio::sync::Mutex::new(()),
            published,
            prepared,
        }
    }

    /// A `didChange` that the framing guard read, in its turn among the other messages.
    pub async fn prepared_change(&self, params: prepared::Handle) {
        if let Some(change) = self.prepared.take(params.handle) {
            LanguageServer::did_change(self, change).await;
        }
    }

    fn send(&self, frame: Vec<u8>) {
        // Fails only when stdout's writer has stopped: the client is gone.
        let _ = self.published.send(frame);
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, State> {
        self.state
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, State> {
        self.state
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// An open document's diagnostics as LSP values, with its version; `None` if not open.
    fn diagnostics_for(&self, uri: &Uri) -> Option<(LspDiagnostics, i32)> {
        self.with_document(uri, |doc, options, encoding| {
            let found = guarded("checking", || doc.check(options));
            if found.is_err() {
                doc.forget_check();
            }
            let found = found.map(|found| {
                found
                    .iter()
                    .map(|d| convert::diagnostic(doc, d, encoding))
                    .collect()
            });
            (found, doc.version)
        })
    }

    /// Checks an open document and publishes its diagnostics. `changed_to`: the version a
    /// `didChange` just made; when a newer change has arrived since, this check is skipped (the
    /// newer change publishes), so a burst of typing checks only the last version it can.
    async fn publish(&self, uri: Uri, changed_to: Option<i32>) {
        if self.read().pull_diagnostics {
            return;
        }
        // Let changes already received be applied first.
        tokio::task::yield_now().await;
        let _turn = self.publishing.lock().await;
        let current = |state: &State| state.documents.get(&uri).map(|d| (d.version, d.published));
        let Some((version, published)) = current(&self.read()) else {
            return;
        };
        let stale = changed_to.is_some_and(|v| v != version);
        if stale || published.is_some_and(|p| p > version) {
            return;
        }
        let checked = self.with_document(&uri, |doc, options, encoding| {
            let frame = guarded("checking", || {
                let found = doc.check(options);
                let mut cache = doc.wire.lock().unwrap_or_else(|p| p.into_inner());
                wire::publish_frame(&uri, doc, &found, Some(doc.version), encoding, &mut cache)
            });
            if frame.is_err() {
                doc.forget_check();
            }
            (frame, doc.version)
        });
        let Some((frame, version)) = checked else {
            return;
        };
        if let Some(doc) = self.write().documents.get_mut(&uri) {
            doc.published = Some(version);
        }
        let frame = match self.logged(Some(frame)).await {
            Some(frame) => frame,
            None => wire::clear_frame(&uri, Some(version)),
        };
        self.send(frame);
    }

    async fn republish_all(&self) {
        if self.read().pull_diagnostics {
            let _ = self.client.workspace_diagnostic_refresh().await;
            return;
        }
        let uris: Vec<Uri> = self.read().documents.keys().cloned().collect();
        for uri in uris {
            self.publish(uri, None).await;
        }
    }

    /// Re-reads the client's `palint` settings and every `.palint.yaml`, and reports problems
    /// in config files that are not open (an open one is checked like any document).
    async fn reload_settings(&self) {
        if self.read().configuration_requests {
            let item = ConfigurationItem {
                scope_uri: None,
                section: Some("palint".to_owned()),
            };
            if let Ok(mut values) = self.client.configuration(vec![item]).await {
                let value = values.pop().filter(|v| !v.is_null());
                self.write().client_settings = value;
            }
        }
        let problems = {
            let state = &mut *self.write();
            state
                .settings
                .reload(state.client_settings.as_ref(), state.root.as_deref())
        };
        for problem in problems {
            self.client
                .log_message(MessageType::WARNING, format!("palint settings: {problem}"))
                .await;
        }
        self.publish_config_problems().await;
    }

    /// Publishes the problems of config files in use that are not open (push clients only).
    async fn publish_config_problems(&self) {
        let (reports, cleared) = {
            let state = &mut *self.write();
            if state.pull_diagnostics {
                return;
            }
            let encoding = state.encoding();
            let mut reports = Vec::new();
            let mut now = HashMap::new();
            for file in state.settings.config_files() {
                let Some(uri) = uri_of(&file.path) else {
                    continue;
                };
                if state.documents.contains_key(&uri) || file.diagnostics.is_empty() {
                    continue;
                }
                now.insert(uri.clone(), file.clone());
                let unchanged = state
                    .published_configs
                    .get(&uri)
                    .is_some_and(|sent| Arc::ptr_eq(sent, &file));
                if unchanged {
                    continue;
                }
                let doc = Document::new(file.text.clone(), 0);
                let mut cache = DiagnosticJson::default();
                let frame =
                    wire::publish_frame(&uri, &doc, &file.diagnostics, None, encoding, &mut cache);
                reports.push(frame);
            }
            let cleared: Vec<Uri> = state
                .published_configs
                .keys()
                .filter(|uri| !now.contains_key(*uri))
                .cloned()
                .collect();
            state.published_configs = now;
            (reports, cleared)
        };
        for uri in cleared {
            self.send(wire::clear_frame(&uri, None));
        }
        for frame in reports {
            self.send(frame);
        }
    }

    /// The value of a guarded core call; a caught panic is logged and becomes `None`.
    async fn logged<T>(&self, result: Option<std::result::Result<T, String>>) -> Option<T> {
        match result? {
            Ok(value) => Some(value),
            Err(message) => {
                self.client.log_message(MessageType::ERROR, message).await;
                None
            }
        }
    }

    /// `palint/documentInfo`: the kind of each document of an open file.
    pub async fn document_info(
        &self,
        params: custom::DocumentInfoParams,
    ) -> Result<custom::DocumentInfo> {
        let info = self.with_document(&params.uri, custom::document_info);
        Ok(info.unwrap_or_default())
    }

    /// `palint/explainRule`: a rule's documentation, `null` for an unknown code.
    pub async fn explain_rule(
        &self,
        params: custom::ExplainParams,
    ) -> Result<Option<custom::RuleExplanation>> {
        Ok(custom::explain_rule(&params.code))
    }

    fn with_document<T>(
        &self,
        uri: &Uri,
        work: impl FnOnce(&Document, &Options, PositionEncoding) -> T,
    ) -> Option<T> {
        let state = self.read();
        let doc = state.documents.get(uri)?;
        Some(work(doc, &state.settings.options(uri), state.encoding()))
    }
}

fn negotiate_encoding(params: &InitializeParams) -> PositionEncoding {
    let offered = params
        .capabilities
        .general
        .as_ref()
        .and_then(|g| g.position_encodings.as_ref());
    match offered {
        Some(kinds) if kinds.contains(&PositionEncodingKind::UTF8) => PositionEncoding::Utf8,
        _ => PositionEncoding::Utf16,
    }
}

fn workspace_root(params: &InitializeParams) -> Option<PathBuf> {
    if let Some(folder) = params.workspace_folders.as_ref().and_then(|f| f.first()) {
        return folder.uri.to_file_path().map(|p| p.into_owned());
    }
    #[allow(deprecated)] // older clients send only rootUri
    params
        .root_uri
        .as_ref()
        .and_then(|u| u.to_file_path())
        .map(|p| p.into_owned())
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        if let Some(pid) = params.process_id {
            crate::parent::watch(pid);
        }
        let encoding = negotiate_encoding(&params);
        let capabilities = &params.capabilities;
        let text = capabilities.text_document.as_ref();
        let pull = text.and_then(|t| t.diagnostic.as_ref()).is_some();
        let snippets = text
            .and_then(|t| t.completion.as_ref())
            .and_then(|c| c.completion_item.as_ref())
            .and_then(|i| i.snippet_support)
            .unwrap_or(false);
        let workspace = capabilities.workspace.as_ref();
        {
            let mut state = self.write();
            state.encoding = Some(encoding);
            state.pull_diagnostics = pull;
            state.snippets = snippets;
            state.configuration_requests = workspace.and_then(|w| w.configuration).unwrap_or(false);
            state.watch_registration = workspace
                .and_then(|w| w.did_change_watched_files.as_ref())
                .and_then(|w| w.dynamic_registration)
                .unwrap_or(false);
            state.root = workspace_root(&params);
            state.client_settings = params
                .initialization_options
                .as_ref()
                .and_then(|o| o.get("palint").or(Some(o)))
                .cloned();
            let state = &mut *state;
            let problems = state
                .settings
                .reload(state.client_settings.as_ref(), state.root.as_deref());
            for problem in problems {
                eprintln!("palint settings: {problem}");
            }
        }
        let encoding_kind = match encoding {
            PositionEncoding::Utf8 => PositionEncodingKind::UTF8,
            PositionEncoding::Utf16 => PositionEncodingKind::UTF16,
        };
        Ok(InitializeResult {
            server_info: Some(ServerInfo {
                name: "palint".to_owned(),
                version: Some(env!("CARGO_PKG_VERSION").to_owned()),
            }),
            capabilities: ServerCapabilities {
                position_encoding: Some(encoding_kind),
                text_document_sync: Some(TextDocumentSyncCapability::Options(
                    TextDocumentSyncOptions {
                        open_close: Some(true),
                        change: Some(TextDocumentSyncKind::INCREMENTAL),
                        save: Some(TextDocumentSyncSaveOptions::Supported(true)),
                        ..Default::default()
                    },
                )),
                completion_provider: Some(CompletionOptions {
                    trigger_characters: Some(vec![
                        ":".to_owned(),
                        " ".to_owned(),
                        "{".to_owned(),
                        ",".to_owned(),
                    ]),
                    ..Default::default()
                }),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                code_action_provider: Some(CodeActionProviderCapability::Options(
                    CodeActionOptions {
                        code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
                        ..Default::default()
                    },
                )),
                document_symbol_provider: Some(OneOf::Left(true)),
                diagnostic_provider: pull.then(|| {
                    DiagnosticServerCapabilities::Options(DiagnosticOptions {
                        identifier: Some("palint".to_owned()),
                        inter_file_dependencies: false,
                        workspace_diagnostics: false,
                        work_done_progress_options: Default::default(),
                    })
                }),
                ..ServerCapabilities::default()
            },
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        if self.read().configuration_requests {
            self.reload_settings().await;
        }
        if self.read().watch_registration {
            let options = DidChangeWatchedFilesRegistrationOptions {
                // Config files, and the Terraform files that shape how their neighbours
                // are checked (module variables and profiles, `file()` values).
                watchers: ["**/.palint.yaml", "**/*.tf", "**/*.tfvars"]
                    .into_iter()
                    .map(|glob| FileSystemWatcher {
                        glob_pattern: GlobPattern::String(glob.to_owned()),
                        kind: None,
                    })
                    .collect(),
            };
            let registration = Registration {
                id: "palint-config-watcher".to_owned(),
                method: "workspace/didChangeWatchedFiles".to_owned(),
                register_options: serde_json::to_value(options).ok(),
            };
            let _ = self.client.register_capability(vec![registration]).await;
        }
    }

    async fn shutdown(&self) -> Result<()> {
        self.shutdown.store(true, Ordering::SeqCst);
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let item = params.text_document;
        {
            let mut state = self.write();
            state.settings.open(&item.uri);
            state.published_configs.remove(&item.uri);
            state
                .documents
                .insert(item.uri.clone(), Document::new(item.text, item.version));
        }
        self.publish(item.uri, None).await;
        // Opening a file may have read a config file for the first time.
        self.publish_config_problems().await;
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri;
        {
            let mut state = self.write();
            let encoding = state.encoding();
            let Some(doc) = state.documents.get_mut(&uri) else {
                return;
            };
            doc.apply(
                params.content_changes,
                params.text_document.version,
                encoding,
            );
        }
        self.publish(uri, Some(params.text_document.version)).await;
    }

    async fn did_save(&self, params: DidSaveTextDocumentParams) {
        let uri = &params.text_document.uri;
        if is_config_file(uri) {
            self.reload_settings().await;
            self.republish_all().await;
        } else if is_terraform_file(uri) {
            // Its variables, profiles and `file()` values shape how other files are checked.
            self.write().settings.reread_surroundings();
            self.republish_all().await;
        }
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        let pull = {
            let mut state = self.write();
            state.documents.remove(&uri);
            state.settings.close(&uri);
            state.pull_diagnostics
        };
        if !pull {
            self.send(wire::clear_frame(&uri, None));
            self.publish_config_problems().await;
        }
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        if !self.read().configuration_requests {
            let settings = params
                .settings
                .get("palint")
                .cloned()
                .unwrap_or(params.settings);
            self.write().client_settings = (!settings.is_null()).then_some(settings);
        }
        self.reload_settings().await;
        self.republish_all().await;
    }

    async fn did_change_watched_files(&self, _: DidChangeWatchedFilesParams) {
        self.reload_settings().await;
        self.republish_all().await;
    }

    async fn diagnostic(
        &self,
        params: DocumentDiagnosticParams,
    ) -> Result<DocumentDiagnosticReportResult> {
        let uri = params.text_document.uri;
        let result = self.diagnostics_for(&uri).map(|(result, _)| result);
        let items = self.logged(result).await.unwrap_or_default();
        Ok(DocumentDiagnosticReportResult::Report(
            DocumentDiagnosticReport::Full(RelatedFullDocumentDiagnosticReport {
                related_documents: None,
                full_document_diagnostic_report: FullDocumentDiagnosticReport {
                    result_id: None,
                    items,
                },
            }),
        ))
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        let position = params.text_document_position;
        let snippets = self.read().snippets;
        let result = self.with_document(&position.text_document.uri, |doc, options, encoding| {
            let offset = doc.offset(position.position, encoding);
            guarded("completion", || complete(&doc.text, offset, options)).map(|items| {
                items
                    .into_iter()
                    .map(|item| convert::completion(doc, item, encoding, snippets))
                    .collect::<Vec<_>>()
            })
        });
        let items = self.logged(result).await.filter(|items| !items.is_empty());
        Ok(items.map(CompletionResponse::Array))
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let position = params.text_document_position_params;
        let result = self.with_document(&position.text_document.uri, |doc, options, encoding| {
            let offset = doc.offset(position.position, encoding);
            guarded("hover", || hover(&doc.text, offset, options)).map(|found| {
                found.map(|h| Hover {
                    contents: HoverContents::Markup(MarkupContent {
                        kind: MarkupKind::Markdown,
                        value: h.contents,
                    }),
                    range: Some(doc.range(&h.range, encoding)),
                })
            })
        });
        Ok(self.logged(result).await.flatten())
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let uri = params.text_document.uri;
        let result = self.with_document(&uri, |doc, options, encoding| {
            let start = doc.offset(params.range.start, encoding);
            let end = doc.offset(params.range.end, encoding);
            guarded("code actions", || doc.check(options)).map(|found| {
                let mut actions = Vec::new();
                for d in found
                    .iter()
                    .filter(|d| d.range.start <= end && start <= d.range.end)
                {
                    let lsp_diagnostic = convert::diagnostic(doc, d, encoding);
                    for fix in &d.fixes {
                        actions.push(CodeActionOrCommand::CodeAction(convert::code_action(
                            &uri,
                            doc,
                            fix,
                            lsp_diagnostic.clone(),
                            encoding,
                        )));
                    }
                    let disable = disable_fix(&doc.text, d);
                    actions.push(CodeActionOrCommand::CodeAction(convert::code_action(
                        &uri,
                        doc,
                        &disable,
                        lsp_diagnostic,
                        encoding,
                    )));
                }
                actions
            })
        });
        Ok(self
            .logged(result)
            .await
            .filter(|actions| !actions.is_empty()))
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let result = self.with_document(&params.text_document.uri, |doc, options, encoding| {
            guarded("outline", || outline(&doc.text, options)).map(|symbols| {
                symbols
                    .into_iter()
                    .map(|s| convert::symbol(doc, s, encoding))
                    .collect::<Vec<_>>()
            })
        });
        let symbols = self
            .logged(result)
            .await
            .filter(|symbols| !symbols.is_empty());
        Ok(symbols.map(DocumentSymbolResponse::Nested))
    }
}
