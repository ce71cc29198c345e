// The WASM language server in Node: VS Code starts it as a child process (IPC), with the
// module next to this bundle. Files around a document are read with Node's fs.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import * as core from "./core";
import { startServer } from "./server";

core.initSync({ module: readFileSync(join(__dirname, "palint_wasm_bg.wasm")) });

/** `file:` URIs as absolute `/`-separated paths (`C:/x` on Windows), others undefined. */
export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri).replace(/\\/g, "/");
  } catch {
    return undefined;
  }
}

startServer(createConnection(ProposedFeatures.all), {
  core,
  pathOf,
  uriOf: (path) => pathToFileURL(path).href,
  defer: (work) => setImmediate(work),
  files: {
    read(path) {
      try {
        return readFileSync(path, "utf8");
      } catch {
        return undefined;
      }
    },
    list(folder) {
      try {
        return readdirSync(folder);
      } catch {
        return [];
      }
    },
  },
});
