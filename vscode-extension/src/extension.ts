// The VS Code side of palint: starts the language server for YAML and Terraform files (the native
// `palint lsp`, or the same server on palint's WASM core where there is no native binary) and adds
// commands, settings and a status bar item. All checking happens in the server.

import * as fs from "node:fs";
import * as vscode from "vscode";
import { DidChangeConfigurationNotification, LanguageClient, LanguageClientOptions, ServerOptions, State, TransportKind } from "vscode-languageclient/node";
import { chooseServer } from "./server-kind";
import { findServer } from "./server-path";
import { statusText, translateSettings } from "./settings";

// YAML files, and Terraform files whether or not a Terraform extension gives them a language
// (palint adds its diagnostics next to HashiCorp's; it does not format or complete HCL syntax).
const CHECKED_DOCUMENTS = [
  { language: "yaml" },
  { language: "terraform" },
  { scheme: "file", pattern: "**/*.tf" },
];

const KIND_LABELS: Record<string, string> = {
  "kubernetes-aks-values": "AKS values",
  "crossplane-aks": "Crossplane Aks",
  "crossplane-azure": "Crossplane Azure",
  "crossplane-profile": "Crossplane Profile",
  "kubernetes-workload": "Kubernetes workload",
  "crossplane-cloudaccount-azure": "Crossplane Azure account",
  "palint-config": "palint settings",
  "capz-managed-control-plane": "CAPZ control plane",
  "capz-managed-machine-pool": "CAPZ machine pool",
  "capz-managed-cluster": "CAPZ cluster",
  "palette-capi-override": "Palette CAPI override",
  "terraform-cluster-aks": "Terraform AKS cluster",
  "terraform-cluster-azure": "Terraform Azure cluster",
  "terraform-cluster-profile": "Terraform profile",
  "terraform-cloudaccount-azure": "Terraform Azure account",
};

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let status: vscode.StatusBarItem;
/** Which server runs, for the status bar's tooltip. */
let serverLabel = "";

function serverSettings() {
  const config = vscode.workspace.getConfiguration("palint");
  const { settings, warnings } = translateSettings(config.get("rules"), config.get("kinds"));
  for (const warning of warnings) output.appendLine(warning);
  return settings;
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const config = vscode.workspace.getConfiguration("palint");
  const found = findServer(config.get<string>("server.path"), {
    extensionPath: context.extensionPath,
    platform: process.platform,
    arch: process.arch,
    pathVariable: process.env.PATH,
    isFile: (file) => {
      try {
        return fs.statSync(file).isFile();
      } catch {
        return false;
      }
    },
  });
  const plan = chooseServer(config.get<string>("server.kind"), found);
  if (plan.kind === "none") {
    output.appendLine(plan.message);
    const choice = await vscode.window.showErrorMessage(plan.message, "Open Settings");
    if (choice === "Open Settings") {
      await vscode.commands.executeCommand("workbench.action.openSettings", "palint.server");
    }
    return;
  }
  let serverOptions: ServerOptions;
  if (plan.kind === "native") {
    output.appendLine(`Starting ${plan.server.command} lsp (${plan.server.source})`);
    serverOptions = { command: plan.server.command, args: ["lsp"] };
    serverLabel = `native server (${plan.server.source})`;
  } else {
    // The same server on the WASM core, in a Node child process (VS Code's own Node).
    const module = context.asAbsolutePath("dist/wasm-server.js");
    output.appendLine(`Starting the WASM language server: ${plan.reason}`);
    serverOptions = { module, transport: TransportKind.ipc };
    serverLabel = "WASM server";
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: CHECKED_DOCUMENTS,
    outputChannel: output,
    initializationOptions: { palint: serverSettings() },
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/.palint.yaml") },
    middleware: {
      workspace: {
        // The server asks for the `palint` section: answer with validated settings.
        configuration: (params, token, next) => {
          if (params.items.some((item) => item.section === "palint")) {
            return params.items.map((item) => (item.section === "palint" ? serverSettings() : null));
          }
          return next(params, token);
        },
      },
    },
  };
  client = new LanguageClient("palint", "palint", serverOptions, clientOptions);
  client.onDidChangeState(({ newState }) => {
    if (newState === State.Stopped) status.text = "$(error) palint: stopped";
  });
  try {
    await client.start();
  } catch (error) {
    const message = `palint's ${serverLabel} could not start: ${error instanceof Error ? error.message : error}. Check palint.server.path and palint.server.kind, or reinstall the extension.`;
    output.appendLine(message);
    client = undefined;
    void vscode.window.showErrorMessage(message, "Show Output").then((choice) => choice && output.show());
    return;
  }
  await updateStatus();
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop().catch(() => undefined);
}

async function updateStatus(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !vscode.languages.match(CHECKED_DOCUMENTS, editor.document) || !client) {
    status.hide();
    return;
  }
  try {
    const info = await client.sendRequest<{ documents: { kind: string | null }[] }>("palint/documentInfo", {
      uri: editor.document.uri.toString(),
    });
    const { text, tooltip } = statusText(info.documents.map((d) => d.kind), KIND_LABELS);
    status.text = text;
    status.tooltip = `${tooltip} (palint ${serverLabel})`;
    status.show();
  } catch {
    status.hide();
  }
}

async function explainRuleUnderCursor(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) return;
  const cursor = editor.selection.active;
  const codes = vscode.languages
    .getDiagnostics(editor.document.uri)
    .filter((d) => d.source === "palint" && d.range.contains(cursor))
    .map((d) => (typeof d.code === "object" ? String(d.code.value) : String(d.code)));
  const unique = [...new Set(codes)];
  const code = unique.length > 1 ? await vscode.window.showQuickPick(unique, { placeHolder: "Which rule?" }) : unique[0];
  if (!code) {
    void vscode.window.showInformationMessage("No palint problem under the cursor.");
    return;
  }
  const explained = await client.sendRequest<{ markdown: string } | null>("palint/explainRule", { code });
  if (!explained) return;
  const doc = await vscode.workspace.openTextDocument({ language: "markdown", content: explained.markdown });
  await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel("palint");
  status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  status.command = "palint.showOutput";
  context.subscriptions.push(
    output,
    status,
    vscode.commands.registerCommand("palint.restartServer", async () => {
      await stop();
      await start(context);
    }),
    vscode.commands.registerCommand("palint.showOutput", () => output.show()),
    vscode.commands.registerCommand("palint.explainRule", explainRuleUnderCursor),
    vscode.window.onDidChangeActiveTextEditor(() => void updateStatus()),
    vscode.languages.onDidChangeDiagnostics(() => void updateStatus()),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration("palint.server.path") || event.affectsConfiguration("palint.server.kind")) {
        await stop();
        await start(context);
      } else if (client && (event.affectsConfiguration("palint.rules") || event.affectsConfiguration("palint.kinds"))) {
        // The server re-reads the `palint` section (answered by the middleware above) and rechecks.
        await client.sendNotification(DidChangeConfigurationNotification.type, { settings: { palint: serverSettings() } });
      }
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await stop();
}
