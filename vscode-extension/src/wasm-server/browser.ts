// The WASM language server in a web worker (vscode.dev, github.dev): the extension passes the
// module's URL in the worker's name-less first message. There are no files to read here, so
// `.palint.yaml` and Terraform modules around a document are not used.

import { BrowserMessageReader, BrowserMessageWriter, createConnection } from "vscode-languageserver/browser";
import * as core from "./core";
import { startServer } from "./server";

declare const self: { addEventListener(type: "message", listener: (event: { data: unknown }) => void, options?: { once: boolean }): void };

function pathOf(uri: string): string | undefined {
  return uri.startsWith("file:") ? decodeURIComponent(new URL(uri).pathname) : undefined;
}

// The first message is the module's URL; LSP messages follow.
self.addEventListener(
  "message",
  async (event) => {
    const { wasmUrl } = event.data as { wasmUrl: string };
    await core.initAsync({ module_or_path: wasmUrl });
    const worker = self as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
    startServer(createConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker)), { core, pathOf });
  },
  { once: true },
);
