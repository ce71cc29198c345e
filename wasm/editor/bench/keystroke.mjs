// A keystroke's check in the browser editor: the median time, in the editor's worker in headless
// Chromium, of re-checking a multi-document AKS values file after a one-line edit, with the
// incremental checker the editor uses and with a fresh check, for files of 300 to 30,000 lines
// (the files of bench/lsp/compare.py: one document in four with problems).
// `node bench/keystroke.mjs [--runs 40] [--sizes 300,3000,30000] [--dist path/to/dist]` after
// `npm run build`.
import { parseArgs } from "node:util";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serveInChildProcess } from "./server-process.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "40" },
    sizes: { type: "string", default: "300,3000,30000" },
    dist: { type: "string", default: join(here, "..", "dist") },
  },
});
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage"];
const examples = join(here, "..", "..", "..", "examples");
const valid = readFileSync(join(examples, "valid", "aks-values.yaml"), "utf8");
const invalid = readFileSync(join(examples, "invalid", "aks-values.yaml"), "utf8");

/** About `lines` lines of AKS values documents, one in four with problems (compare.py's file). */
function multiDocument(lines) {
  const parts = [];
  for (let count = 0, i = 0; count < lines; i++) {
    const doc = i % 4 === 3 ? invalid : valid;
    parts.push(`${doc}\n---\n`);
    count += doc.split("\n").length + 1;
  }
  return parts.join("");
}

const server = await serveInChildProcess(values.dist);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: FLAGS });
const page = await browser.newPage();
await page.goto(server.url);
await page.waitForFunction(() => window.palintStats?.editorDiagnosticsMs != null);
console.log("lines | incremental (the editor's), median ms | fresh check, median ms");
for (const size of values.sizes.split(",").map(Number)) {
  const text = multiDocument(size);
  const result = await page.evaluate(
    ({ text, runs }) => window.palintClient.call("benchmarkEdits", { text, runs }),
    { text, runs: Number(values.runs) },
  );
  const lines = text.split("\n").length - 1;
  console.log(`${lines} | ${result.incrementalMedianMs.toFixed(2)} | ${result.freshMedianMs.toFixed(2)}`);
}
await browser.close();
server.close();
