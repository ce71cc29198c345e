// The desktop extension: runs the native `palint lsp` where there is a binary for this platform
// (bundled, `palint.server.path` or on PATH), else the same server on palint's WASM core in a
// Node child process; `palint.server.kind` can pick either.

import * as fs from "node:fs";
import * as vscode from "vscode";
import { LanguageClient, ServerOptions, TransportKind } from "vscode-languageclient/node";
import { activateWith, deactivateClient, type Launcher } from "./client";
import { chooseServer } from "./server-kind";
import { findServer } from "./server-path";

const desktopLauncher: Launcher = async (context, output) => {
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
    return undefined;
  }
  let serverOptions: ServerOptions;
  let label: string;
  if (plan.kind === "native") {
    output.appendLine(`Starting ${plan.server.command} lsp (${plan.server.source})`);
    serverOptions = { command: plan.server.command, args: ["lsp"] };
    label = `native server (${plan.server.source})`;
  } else {
    output.appendLine(`Starting the WASM language server: ${plan.reason}`);
    serverOptions = { module: context.asAbsolutePath("dist/wasm-server.js"), transport: TransportKind.ipc };
    label = "WASM server";
  }
  return { label, create: (options) => new LanguageClient("palint", "palint", serverOptions, options) };
};

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  await activateWith(context, desktopLauncher);
}

export async function deactivate(): Promise<void> {
  await deactivateClient();
}
