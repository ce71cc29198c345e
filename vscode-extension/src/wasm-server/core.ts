// The palint core as the WASM language server uses it: the bindings of wasm/ (built by
// `npm --prefix wasm/editor run build` into wasm/editor/build/pkg, the browser editor's module).
// esbuild bundles this glue into the server; the module itself ships next to the bundle.

export * from "../../../wasm/editor/build/pkg/palint_wasm.js";
