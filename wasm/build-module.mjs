// Builds palint's WebAssembly module: cargo (profile wasm-release, the given crate features),
// the wasm-bindgen CLI at exactly the crate's pinned version (`--target web` glue, which also
// runs in Node with `initSync`), then wasm-opt from npm's binaryen (wasm/editor's packages).
// Returns the glue folder and the optimised module's path.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const run = (command, args) => execFileSync(command, args, { stdio: "inherit", cwd: root });

/** `features`: crate features (e.g. ["language-server"]); `outDir`: where pkg/ and the module go. */
export function buildModule({ features = [], outDir }) {
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
  const featureArgs = features.length > 0 ? ["--features", features.join(",")] : [];
  run("cargo", ["build", "-p", "palint-wasm", "--target", "wasm32-unknown-unknown", "--profile", "wasm-release", ...featureArgs]);
  const pkg = join(outDir, "pkg");
  rmSync(pkg, { recursive: true, force: true });
  run("wasm-bindgen", [
    "--target", "web", "--out-dir", pkg, "--omit-default-module-path",
    join(process.env.CARGO_TARGET_DIR ?? join(root, "target"), "wasm32-unknown-unknown", "wasm-release", "palint_wasm.wasm"),
  ]);
  mkdirSync(outDir, { recursive: true });
  const module = join(outDir, "palint_wasm_bg.wasm");
  run(join(root, "wasm", "editor", "node_modules", ".bin", "wasm-opt"), [
    // The features rustc emits for wasm32 today (browsers since 2021 have them). Not
    // --all-features: it also allows encodings browsers cannot load yet.
    "-Oz", "--enable-simd", "--enable-bulk-memory", "--enable-sign-ext", "--enable-mutable-globals",
    "--enable-nontrapping-float-to-int", "--enable-reference-types", "--enable-multivalue",
    "--strip-debug", "--strip-producers",
    join(pkg, "palint_wasm_bg.wasm"), "-o", module,
  ]);
  return { pkg, module };
}
