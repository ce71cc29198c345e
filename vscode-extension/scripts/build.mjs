// Bundles the extension (dist/extension.js, CommonJS for VS Code) and the WASM language server
// (dist/wasm-server.js for Node, dist/wasm-server-browser.js for a web worker, with the module
// dist/palint_wasm_bg.wasm), or, with --tests, the unit tests (out-test/*.test.js for
// `node --test`). The WASM server's module is palint-wasm with its `language-server` bindings,
// built into build/ (needs wasm/editor's npm packages for wasm-opt).
import * as esbuild from "esbuild";
import { copyFileSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
if (process.argv.includes("--tests")) {
  rmSync(join(root, "out-test"), { recursive: true, force: true });
  const tests = readdirSync(join(root, "test")).filter((f) => f.endsWith(".test.ts")).map((f) => join(root, "test", f));
  await esbuild.build({ entryPoints: tests, outdir: join(root, "out-test"), bundle: true, platform: "node", format: "esm", target: "node20", logLevel: "warning" });
} else {
  const { buildModule } = await import("../../wasm/build-module.mjs");
  const { module } = buildModule({ features: ["language-server"], outDir: join(root, "build") });
  rmSync(join(root, "dist"), { recursive: true, force: true });
  mkdirSync(join(root, "dist"));
  copyFileSync(module, join(root, "dist", "palint_wasm_bg.wasm"));
  const common = { bundle: true, minify: true, sourcemap: false, logLevel: "warning" };
  await esbuild.build({
    ...common,
    entryPoints: [join(root, "src", "wasm-server", "node.ts")],
    outfile: join(root, "dist", "wasm-server.js"),
    platform: "node",
    format: "cjs",
    target: "node20",
  });
  await esbuild.build({
    ...common,
    entryPoints: [join(root, "src", "wasm-server", "browser.ts")],
    outfile: join(root, "dist", "wasm-server-browser.js"),
    platform: "browser",
    format: "iife",
    target: "es2022",
  });
  // The web extension (vscode.dev): CommonJS for VS Code's web worker extension host.
  await esbuild.build({
    ...common,
    entryPoints: [join(root, "src", "web-extension.ts")],
    outfile: join(root, "dist", "web-extension.js"),
    platform: "browser",
    format: "cjs",
    target: "es2022",
    external: ["vscode"],
  });
  await esbuild.build({
    ...common,
    entryPoints: [join(root, "src", "extension.ts")],
    outfile: join(root, "dist", "extension.js"),
    platform: "node",
    format: "cjs",
    target: "node20",
    external: ["vscode"],
  });
}
