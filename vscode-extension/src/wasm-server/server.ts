// The language server on palint's WASM core, for platforms without a native `palint` binary
// (and vscode.dev). It speaks the same LSP as `palint lsp`: push diagnostics, completion,
// hover, quick fixes, the outline and palint's own requests. An adapter only: it keeps the
// documents, reads the files around them through the host, converts positions, and asks the
// core for everything else.

import {
  CodeAction,
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type Diagnostic,
  type DocumentSymbol,
  type InitializeParams,
  type InitializeResult,
  type Range,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import type * as Core from "./core";
import * as around from "./files";
import { stripSnippet } from "./snippets";

export interface Host {
  /** The palint core, initialised. */
  core: typeof Core;
  /** File access, when the host has files (Node); undefined in a browser. */
  files?: around.FileAccess;
  /** A `file:` URI as an absolute path with `/` separators, or undefined for other schemes. */
  pathOf(uri: string): string | undefined;
  /** Runs `work` after the messages already queued (Node: `setImmediate`; a worker: a zero timeout), as the LSP library schedules its own. */
  defer(work: () => void): void;
  /** The `file:` URI of a path (hosts with files). */
  uriOf?(path: string): string;
}

interface ClientSettings {
  rules?: Record<string, string>;
  kinds?: Record<string, string>;
}

/** What is read from disk for one open document, until a watched file changes. */
interface Surroundings {
  config?: around.ConfigFound;
  terraformModule?: Record<string, string>;
  valuesKind?: string;
}

const SEVERITIES: Record<Core.Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const SYMBOL_KINDS: Record<Core.OutlineKind, SymbolKind> = {
  document: SymbolKind.File,
  object: SymbolKind.Object,
  array: SymbolKind.Array,
  string: SymbolKind.String,
  number: SymbolKind.Number,
  boolean: SymbolKind.Boolean,
  null: SymbolKind.Null,
};

export function startServer(connection: Connection, host: Host): void {
  const { core } = host;
  const documents = new TextDocuments(TextDocument);
  const surroundings = new Map<string, Surroundings>();
  const scheduled = new Set<string>();
  /** Each open document's checker, which re-checks only what an edit changed. */
  const checkers = new Map<string, Core.DocumentChecker>();
  /** Config files read since the settings were last reloaded, by path (as the core's resolver keeps them). */
  const configsRead = new Map<string, around.ConfigFound>();
  /** Problems published for config files that are not open: URI → what was sent. */
  let publishedConfigs = new Map<string, string>();
  /** A config file was read or reloaded, or a document opened or closed, since they were published. */
  let configsChanged = false;
  const links = new Map(core.rules().map((rule) => [rule.code, rule.sources[0]?.url ?? undefined]));
  let settings: ClientSettings = {};
  let root: string | undefined;
  let snippets = false;
  let configurationRequests = false;
  let watchRegistration = false;

  /** A core call; a panic in the core is logged (with its message) instead of ending the server. */
  function guarded<T>(what: string, work: () => T, fallback: T): T {
    try {
      return work();
    } catch (error) {
      const detail = core.lastPanic() || (error instanceof Error ? error.message : String(error));
      connection.console.error(`palint: ${what} failed: ${detail}`);
      return fallback;
    }
  }

  function surroundingsOf(uri: string): Surroundings {
    const known = surroundings.get(uri);
    if (known) return known;
    const path = host.pathOf(uri);
    const files = host.files;
    const found: Surroundings = {};
    if (path !== undefined && files) {
      const folder = around.parent(path) ?? "/";
      found.config = around.nearestConfig(folder, files);
      if (found.config && !configsRead.has(found.config.path)) {
        configsRead.set(found.config.path, found.config);
        configsChanged = true;
      }
      if (path.endsWith(".tf")) {
        found.terraformModule = around.terraformModule(folder, files);
      } else if (/\.ya?ml$/.test(path)) {
        found.valuesKind = around.valuesKindOf(path, root, files, (text) => guarded("reading values files", () => core.valuesFiles(text), []));
      }
    }
    surroundings.set(uri, found);
    return found;
  }

  function options(uri: string): Core.CheckOptions {
    const path = host.pathOf(uri);
    const found = surroundingsOf(uri);
    return {
      path: path ?? uri,
      settings,
      workspace: root,
      config: found.config?.text,
      configPath: found.config?.path,
      terraformModule: found.terraformModule,
      kind: found.valuesKind,
    };
  }

  function diagnostic(d: Core.Diagnostic): Diagnostic {
    const href = links.get(d.code);
    return {
      range: { start: { line: d.line, character: d.character }, end: { line: d.endLine, character: d.endCharacter } },
      severity: SEVERITIES[d.severity],
      code: d.code,
      ...(href ? { codeDescription: { href } } : {}),
      source: "palint",
      message: d.message,
    };
  }

  function range(doc: TextDocument, from: number, to: number): Range {
    return { start: doc.positionAt(from), end: doc.positionAt(to) };
  }

  /** A call on a document's checker; after a panic its state is not to be trusted, so it goes. */
  function withChecker<T>(uri: string, what: string, work: (checker: Core.DocumentChecker) => T): T | undefined {
    let checker = checkers.get(uri);
    if (!checker) {
      checker = new core.DocumentChecker();
      checkers.set(uri, checker);
    }
    const used = checker;
    const result = guarded(what, () => work(used), undefined);
    if (result === undefined) checkers.delete(uri);
    return result;
  }

  /**
   * Checks a document once the changes already received are applied, so a burst of typing
   * checks only the newest text. The LSP library handles one message per turn of the event loop
   * (`host.defer`); a check waits turns until a turn brings no new version of the document.
   */
  function schedulePublish(uri: string): void {
    if (scheduled.has(uri)) return;
    scheduled.add(uri);
    let seen: number | undefined;
    const run = () => {
      const doc = documents.get(uri);
      if (!doc) {
        scheduled.delete(uri);
        return;
      }
      if (doc.version !== seen) {
        seen = doc.version;
        host.defer(run);
        return;
      }
      scheduled.delete(uri);
      const found = withChecker(uri, "checking", (checker) => checker.check(doc.getText(), options(uri)));
      void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: (found ?? []).map(diagnostic) });
      // Opening a file may have read a config file for the first time.
      publishConfigProblems();
    };
    host.defer(run);
  }

  /**
   * Publishes the problems of the config files in use that are not open (an open one is checked
   * like any document), and clears those no longer reported, as the native server does.
   */
  function publishConfigProblems(): void {
    const uriOf = host.uriOf;
    if (!uriOf || !configsChanged) return;
    configsChanged = false;
    const now = new Map<string, Diagnostic[]>();
    for (const config of configsRead.values()) {
      const uri = uriOf(config.path);
      if (documents.get(uri)) continue;
      const found = guarded("checking a config file", () => core.check(config.text, { path: config.path }), []);
      if (found.length > 0) now.set(uri, found.map(diagnostic));
    }
    for (const uri of publishedConfigs.keys()) {
      if (!now.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    const sent = new Map<string, string>();
    for (const [uri, diagnostics] of now) {
      const key = JSON.stringify(diagnostics);
      if (publishedConfigs.get(uri) !== key) void connection.sendDiagnostics({ uri, diagnostics });
      sent.set(uri, key);
    }
    publishedConfigs = sent;
  }

  function republishAll(): void {
    surroundings.clear();
    configsRead.clear();
    configsChanged = true;
    for (const doc of documents.all()) schedulePublish(doc.uri);
    if (documents.all().length === 0) publishConfigProblems();
  }

  async function reloadSettings(): Promise<void> {
    if (configurationRequests) {
      const [value] = await connection.workspace.getConfiguration([{ section: "palint" }]);
      settings = value ?? {};
    }
    republishAll();
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    root = folder ? host.pathOf(folder) : undefined;
    const text = params.capabilities.textDocument;
    snippets = text?.completion?.completionItem?.snippetSupport ?? false;
    configurationRequests = params.capabilities.workspace?.configuration ?? false;
    watchRegistration = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration ?? false;
    const initial = params.initializationOptions as { palint?: ClientSettings } | ClientSettings | undefined;
    settings = (initial && "palint" in initial ? initial.palint : (initial as ClientSettings | undefined)) ?? {};
    return {
      serverInfo: { name: "palint (WASM)", version: core.version() },
      capabilities: {
        positionEncoding: "utf-16",
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: true },
        completionProvider: { triggerCharacters: [":", " ", "{", ","] },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        documentSymbolProvider: true,
      },
    };
  });

  connection.onInitialized(async () => {
    if (configurationRequests) await reloadSettings();
    if (watchRegistration) {
      // Config files, and the Terraform files that shape how their neighbours are checked.
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: ["**/.palint.yaml", "**/*.tf", "**/*.tfvars"].map((globPattern) => ({ globPattern })),
      });
    }
  });

  connection.onDidChangeConfiguration(async (params) => {
    if (!configurationRequests) {
      const value = params.settings as { palint?: ClientSettings } | undefined;
      settings = value?.palint ?? {};
    }
    await reloadSettings();
  });

  connection.onDidChangeWatchedFiles(() => republishAll());

  documents.onDidOpen(({ document }) => {
    configsChanged = true; // an open config file is checked as a document, not published here
    schedulePublish(document.uri);
  });
  documents.onDidChangeContent(({ document }) => schedulePublish(document.uri));
  documents.onDidSave(({ document }) => {
    if (/(^|\/)\.palint\.yaml$|\.tf$|\.tfvars$/.test(document.uri)) republishAll();
  });
  documents.onDidClose(({ document }) => {
    surroundings.delete(document.uri);
    checkers.get(document.uri)?.free();
    checkers.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    configsChanged = true;
    publishConfigProblems();
  });

  connection.onCompletion(({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return null;
    const items = guarded("completion", () => core.complete(doc.getText(), doc.offsetAt(position), options(doc.uri)), []);
    if (items.length === 0) return null;
    return items.map((item) => {
      const snippet = item.snippet && snippets;
      return {
        label: item.label,
        kind: item.kind === "key" ? CompletionItemKind.Property : CompletionItemKind.EnumMember,
        detail: item.detail,
        documentation: item.documentation ? { kind: MarkupKind.Markdown, value: item.documentation } : undefined,
        insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        textEdit: { range: range(doc, item.from, item.to), newText: snippet ? item.insertText : stripSnippet(item.insertText) },
      };
    });
  });

  connection.onHover(({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return null;
    const found = guarded("hover", () => core.hover(doc.getText(), doc.offsetAt(position), options(doc.uri)), null);
    if (!found) return null;
    return { contents: { kind: MarkupKind.Markdown, value: found.contents }, range: range(doc, found.from, found.to) };
  });

  connection.onCodeAction(({ textDocument, range: asked }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return null;
    const from = doc.offsetAt(asked.start);
    const to = doc.offsetAt(asked.end);
    // From the document's checker: asked on every cursor move, usually for the text just checked.
    const actions = withChecker(doc.uri, "code actions", (checker) => checker.codeActions(doc.getText(), from, to, options(doc.uri))) ?? [];
    if (actions.length === 0) return null;
    return actions.map(({ diagnostic: d, fix }): CodeAction => ({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic(d)],
      edit: { changes: { [doc.uri]: fix.edits.map((e) => ({ range: range(doc, e.from, e.to), newText: e.insert })) } },
      isPreferred: fix.preferred,
    }));
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return null;
    const toSymbol = (s: Core.OutlineSymbol): DocumentSymbol => ({
      name: s.name,
      detail: s.detail,
      kind: SYMBOL_KINDS[s.kind],
      range: range(doc, s.from, s.to),
      selectionRange: range(doc, s.selectionFrom, s.selectionTo),
      children: s.children.length > 0 ? s.children.map(toSymbol) : undefined,
    });
    const symbols = guarded("outline", () => core.outline(doc.getText(), options(doc.uri)), []);
    return symbols.length > 0 ? symbols.map(toSymbol) : null;
  });

  // palint's own requests, with the native server's results.
  connection.onRequest("palint/documentInfo", ({ uri }: { uri: string }) => {
    const doc = documents.get(uri);
    if (!doc) return { documents: [] };
    const infos = guarded("document kinds", () => core.documents(doc.getText(), options(uri)), []);
    return {
      documents: infos.map((info) => ({ kind: info.kind, description: info.description, line: doc.positionAt(info.from).line })),
    };
  });
  connection.onRequest("palint/explainRule", ({ code }: { code: string }) => {
    const rule = core.rules().find((r) => r.code === code);
    if (!rule) return null;
    return {
      code: rule.code,
      severity: rule.severity,
      summary: rule.summary,
      markdown: rule.markdown,
      link: rule.sources[0]?.url ?? null,
      sources: rule.sources,
    };
  });

  documents.listen(connection);
  connection.listen();
}
