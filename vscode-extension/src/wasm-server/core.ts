// The palint core as the WASM language server uses it: the bindings of wasm/ with its
// `language-server` feature, built by scripts/build.mjs into build/pkg. esbuild bundles this glue
// into the server; the module itself ships next to the bundle.

export * from "../../build/pkg/palint_wasm.js";
