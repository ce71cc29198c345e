// The VS Code side of palint: starts `palint lsp` for YAML and Terraform files and adds commands, settings
// and a status bar item. All checking happens in the server.

import * as fs from "node:fs";
import * as vscode from "vscode";
import { DidChangeConfigurationNotification, LanguageClient, LanguageClientOptions, ServerOptions, State } from "vscode-languageclient/node";
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

function serverSettings() {
  const config = vscode.workspace.getConfiguration("palint");
  const { settings, warnings } = translateSettings(config.get("rules"), config.get("kinds"));
  for (const warning of warnings) output.appendLine(warning);
  return settings;
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const setting = vscode.workspace.getConfiguration("palint").get<string>("server.path");
  const found = findServer(setting, {
    extensionPath: context.extensionPath,
    platform: process.platform,
    pathVariable: process.env.PATH,
    isFile: (file) => {
      try {
        return fs.statSync(file).isFile();
      } catch {
        return false;
      }
    },
  });
  if (!found.ok) {
    output.appendLine(found.message);
    const choice = await vscode.window.showErrorMessage(found.message, "Open Settings");
    if (choice === "Open Settings") {
      await vscode.commands.executeCommand("workbench.action.openSettings", "palint.server.path");
    }
    return;
  }
  output.appendLine(`Starting ${found.server.command} lsp (${found.server.source})`);
  const serverOptions: ServerOptions = { command: found.server.command, args: ["lsp"] };
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
    const message = `palint's language server (${found.server.command}) could not start: ${error instanceof Error ? error.message : error}. Check palint.server.path or reinstall the extension.`;
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
    status.tooltip = tooltip;
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
      if (event.affectsConfiguration("palint.server.path")) {
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
