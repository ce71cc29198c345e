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

// main.js is small (it reads the opening text, checks it and shows its problems); the editor
// is a chunk of its own that main.js imports then. The page preloads every chunk main.js
// reaches, so they download and parse alongside main.js instead of one after another. The
// worker is a build of its own: one file, no chunk shared with the page to wait for.
const options = {
  outdir: dist,
  bundle: true,
  format: "esm",
  minify: true,
  sourcemap: false,
  absWorkingDir: here, // the metafile's paths are relative to this
  target: ["chrome110", "firefox115", "safari16"],
  logLevel: "warning",
};
const { metafile } = await esbuild.build({
  ...options,
  entryPoints: { main: join(here, "src", "main.js") },
  splitting: true,
  chunkNames: "[name]-[hash]",
  metafile: true,
  plugins: [lazySegmenter],
});
await esbuild.build({ ...options, entryPoints: { worker: join(here, "src", "worker.js") } });
// Every chunk main.js reaches, and whether it is needed only later (behind a dynamic import:
// the editor), in which case it downloads at low priority, after what the first check needs.
const chunks = new Map();
const reach = (output, later) => {
  for (const { path, kind } of metafile.outputs[output].imports) {
    const pathLater = later || kind === "dynamic-import";
    if (!chunks.has(path) || (chunks.get(path) && !pathLater)) {
      chunks.set(path, pathLater);
      reach(path, pathLater);
    }
  }
};
reach(relative(here, join(dist, "main.js")), false);
const preload = (path, later) =>
  `<link rel="modulepreload"${later ? ` fetchpriority="low"` : ""} href="./${relative(dist, join(here, path))}">`;
const preloads = [
  ...[...chunks].filter(([, later]) => !later).map(([path]) => preload(path, false)),
  // The module too (startup.js fetches and compiles it), so its download starts with the
  // page's scripts instead of once they run. `crossorigin`: fetch()'s mode, or it goes unused.
  `<link rel="preload" href="./palint_wasm_bg.wasm" as="fetch" type="application/wasm" crossorigin>`,
  ...[...chunks].filter(([, later]) => later).map(([path]) => preload(path, true)),
];
const page = readFileSync(join(here, "src", "index.html"), "utf8");
if (!page.includes("<!-- modulepreload -->")) throw new Error("src/index.html lost its <!-- modulepreload --> marker");
// The style sheet inline (the CSP allows inline styles): one request fewer before the page's
// script may run (it waits for the style sheets above it).
const stylesheet = `<link rel="stylesheet" href="./style.css">`;
if (!page.includes(stylesheet)) throw new Error(`src/index.html lost its ${stylesheet}`);
const style = readFileSync(join(here, "src", "style.css"), "utf8");
writeFileSync(
  join(dist, "index.html"),
  page.replace(stylesheet, () => `<style>\n${style}</style>`).replace("<!-- modulepreload -->", preloads.join("\n  ")),
);

const raw = statSync(wasmOut).size;
const gzip = gzipSync(readFileSync(wasmOut), { level: 9 }).length;
const sizes = { wasmBytes: raw, wasmGzipBytes: gzip };
writeFileSync(join(here, "build", "sizes.json"), JSON.stringify(sizes, null, 2));
console.log(`dist/ ready: palint_wasm_bg.wasm ${(raw / 1024).toFixed(0)} KiB, ${(gzip / 1024).toFixed(0)} KiB gzip`);
