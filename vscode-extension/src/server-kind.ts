// Which language server to run: the native `palint lsp` or the WASM fallback built on palint's
// WASM core. Setting `palint.server.kind` is `auto` (native when found, else WASM), `native`
// or `wasm`. Pure (no VS Code API) so it is unit-tested in Node.

import type { Discovery, ServerChoice } from "./server-path";

export type ServerKindSetting = "auto" | "native" | "wasm";

export type ServerPlan =
  | { kind: "native"; server: ServerChoice }
  | { kind: "wasm"; reason: string }
  | { kind: "none"; message: string };

/** Decides the server from the setting and the native binary search. */
export function chooseServer(setting: string | undefined, native: Discovery): ServerPlan {
  const kind = (setting ?? "auto").trim() || "auto";
  if (kind === "wasm") {
    return { kind: "wasm", reason: "palint.server.kind is \"wasm\"" };
  }
  if (kind === "native") {
    return native.ok ? { kind: "native", server: native.server } : { kind: "none", message: native.message };
  }
  if (kind !== "auto") {
    return { kind: "none", message: `palint.server.kind is "${kind}"; use "auto", "native" or "wasm".` };
  }
  return native.ok
    ? { kind: "native", server: native.server }
    : { kind: "wasm", reason: "no native palint binary for this platform" };
}
