// The web extension (vscode.dev, github.dev): the WASM language server in a web worker. Browsers
// have no files around a document to read, so `.palint.yaml` and Terraform modules are not used.

import * as vscode from "vscode";
import { LanguageClient } from "vscode-languageclient/browser";
import { activateWith, deactivateClient, type Launcher } from "./client";

const webLauncher: Launcher = async (context, output) => {
  const main = vscode.Uri.joinPath(context.extensionUri, "dist", "wasm-server-browser.js");
  output.appendLine("Starting the WASM language server in a web worker");
  return {
    label: "WASM server (web worker)",
    create: (options) => new LanguageClient("palint", "palint", options, new Worker(main.toString(true))),
  };
};

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  await activateWith(context, webLauncher);
}

export async function deactivate(): Promise<void> {
  await deactivateClient();
}
