// The web extension (vscode.dev, github.dev): the WASM language server in a web worker. Browsers
// have no files around a document to read, so `.palint.yaml` and Terraform modules are not used.

import * as vscode from "vscode";
import { LanguageClient } from "vscode-languageclient/browser";
import { activateWith, deactivateClient, type Launcher } from "./client";

/** An extension file's bytes: through VS Code's file systems (code-server serves extensions as
 * `vscode-remote:`), else over HTTP (vscode.dev serves them as `https:`). */
async function readExtensionFile(uri: vscode.Uri): Promise<Uint8Array> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch {
    const response = await fetch(uri.toString(true));
    if (!response.ok) throw new Error(`cannot load ${uri.toString(true)}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}

const webLauncher: Launcher = async (context, output) => {
  const dist = vscode.Uri.joinPath(context.extensionUri, "dist");
  const [script, module] = await Promise.all([
    readExtensionFile(vscode.Uri.joinPath(dist, "wasm-server-browser.js")),
    readExtensionFile(vscode.Uri.joinPath(dist, "palint_wasm_bg.wasm")),
  ]);
  output.appendLine("Starting the WASM language server in a web worker");
  return {
    label: "WASM server (web worker)",
    create: (options) => {
      // From a blob: VS Code does not start workers from a remote extension's own URL.
      const worker = new Worker(URL.createObjectURL(new Blob([new TextDecoder().decode(script)], { type: "text/javascript" })));
      // The module first: the worker compiles it before it reads any LSP message.
      worker.postMessage({ palintModule: module });
      return new LanguageClient("palint", "palint", options, worker);
    },
  };
};

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  await activateWith(context, webLauncher);
}

export async function deactivate(): Promise<void> {
  await deactivateClient();
}
