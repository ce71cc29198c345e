// The end-to-end tests in code-server with the web-only .vsix (no desktop entry, no native
// binary): VS Code runs the web extension in its web worker extension host, in the browser, with
// the WASM server in a web worker, as vscode.dev would. Only documents' own text is used there
// (no `.palint.yaml` or Terraform module from disk); the tests' files need nothing else.
import { codeServerSuite } from "./code-server-suite.mjs";

codeServerSuite("web");
