// Builds dist/: the palint WebAssembly module (../build-module.mjs: cargo + the pinned
// wasm-bindgen CLI + wasm-opt from npm's binaryen), the bundled editor and worker (esbuild), and
// the static page.
import { buildModule } from "../build-module.mjs";
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";
import { lazySegmenter } from "./lazy-segmenter.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");

// The module without the language server's bindings (the page never calls them).
const { module } = buildModule({ outDir: join(here, "build") });
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const wasmOut = join(dist, "palint_wasm_bg.wasm");
copyFileSync(module, wasmOut);

// main.js is small (it starts the worker and the first check); the editor is a chunk of its own
// that main.js imports once the worker runs. The page preloads every chunk main.js reaches, so
// they download and parse alongside main.js instead of one after another.
const { metafile } = await esbuild.build({
  entryPoints: { main: join(here, "src", "main.js"), worker: join(here, "src", "worker.js") },
  outdir: dist,
  bundle: true,
  splitting: true,
  chunkNames: "[name]-[hash]",
  format: "esm",
  minify: true,
  sourcemap: false,
  metafile: true,
  absWorkingDir: here, // the metafile's paths are relative to this
  plugins: [lazySegmenter],
  target: ["chrome110", "firefox115", "safari16"],
  logLevel: "warning",
});
copyFileSync(join(here, "src", "style.css"), join(dist, "style.css"));
const chunks = new Set();
const reach = (output) => {
  for (const { path } of metafile.outputs[output].imports) {
    if (!chunks.has(path)) {
      chunks.add(path);
      reach(path);
    }
  }
};
reach(relative(here, join(dist, "main.js")));
const preloads = [...chunks].map((path) => `<link rel="modulepreload" href="./${relative(dist, join(here, path))}">`);
const page = readFileSync(join(here, "src", "index.html"), "utf8");
if (!page.includes("<!-- modulepreload -->")) throw new Error("src/index.html lost its <!-- modulepreload --> marker");
writeFileSync(join(dist, "index.html"), page.replace("<!-- modulepreload -->", preloads.join("\n  ")));

const raw = statSync(wasmOut).size;
const gzip = gzipSync(readFileSync(wasmOut), { level: 9 }).length;
const sizes = { wasmBytes: raw, wasmGzipBytes: gzip };
writeFileSync(join(here, "build", "sizes.json"), JSON.stringify(sizes, null, 2));
console.log(`dist/ ready: palint_wasm_bg.wasm ${(raw / 1024).toFixed(0)} KiB, ${(gzip / 1024).toFixed(0)} KiB gzip`);
