// The VS Code side of palint, for desktop and web alike: starts a language client for YAML and
// Terraform files and adds commands, settings and a status bar item. Which server runs is the
// launcher's choice (extension.ts on desktop, web-extension.ts in a browser). All checking
// happens in the server.

import * as vscode from "vscode";
import { BaseLanguageClient, DidChangeConfigurationNotification, LanguageClientOptions, State } from "vscode-languageclient";
import { statusText, translateSettings } from "./settings";

/** How to start a server: a client for the options, with a label for messages; undefined when none can run. */
export type Launcher = (
  context: vscode.ExtensionContext,
  output: vscode.OutputChannel,
) => Promise<{ label: string; create: (options: LanguageClientOptions) => BaseLanguageClient } | undefined>;

// YAML files, and Terraform files whether or not a Terraform extension gives them a language
// (palint adds its diagnostics next to HashiCorp's; it does not format or complete HCL syntax).
const CHECKED_DOCUMENTS = [
  { language: "yaml" },
  { language: "terraform" },
  // Any scheme: `file:` on the desktop, `vscode-remote:` or `vscode-vfs:` in a browser.
  { pattern: "**/*.tf" },
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

let client: BaseLanguageClient | undefined;
let launch: Launcher;
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
  const launcher = await launch(context, output);
  if (!launcher) return;
  serverLabel = launcher.label;
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
  client = launcher.create(clientOptions);
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

export async function activateWith(context: vscode.ExtensionContext, launcher: Launcher): Promise<void> {
  launch = launcher;
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

export async function deactivateClient(): Promise<void> {
  await stop();
}
