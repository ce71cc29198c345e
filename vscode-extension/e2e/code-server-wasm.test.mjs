// The end-to-end tests in code-server with the .vsix that has no native binary (as on a platform
// without one) and no `palint` on PATH: the extension falls back to the WASM server, which must
// give the same Problems, completion, status and settings behaviour.
import { codeServerSuite } from "./code-server-suite.mjs";

codeServerSuite("wasm");
