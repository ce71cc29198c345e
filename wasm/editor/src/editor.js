// The profile editor: CodeMirror 6 with palint's diagnostics, completion, hover and fixes,
// a layer list with a pane per pack for Crossplane Profiles, and links that carry the text.
import { basicSetup } from "codemirror";
import { EditorView, keymap } from "@codemirror/view";
import { EditorState } from "@codemirror/state";
import { yaml } from "@codemirror/lang-yaml";
import { linter, lintGutter, forceLinting } from "@codemirror/lint";
import { autocompletion, startCompletion } from "@codemirror/autocomplete";
import { templates } from "./templates.js";
import { completionSource, palintHover, wholeTextTarget } from "./features.js";
import { Layers } from "./layers.js";
import { encodeState } from "./share.js";
import { colorScheme } from "./theme.js";
import { STORAGE_KEY, KIND_KEY, stats, palint, initial, optionsFor, problems } from "./startup.js";

performance.mark("palint:editor-evaluated");
window.palintBenchmark = (text, runs = 50) => palint.call("benchmark", { text, runs });

const $ = (id) => document.getElementById(id);
let kind = initial.kind;
const options = () => optionsFor(kind);
let lastDiagnostics = [];

// ---- Diagnostics: squiggles (the lint source) and the problems panel ----

/** Applies a fix to the whole text, then gives the keyboard back to `focus`. */
function applyFix(view, fix, focus = view) {
  view.dispatch({ changes: fix.edits.map((e) => ({ from: e.from, to: e.to, insert: e.insert })) });
  focus.focus();
}

function goTo(view, d) {
  if (layers.reveal(d.from, d.to)) return;
  if (layers.selected !== null) layers.select(null);
  view.dispatch({ selection: { anchor: d.from, head: d.to }, scrollIntoView: true });
  view.focus();
}

function renderProblems() {
  const layer = layers.selectedLayer;
  if (layer) problems.render(layers.problemsIn(layer), { index: layers.selected, name: layer.name });
  else problems.render(lastDiagnostics);
}

async function showKinds(text) {
  const documents = await palint.call("documents", { text, options: options() });
  const known = documents.filter((d) => d.kind);
  $("status").textContent = known.length
    ? `Checked as: ${[...new Set(known.map((d) => d.description))].join(", ")}`
    : "Not recognized as a Palette profile: choose a kind or start from a template.";
}

const palintLinter = linter(
  async (view) => {
    const text = view.state.doc.toString();
    const diagnostics = await palint.call("check", { text, options: options() });
    if (view.state.doc.toString() !== text) return []; // stale; the next run follows
    if (stats.checks === 0) performance.mark("palint:first-check-answered");
    stats.checks += 1;
    lastDiagnostics = diagnostics;
    await layers.update(text, diagnostics);
    renderProblems();
    showKinds(text);
    if (stats.editorDiagnosticsMs === null) {
      // The marks are drawn from the diagnostics returned below, before this frame.
      requestAnimationFrame(() => {
        stats.editorDiagnosticsMs = performance.now();
        stats.firstDiagnosticsMs ??= stats.editorDiagnosticsMs;
      });
    }
    return diagnostics.map((d) => ({
      from: d.from,
      to: Math.max(d.to, d.from),
      severity: d.severity,
      source: d.code,
      message: d.message,
      actions: d.fixes.map((fix) => ({ name: fix.title, apply: (v) => applyFix(v, fix) })),
    }));
  },
  { delay: 150 },
);

// ---- The editor, persistence, and the toolbar ----

// A fix's offsets are those of the text it was found in: until the next check, the
// problems list's fixes are disabled (the marks in the editor move with the text).
const staleFixes = EditorView.updateListener.of((update) => {
  if (update.docChanged) problems.markStale();
});

const persist = EditorView.updateListener.of((update) => {
  if (!update.docChanged) return;
  // Saved on every change (cheap), so a reload or a crash loses nothing.
  localStorage.setItem(STORAGE_KEY, update.state.doc.toString());
});

let view;
const target = () => wholeTextTarget(view)();
view = new EditorView({
  parent: $("editor"),
  state: EditorState.create({
    doc: initial.text,
    extensions: [
      basicSetup,
      yaml(),
      colorScheme(),
      lintGutter(),
      palintLinter,
      autocompletion({ override: [completionSource(palint, options, target)], activateOnTyping: true }),
      palintHover(palint, options, target),
      keymap.of([{ key: "Ctrl-Space", run: startCompletion }]),
      persist,
      staleFixes,
      EditorView.contentAttributes.of({ "aria-label": "Profile YAML editor" }),
    ],
  }),
});
window.palintView = view;
performance.mark("palint:view-created");

const layers = new Layers({
  palint,
  wholeView: view,
  options,
  applyFix,
  onChange: renderProblems,
  elements: {
    nav: $("layers"),
    list: $("layer-list"),
    whole: $("editor"),
    pane: $("layer-pane"),
    paneTitle: $("layer-title"),
    paneEditor: $("layer-editor"),
  },
});
window.palintLayers = layers;
problems.connect({ select: (d) => goTo(view, d), fix: (fix) => applyFix(view, fix, layers.pane ?? view) });
// The first check runs as soon as the module is ready, not after the typing debounce.
forceLinting(view);

function setText(text) {
  layers.select(null);
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  view.focus();
}

for (const [name, template] of Object.entries(templates)) {
  $("template").append(new Option(template.label, name));
}
$("template").addEventListener("change", (event) => {
  const template = templates[event.target.value];
  if (template) setText(template.text);
  event.target.value = "";
});

palint.call("kinds").then((kinds) => {
  for (const [name, description] of kinds) $("kind").append(new Option(description, name));
  $("kind").value = kind;
});
$("kind").addEventListener("change", (event) => {
  kind = event.target.value;
  localStorage.setItem(KIND_KEY, kind);
  forceLinting(view);
});

$("open").addEventListener("change", async (event) => {
  const file = event.target.files[0];
  if (file) setText(await file.text());
  event.target.value = "";
});

$("save").addEventListener("click", () => {
  const blob = new Blob([view.state.doc.toString()], { type: "text/yaml" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = "profile.yaml";
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
});

$("share").addEventListener("click", async () => {
  const hash = await encodeState({ text: view.state.doc.toString(), kind });
  history.replaceState(null, "", hash);
  const link = location.href;
  let copied = false;
  try {
    await navigator.clipboard.writeText(link);
    copied = true;
  } catch {
    // No clipboard permission: the link is in the address bar and the field below.
  }
  const field = $("share-link");
  field.value = link;
  field.hidden = false;
  $("share-status").textContent = copied
    ? "Link copied. The text is in the link itself; nothing is uploaded."
    : "Copy this link. The text is in the link itself; nothing is uploaded.";
  field.select();
});

palint.call("version").then((version) => ($("version").textContent = version));
