// The end-to-end tests in code-server with the universal .vsix: the native server runs.
import { codeServerSuite } from "./code-server-suite.mjs";

codeServerSuite("native");
