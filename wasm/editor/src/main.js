// The profile editor: CodeMirror 6 with palint's diagnostics, completion, hover and fixes.
import { basicSetup } from "codemirror";
import { EditorView, hoverTooltip, keymap } from "@codemirror/view";
import { EditorState } from "@codemirror/state";
import { yaml } from "@codemirror/lang-yaml";
import { linter, lintGutter, forceLinting } from "@codemirror/lint";
import { autocompletion, snippet, startCompletion } from "@codemirror/autocomplete";
import { PalintClient } from "./palint-client.js";
import { templates } from "./templates.js";
import { renderMarkdown } from "./markdown.js";

const STORAGE_KEY = "palint-editor:text";
const KIND_KEY = "palint-editor:kind";
const palint = new PalintClient(new URL("./worker.js", import.meta.url));
const stats = { firstDiagnosticsMs: null, checks: 0 };
window.palintStats = stats;
window.palintBenchmark = (text, runs = 50) => palint.call("benchmark", { text, runs });

const $ = (id) => document.getElementById(id);
let kind = localStorage.getItem(KIND_KEY) ?? "";
const options = () => (kind ? { kind } : undefined);

// ---- Diagnostics: squiggles (the lint source) and the problems panel ----

function applyFix(view, fix) {
  view.dispatch({ changes: fix.edits.map((e) => ({ from: e.from, to: e.to, insert: e.insert })) });
  view.focus();
}

function renderProblems(view, diagnostics) {
  const list = $("problems");
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
    for (const fix of d.fixes) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "fix";
      button.textContent = fix.title;
      button.addEventListener("click", (event) => {
        event.stopPropagation();
        applyFix(view, fix);
      });
      item.append(button);
    }
    const goTo = () => {
      view.dispatch({ selection: { anchor: d.from, head: d.to }, scrollIntoView: true });
      view.focus();
    };
    item.addEventListener("click", goTo);
    item.addEventListener("keydown", (event) => event.key === "Enter" && goTo());
    list.append(item);
  }
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  $("counts").textContent = `(${errors} error${errors === 1 ? "" : "s"}, ${diagnostics.length - errors} other)`;
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
    stats.checks += 1;
    renderProblems(view, diagnostics);
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

// ---- Completion and hover, from the same schemas ----

/** LSP snippet (`$0`, `${1|a,b|}`) to CodeMirror's template syntax. */
function toCodeMirrorSnippet(text) {
  return text
    .replace(/\$\{\d+\|([^|,}]*)[^}]*\|\}/g, (_, first) => "${" + first + "}")
    .replace(/\$\{\d+:([^}]*)\}/g, (_, value) => "${" + value + "}")
    .replace(/\$\d+/g, "${}");
}

async function completionSource(context) {
  const before = context.matchBefore(/[\w./-]*/);
  const charBefore = context.state.sliceDoc(context.pos - 1, context.pos);
  if (!context.explicit && before.from === before.to && charBefore !== " " && charBefore !== ":") return null;
  const text = context.state.doc.toString();
  const items = await palint.call("complete", { text, offset: context.pos, options: options() });
  if (!items.length) return null;
  const from = Math.min(...items.map((i) => i.from));
  return {
    from,
    to: Math.max(context.pos, ...items.map((i) => i.to)),
    options: items.map((item) => ({
      label: item.label,
      type: item.kind === "key" ? "property" : "enum",
      detail: item.detail,
      info: item.documentation,
      apply: item.snippet ? snippet(toCodeMirrorSnippet(item.insertText)) : item.insertText,
    })),
    validFor: /^[\w./-]*$/,
  };
}

const palintHover = hoverTooltip(async (view, pos) => {
  const found = await palint.call("hover", { text: view.state.doc.toString(), offset: pos, options: options() });
  if (!found) return null;
  return {
    pos: found.from,
    end: found.to,
    above: true,
    create() {
      const dom = document.createElement("div");
      dom.className = "palint-hover";
      dom.innerHTML = renderMarkdown(found.contents);
      return { dom };
    },
  };
});

// ---- The editor, persistence, and the toolbar ----

const persist = EditorView.updateListener.of((update) => {
  if (!update.docChanged) return;
  // Saved on every change (cheap), so a reload or a crash loses nothing.
  localStorage.setItem(STORAGE_KEY, update.state.doc.toString());
});

const initialText = localStorage.getItem(STORAGE_KEY) ?? templates["kubernetes-aks-values"].text;
const view = new EditorView({
  parent: $("editor"),
  state: EditorState.create({
    doc: initialText,
    extensions: [
      basicSetup,
      yaml(),
      lintGutter(),
      palintLinter,
      autocompletion({ override: [completionSource], activateOnTyping: true }),
      palintHover,
      keymap.of([{ key: "Ctrl-Space", run: startCompletion }]),
      persist,
      EditorView.contentAttributes.of({ "aria-label": "Profile YAML editor" }),
    ],
  }),
});
window.palintView = view;
// The first check runs as soon as the module is ready, not after the typing debounce.
forceLinting(view);

function setText(text) {
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

palint.call("version").then((version) => ($("version").textContent = version));
