// What the page starts before the editor's code has loaded: palint's module (fetched and
// compiled here, then posted to the palint worker), the text the editor opens with (a shared
// link, else this browser's last text, else a template), the answers the editor's first render
// needs about that text, and the problems panel, filled from the first check as soon as it
// answers (before the editor exists).
import { PalintClient } from "./palint-client.js";
import { templates } from "./templates.js";
import { decodeState } from "./share.js";
import { ProblemsPanel } from "./problems.js";
import initHere, * as palintHere from "../build/pkg/palint_wasm.js";

export const STORAGE_KEY = "palint-editor:text";
export const KIND_KEY = "palint-editor:kind";

// firstDiagnosticsMs: the first frame with the first check's problems on the page (the
// problems panel, filled before the editor exists); editorDiagnosticsMs: the first frame with
// them in the editor too (its marks). Read by the tests and bench/first-diagnostics.mjs.
export const stats = { firstDiagnosticsMs: null, editorDiagnosticsMs: null, checks: 0 };
window.palintStats = stats;

export const problems = new ProblemsPanel(document.getElementById("problems"), document.getElementById("counts"));

// The module is fetched and compiled here, while the worker starts, instead of in the worker
// once its script has run (a compiled module can be posted to a dedicated worker).
const module = (async () => WebAssembly.compileStreaming(fetch(new URL("./palint_wasm_bg.wasm", import.meta.url))))();
export const palint = new PalintClient(new URL("./worker.js", import.meta.url), module);
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

// Page-load milestones (performance marks "palint:…"), read by bench/page-load-phases.mjs.
performance.mark("palint:main");
const request = { text: initial.text, options: optionsFor(initial.kind) };

// The opening text's first answers (the calls the editor's first render makes, in its order)
// come from an instance of the module on this thread: a dedicated worker takes long to start
// (a new JavaScript engine instance, then its script), and this thread has nothing else to do
// until they come. The worker answers every later call; it gets the module compiled here, so
// the functions these answers compiled are compiled for it too.
const here = module
  .then((compiled) => {
    performance.mark("palint:module-compiled");
    return initHere({ module_or_path: compiled });
  })
  .then(() => performance.mark("palint:module-ready"));

// Once the instance here has failed (a trap leaves it in an unknown state), the worker answers.
let failedHere = false;

/** `run()`'s answer once `after` has settled, or the worker's if this thread's instance failed. */
function answerHere(op, args, after, run) {
  const answer = after
    .then(() => {
      if (failedHere) throw new Error("palint's instance on the page failed");
      return run();
    })
    .catch(() => {
      failedHere = true;
      return palint.call(op, args);
    });
  palint.provide(op, args, answer);
  return answer;
}

const firstCheck = answerHere("check", request, here, () => palintHere.check(request.text, request.options));

/**
 * Settles once the first check's problems are on the page and a frame has shown them (or the
 * check failed). The editor's first render of the same answer keeps these elements.
 */
export const firstProblemsShown = firstCheck.then(
  (diagnostics) =>
    new Promise((resolve) => {
      // Unless the editor is there already (the check took long): it renders the answer
      // itself, if its text is still the one checked.
      if (!problems.actions) problems.render(diagnostics);
      performance.mark("palint:early-problems");
      requestAnimationFrame(() => {
        stats.firstDiagnosticsMs ??= performance.now();
        // A task after the frame: its paint is done.
        setTimeout(resolve);
      });
    }),
  () => {},
);

// The rest of the first render's answers, once the problems are on the page.
const afterProblems = firstProblemsShown.then(() => here);
answerHere("layers", request, afterProblems, () => palintHere.layers(request.text, request.options));
answerHere("documents", request, afterProblems, () => palintHere.documents(request.text, request.options));
answerHere("kinds", {}, afterProblems, () => palintHere.kindNames());
answerHere("version", {}, afterProblems, () => palintHere.version());
