// The page's entry: starts palint's first answers for the opening text, then loads the editor.
// The first check runs in the worker while the editor's code (CodeMirror, most of the page's
// script) is evaluated and its view created, so the first diagnostics wait for the slower of
// the two, not for both.
import { palint, initial, optionsFor } from "./startup.js";

// Page-load milestones (performance marks "palint:…"), read by bench/page-load-phases.mjs.
performance.mark("palint:main");
const request = { text: initial.text, options: optionsFor(initial.kind) };
// What the editor asks for about the opening text before its first render, in its order.
palint.prefetch("check", request);
palint.prefetch("layers", request);
palint.prefetch("documents", request);
palint.prefetch("kinds");
palint.prefetch("version");
await import("./editor.js");
