// Runs palint (WebAssembly) off the main thread so typing never waits for a check.
import init, * as palint from "../build/pkg/palint_wasm.js";

// A page-load milestone (performance marks "palint:…"), read by bench/page-load-phases.mjs.
performance.mark("palint:worker-started");

// The page compiles the module and posts it here (null if it could not: then it is fetched
// and compiled here).
let receiveModule;
const module = new Promise((resolve) => (receiveModule = resolve));
let ready = null;
function load() {
  ready = init({ module_or_path: module });
  return ready;
}
load();
// A page-load milestone, read by bench/page-load-phases.mjs.
ready.then(() => performance.mark("palint:module-ready"), () => {});

const operations = {
  check: ({ text, options }) => palint.check(text, options),
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
    times.sort((a, b) => a - b);
    return { medianMs: times[Math.floor(times.length / 2)], runs };
  },
};

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
