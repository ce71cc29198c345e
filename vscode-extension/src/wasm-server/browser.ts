// The WASM language server in a web worker (vscode.dev, github.dev, code-server's web extension
// host): LSP messages come and go as worker messages. The extension sends the module's bytes as
// the first message; the module is compiled and the connection listens within that message's
// handler, so every LSP message after it finds a listener. There are no files to read in a
// browser: a `.palint.yaml` or Terraform module around a document is not used.

import { BrowserMessageReader, BrowserMessageWriter, createConnection } from "vscode-languageserver/browser";
import * as core from "./core";
import { startServer } from "./server";

declare const self: {
  addEventListener(type: "message", listener: (event: { data: unknown }) => void, options: { once: true }): void;
};

function pathOf(uri: string): string | undefined {
  return uri.startsWith("file:") ? decodeURIComponent(new URL(uri).pathname) : undefined;
}

self.addEventListener(
  "message",
  ({ data }) => {
    const { palintModule } = data as { palintModule: Uint8Array };
    core.initSync({ module: palintModule });
    const worker = self as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
    startServer(createConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker)), {
      core,
      pathOf,
      defer: (work) => setTimeout(work, 0),
    });
  },
  { once: true },
);
