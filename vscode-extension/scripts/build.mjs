// Bundles the extension (dist/extension.js, CommonJS for VS Code) or, with --tests, the unit
// tests (out-test/*.test.js for `node --test`).
import * as esbuild from "esbuild";
import { readdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
if (process.argv.includes("--tests")) {
  rmSync(join(root, "out-test"), { recursive: true, force: true });
  const tests = readdirSync(join(root, "test")).filter((f) => f.endsWith(".test.ts")).map((f) => join(root, "test", f));
  await esbuild.build({ entryPoints: tests, outdir: join(root, "out-test"), bundle: true, platform: "node", format: "esm", target: "node20", logLevel: "warning" });
} else {
  await esbuild.build({
    entryPoints: [join(root, "src", "extension.ts")],
    outfile: join(root, "dist", "extension.js"),
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    external: ["vscode"],
    minify: true,
    sourcemap: false,
    logLevel: "warning",
  });
}
