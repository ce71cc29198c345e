// The shipped WebAssembly module (dist/, after wasm-opt) gives exactly the diagnostics of the
// native CLI (`palint check --format json`) on every file of examples/ and tests/corpus/
// (YAML and Terraform): codes, severities, messages and ranges. Run `npm run build` first; the
// CLI comes from `cargo run -p palint` (built already when the Rust tests ran).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { initSync, check } from "../build/pkg/palint_wasm.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const wasm = join(here, "..", "dist", "palint_wasm_bg.wasm");

function nativeReport() {
  let stdout;
  try {
    stdout = execFileSync(
      "cargo",
      ["run", "--quiet", "-p", "palint", "--", "check", "--format", "json", "examples", "tests/corpus"],
      { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "inherit"] },
    );
  } catch (error) {
    // Exit status 1: problems were found; the report is still on stdout.
    if (error.status !== 1) throw error;
    stdout = error.stdout;
  }
  return JSON.parse(stdout);
}

const comparable = (d) => ({
  code: d.code,
  severity: d.severity,
  message: d.message,
  range: `${d.start.line}:${d.start.character}-${d.end.line}:${d.end.character}`,
});

test("the WebAssembly module reports what the CLI reports on examples/ and tests/corpus/", () => {
  assert.ok(existsSync(wasm), "run `npm run build` first");
  initSync({ module: readFileSync(wasm) });
  const report = nativeReport();
  const files = report.files.filter((f) => !f.error);
  const kinds = new Set(files.map((f) => f.path.split(".").pop()));
  assert.ok(files.length > 250 && kinds.has("tf") && kinds.has("yaml"), `${files.length} files, ${[...kinds]}`);

  let diagnostics = 0;
  for (const file of files) {
    const text = readFileSync(join(root, file.path), "utf8");
    const fromWasm = check(text, { path: file.path }).map((d) =>
      comparable({
        ...d,
        start: { line: d.line, character: d.character },
        end: { line: d.endLine, character: d.endCharacter },
      }),
    );
    const fromCli = file.diagnostics.map((d) => comparable({ ...d, ...d.range }));
    assert.deepEqual(fromWasm, fromCli, file.path);
    diagnostics += fromCli.length;
  }
  assert.ok(diagnostics > 150, `only ${diagnostics} diagnostics compared`);
});
