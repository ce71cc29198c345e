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
import { STORAGE_KEY, KIND_KEY, stats, palint, initial, optionsFor } from "./startup.js";

performance.mark("palint:editor-evaluated");
// The worker is started by this (main) thread, and the messages already sent to it are handed
// over in a task of this thread: let that happen before the view's creation keeps the thread
// busy for a while (the libraries above were evaluated while the worker started).
await palint.started;
performance.mark("palint:worker-answered");
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

let renderedProblems = null;

function renderProblems(view) {
  const layer = layers.selectedLayer;
  const diagnostics = layer ? layers.problemsIn(layer) : lastDiagnostics;
  const list = $("problems");
  // Unchanged problems keep their elements, so keyboard focus stays where it was.
  const key = JSON.stringify([layers.selected, diagnostics]);
  if (key === renderedProblems) return;
  renderedProblems = key;
  const focused = list.contains(document.activeElement)
    ? {
        index: [...list.children].indexOf(document.activeElement.closest("li")),
        fix: document.activeElement.classList.contains("fix"),
      }
    : null;
  list.replaceChildren();
  for (const d of diagnostics) {
    const item = document.createElement("li");
    item.dataset.severity = d.severity;
    item.dataset.code = d.code;
    item.tabIndex = 0;
    const line = document.createElement("span");
    line.className = "line";
    line.textContent = `line ${d.line + 1}`;
    const head = document.createElement("div");
    head.innerHTML = `<strong class="severity"></strong> <span class="code"></span>`;
    head.querySelector(".severity").textContent = d.severity;
    head.querySelector(".code").textContent = d.code;
    const message = document.createElement("div");
    message.className = "message";
    message.textContent = d.message;
    item.append(line, head, message);
    item.setAttribute("aria-label", `${d.severity} on line ${d.line + 1}: ${d.message}`);
    for (const fix of d.fixes) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "fix";
      button.textContent = fix.title;
      button.addEventListener("click", (event) => {
        event.stopPropagation();
        applyFix(view, fix, layers.pane ?? view);
      });
      item.append(button);
    }
    item.addEventListener("click", () => goTo(view, d));
    item.addEventListener("keydown", (event) => {
      if (event.key !== "Enter" || event.target !== item) return;
      // Else the Enter would go on to the editor and replace the selected problem.
      event.preventDefault();
      goTo(view, d);
    });
    list.append(item);
  }
  if (focused && list.children.length) {
    const item = list.children[Math.min(focused.index, list.children.length - 1)];
    ((focused.fix && item.querySelector("button.fix")) || item).focus();
  }
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const scope = layer ? ` in ${layer.name}` : "";
  $("counts").textContent = `(${errors} error${errors === 1 ? "" : "s"}, ${diagnostics.length - errors} other${scope})`;
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
    renderProblems(view);
    showKinds(text);
    if (stats.firstDiagnosticsMs === null) {
      requestAnimationFrame(() => (stats.firstDiagnosticsMs = performance.now()));
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
  if (!update.docChanged) return;
  renderedProblems = null;
  for (const button of $("problems").querySelectorAll("button.fix")) button.disabled = true;
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
  onChange: () => renderProblems(view),
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
