// The WASM language server in a web worker (vscode.dev, github.dev): LSP messages come and go as
// worker messages. The module is loaded synchronously (allowed in a worker) from next to this
// script before the connection listens, so no message sent at start-up is missed. There are no
// files to read in a browser: a `.palint.yaml` or Terraform module around a document is not used.

import { BrowserMessageReader, BrowserMessageWriter, createConnection } from "vscode-languageserver/browser";
import * as core from "./core";
import { startServer } from "./server";

declare const self: { location: { href: string } };

function loadModule(): ArrayBuffer {
  const request = new XMLHttpRequest();
  request.open("GET", new URL("palint_wasm_bg.wasm", self.location.href).href, false);
  request.responseType = "arraybuffer";
  request.send();
  if (request.status !== 200 && request.status !== 0) {
    throw new Error(`palint: cannot load its WebAssembly module (HTTP ${request.status})`);
  }
  return request.response as ArrayBuffer;
}

function pathOf(uri: string): string | undefined {
  return uri.startsWith("file:") ? decodeURIComponent(new URL(uri).pathname) : undefined;
}

core.initSync({ module: loadModule() });
const worker = self as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
startServer(createConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker)), { core, pathOf });
