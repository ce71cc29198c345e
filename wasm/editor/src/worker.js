// Runs palint (WebAssembly) off the main thread so typing never waits for a check.
import init, * as palint from "../build/pkg/palint_wasm.js";

// A page-load milestone (performance marks "palint:…"), read by bench/page-load-phases.mjs.
performance.mark("palint:worker-started");

// The page compiles the module and posts it here (null if it could not: then it is fetched
// and compiled here).
let receiveModule;
const module = new Promise((resolve) => (receiveModule = resolve));
let ready = null;
// The editor's text is checked by one incremental checker: a keystroke re-checks the documents
// it touched and reuses the rest (the result always equals a fresh check). A new instance
// after a panic gets a new one.
let checker = null;
function load() {
  ready = init({ module_or_path: module }).then(() => {
    checker = new palint.DocumentChecker();
  });
  return ready;
}
load();
// A page-load milestone, read by bench/page-load-phases.mjs.
ready.then(() => performance.mark("palint:module-ready"), () => {});

const operations = {
  check: ({ text, options }) => checker.check(text, options),
  complete: ({ text, offset, options }) => palint.complete(text, offset, options),
  hover: ({ text, offset, options }) => palint.hover(text, offset, options),
  documents: ({ text, options }) => palint.documents(text, options),
  layers: ({ text, options }) => palint.layers(text, options),
  setLayerValues: ({ text, layer, values, options }) => palint.setLayerValues(text, layer, values, options),
  kinds: () => palint.kindNames(),
  version: () => palint.version(),
  // Median time of `runs` checks of `text`, measured here (no messaging in the figure).
  benchmark: ({ text, runs }) => {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      palint.check(text, undefined);
      times.push(performance.now() - start);
    }
    return { medianMs: median(times), runs };
  },
  // A keystroke's check in a long text, measured here (bench/keystroke.mjs): `runs` one-line
  // edits (each flips one `sku:` value, as bench/lsp/compare.py does), each checked by an
  // incremental checker, as the editor's text is, and fresh, as before; median ms of each.
  benchmarkEdits: ({ text, runs }) => {
    const lines = text.split("\n");
    const skus = lines.flatMap((line, i) => (line.trimStart().startsWith("sku:") ? [i] : []));
    const edited = new palint.DocumentChecker();
    edited.check(text, undefined);
    const incremental = [];
    const fresh = [];
    for (let n = 0; n < runs; n++) {
      const i = skus[n % skus.length];
      lines[i] = lines[i].replace(/sku: \S+/, lines[i].includes("Standard") ? "sku: Premium" : "sku: Standard");
      const next = lines.join("\n");
      let start = performance.now();
      edited.check(next, undefined);
      incremental.push(performance.now() - start);
      start = performance.now();
      palint.check(next, undefined);
      fresh.push(performance.now() - start);
    }
    edited.free();
    return { incrementalMedianMs: median(incremental), freshMedianMs: median(fresh), runs };
  },
};

function median(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

self.onmessage = async ({ data }) => {
  if ("module" in data) {
    receiveModule(data.module ?? fetch(new URL("./palint_wasm_bg.wasm", import.meta.url)));
    return;
  }
  const { id, op } = data;
  try {
    await ready;
    const result = operations[op](data);
    self.postMessage({ id, result });
  } catch (error) {
    let message = String(error?.message ?? error);
    if (error instanceof WebAssembly.RuntimeError) {
      // A panic trapped: report its message, and start a fresh instance for the next request.
      message = `palint failed: ${palint.lastPanic() || message}`;
      load();
    }
    self.postMessage({ id, error: message });
  }
};
