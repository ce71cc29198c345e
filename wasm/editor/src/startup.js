// What the page starts before the editor's code has loaded: the palint worker (so the
// WebAssembly module compiles while CodeMirror's bundle is parsed and run) and the text the
// editor opens with (a shared link, else this browser's last text, else a template).
import { PalintClient } from "./palint-client.js";
import { templates } from "./templates.js";
import { decodeState } from "./share.js";

export const STORAGE_KEY = "palint-editor:text";
export const KIND_KEY = "palint-editor:kind";

export const stats = { firstDiagnosticsMs: null, checks: 0 };
window.palintStats = stats;

export const palint = new PalintClient(new URL("./worker.js", import.meta.url));
window.palintClient = palint;

/** palint's options for a kind picked by hand ("" = auto-detect). */
export const optionsFor = (kind) => (kind ? { kind } : undefined);

/** The text and kind to open: a shared link wins over what this browser had. */
async function readInitialState() {
  let kind = localStorage.getItem(KIND_KEY) ?? "";
  const shared = await decodeState(location.hash);
  if (shared) {
    kind = shared.kind ?? "";
    localStorage.setItem(KIND_KEY, kind);
  }
  const text = shared?.text ?? localStorage.getItem(STORAGE_KEY) ?? templates["kubernetes-aks-values"].text;
  return { text, kind };
}

export const initial = await readInitialState();
