// Builds dist/: the palint WebAssembly module (cargo + the pinned wasm-bindgen CLI + wasm-opt
// from npm's binaryen), the bundled editor and worker (esbuild), and the static page.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";
import { lazySegmenter } from "./lazy-segmenter.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const dist = join(here, "dist");
const pkg = join(here, "build", "pkg");
const run = (command, args, options = {}) => execFileSync(command, args, { stdio: "inherit", cwd: root, ...options });

// The CLI must be exactly the version the crate is pinned to, or the module will not load.
const manifest = readFileSync(join(root, "Cargo.toml"), "utf8");
const pinned = manifest.match(/wasm-bindgen = "=([0-9.]+)"/)[1];
let installed = "";
try {
  installed = execFileSync("wasm-bindgen", ["--version"], { encoding: "utf8" }).trim().split(" ")[1];
} catch {
  throw new Error(`wasm-bindgen CLI not found: cargo install wasm-bindgen-cli --version ${pinned}`);
}
if (installed !== pinned) {
  throw new Error(`wasm-bindgen CLI ${installed} does not match the crate's ${pinned}: cargo install wasm-bindgen-cli --version ${pinned}`);
}

run("cargo", ["build", "-p", "palint-wasm", "--target", "wasm32-unknown-unknown", "--profile", "wasm-release"]);
rmSync(pkg, { recursive: true, force: true });
run("wasm-bindgen", [
  "--target", "web", "--out-dir", pkg, "--omit-default-module-path",
  join(process.env.CARGO_TARGET_DIR ?? join(root, "target"), "wasm32-unknown-unknown", "wasm-release", "palint_wasm.wasm"),
]);

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const wasmOut = join(dist, "palint_wasm_bg.wasm");
run(join(here, "node_modules", ".bin", "wasm-opt"), [
  // The features rustc emits for wasm32 today (browsers since 2021 have them). Not
  // --all-features: it also allows encodings browsers cannot load yet.
  "-Oz", "--enable-simd", "--enable-bulk-memory", "--enable-sign-ext", "--enable-mutable-globals",
  "--enable-nontrapping-float-to-int", "--enable-reference-types", "--enable-multivalue",
  "--strip-debug", "--strip-producers",
  join(pkg, "palint_wasm_bg.wasm"), "-o", wasmOut,
]);

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
