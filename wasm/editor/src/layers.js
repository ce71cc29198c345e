// The profile as layers. When the text holds a Crossplane `Profile`, its packs are listed with
// their problem counts; selecting one edits that pack's `values` in a pane of its own, with
// palint's diagnostics, completion, hover and fixes, and every edit is written back into the
// profile (indented like the pack) by palint's `setLayerValues`. The whole text stays the one
// source of truth: the pane is a view of one layer of it.
import { basicSetup } from "codemirror";
import { EditorView, keymap } from "@codemirror/view";
import { EditorState, Annotation } from "@codemirror/state";
import { yaml } from "@codemirror/lang-yaml";
import { linter, lintGutter, forceLinting } from "@codemirror/lint";
import { element } from "./dom.js";
import { autocompletion, startCompletion } from "@codemirror/autocomplete";
import { completionSource, palintHover } from "./features.js";
import { colorScheme } from "./theme.js";

/** Marks pane changes that come from the whole text (not to be written back). */
const fromWholeText = Annotation.define();

/** The offset in the whole text of `offset` in the values, by the layer's line map. */
function valuesToWhole(values, offset) {
  let line = values.lines[0];
  for (const entry of values.lines) {
    if (entry[0] > offset) break;
    line = entry;
  }
  return line[1] + (offset - line[0]);
}

/** The offset in the values of `offset` in the whole text; null outside the values. */
function wholeToValues(values, offset) {
  const { lines, text } = values;
  if (!lines.length || offset < lines[0][1]) return null;
  for (let i = lines.length - 1; i >= 0; i--) {
    const [inner, outer] = lines[i];
    if (outer > offset) continue;
    const lineEnd = i + 1 < lines.length ? lines[i + 1][0] - 1 : text.length;
    const column = offset - outer;
    // Past the line's end: in the next line's indentation, or after the values.
    if (inner + column > lineEnd) return i + 1 < lines.length ? null : inner + column === lineEnd + 1 ? lineEnd : null;
    return inner + column;
  }
  return null;
}

export class Layers {
  constructor({ palint, wholeView, options, elements, applyFix, onChange }) {
    Object.assign(this, { palint, wholeView, options, elements, applyFix, onChange });
    this.layers = [];
    this.layersText = null;
    this.diagnostics = [];
    this.selected = null; // index of the layer in the pane
    this.pane = null;
    this.writing = null; // the pending write-back of pane edits
  }

  get selectedLayer() {
    return this.selected === null ? null : this.layers[this.selected] ?? null;
  }

  /** The whole text changed (or was checked): re-read the layers and refresh list and pane. */
  async update(text, diagnostics) {
    this.diagnostics = diagnostics;
    await this.refresh(text);
    this.renderList();
    const layer = this.selectedLayer;
    if (this.selected !== null && !layer?.values?.lines.length) {
      this.select(null);
    } else if (layer && this.pane && !this.writing) {
      const paneText = this.pane.state.doc.toString();
      if (paneText !== layer.values.text) {
        const cursor = Math.min(this.pane.state.selection.main.head, layer.values.text.length);
        this.pane.dispatch({
          changes: { from: 0, to: paneText.length, insert: layer.values.text },
          selection: { anchor: cursor },
          annotations: fromWholeText.of(true),
        });
      }
      forceLinting(this.pane);
    }
  }

  async refresh(text = this.wholeView.state.doc.toString()) {
    if (text === this.layersText) return;
    const layers = await this.palint.call("layers", { text, options: this.options() });
    if (this.wholeView.state.doc.toString() !== text) return; // stale: a newer refresh follows
    this.layers = layers;
    this.layersText = text;
  }

  problemsIn(layer) {
    return this.diagnostics.filter((d) => d.from >= layer.from && d.to <= layer.to);
  }

  renderList() {
    const { list, nav } = this.elements;
    nav.hidden = this.layers.length === 0;
    list.replaceChildren();
    if (!this.layers.length) return;
    const entries = [{ label: "Whole file", detail: "all documents", index: null, problems: this.diagnostics }];
    this.layers.forEach((layer, index) => {
      entries.push({
        label: layer.name || `pack ${index + 1}`,
        detail: [layer.tag, layer.values?.kind ?? (layer.values ? "values" : "no values")].filter(Boolean).join(" · "),
        index,
        problems: this.problemsIn(layer),
        disabled: !layer.values?.lines.length,
      });
    });
    for (const entry of entries) {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.layer = entry.index === null ? "whole" : String(entry.index);
      button.disabled = Boolean(entry.disabled);
      if (entry.index === this.selected) button.setAttribute("aria-current", "true");
      const errors = entry.problems.filter((d) => d.severity === "error").length;
      const others = entry.problems.length - errors;
      const counts = element("span", "layer-counts");
      counts.dataset.errors = String(errors);
      counts.dataset.others = String(others);
      counts.textContent = errors || others ? `${errors} error${errors === 1 ? "" : "s"}, ${others} other` : "no problems";
      button.append(element("span", "layer-name", entry.label), element("span", "layer-detail", entry.detail), counts);
      button.setAttribute("aria-label", `${entry.label}: ${counts.textContent}`);
      button.addEventListener("click", () => this.select(entry.index));
      item.append(button);
      list.append(item);
    }
  }

  /** Shows layer `index` in the pane (null: the whole file). */
  select(index) {
    const { pane: paneElement, paneTitle, whole } = this.elements;
    this.selected = index;
    const layer = this.selectedLayer;
    if (!layer?.values?.lines.length) {
      this.selected = null;
      this.pane?.destroy();
      this.pane = null;
      paneElement.hidden = true;
      whole.hidden = false;
      this.renderList();
      this.onChange?.();
      this.wholeView.focus();
      return;
    }
    whole.hidden = true;
    paneElement.hidden = false;
    paneTitle.textContent = `${layer.name}${layer.tag ? " " + layer.tag : ""}: values${layer.values.kind ? ` (${layer.values.kind})` : ""}`;
    this.pane?.destroy();
    this.pane = this.createPane(layer.values.text);
    this.renderList();
    this.onChange?.();
    this.pane.focus();
  }

  /** Positions of the pane against the whole text, once pane and layers agree. */
  async target() {
    await this.writing;
    await this.refresh();
    const layer = this.selectedLayer;
    if (!layer?.values || !this.pane || this.pane.state.doc.toString() !== layer.values.text) return null;
    const values = layer.values;
    return {
      text: this.layersText,
      toText: (offset) => valuesToWhole(values, offset),
      toView: (offset) => wholeToValues(values, offset),
    };
  }

  /** Writes the pane's text into the whole text until both agree (one write at a time). */
  writeBack() {
    if (this.writing) return this.writing;
    this.writing = (async () => {
      for (let attempt = 0; attempt < 20; attempt++) {
        await this.refresh();
        const layer = this.selectedLayer;
        if (!layer?.values || !this.pane) break;
        const paneText = this.pane.state.doc.toString();
        if (paneText === layer.values.text) break;
        const whole = this.wholeView.state.doc.toString();
        const edit = await this.palint.call("setLayerValues", {
          text: whole,
          layer: this.selected,
          values: paneText,
          options: this.options(),
        });
        if (!edit || this.wholeView.state.doc.toString() !== whole) continue;
        this.wholeView.dispatch({ changes: { from: edit.from, to: edit.to, insert: edit.insert } });
      }
    })().finally(() => {
      this.writing = null;
    });
    return this.writing;
  }

  createPane(text) {
    const target = () => this.target();
    const paneLinter = linter(
      async () => {
        const at = await target();
        if (!at) return [];
        const found = await this.palint.call("check", { text: at.text, options: this.options() });
        if ((await target())?.text !== at.text) return [];
        return found
          .map((d) => ({ d, from: at.toView(d.from), to: at.toView(d.to) }))
          .filter(({ from, to }) => from !== null && to !== null)
          .map(({ d, from, to }) => ({
            from,
            to: Math.max(to, from),
            severity: d.severity,
            source: d.code,
            message: d.message,
            // A fix edits the whole text; the pane follows.
            actions: d.fixes.map((fix) => ({ name: fix.title, apply: () => this.applyFix(this.wholeView, fix, this.pane) })),
          }));
      },
      { delay: 150 },
    );
    const writeBack = EditorView.updateListener.of((update) => {
      if (update.docChanged && !update.transactions.some((t) => t.annotation(fromWholeText))) this.writeBack();
    });
    return new EditorView({
      parent: this.elements.paneEditor,
      state: EditorState.create({
        doc: text,
        extensions: [
          basicSetup,
          yaml(),
          colorScheme(),
          lintGutter(),
          paneLinter,
          autocompletion({ override: [completionSource(this.palint, this.options, target)], activateOnTyping: true }),
          palintHover(this.palint, this.options, target),
          keymap.of([
            { key: "Ctrl-Space", run: startCompletion },
            { key: "Escape", run: () => (this.select(null), true) },
          ]),
          writeBack,
          EditorView.contentAttributes.of({ "aria-label": "Layer values editor" }),
        ],
      }),
    });
  }

  /** Moves the pane's selection to a whole-text range, if it is in the layer's values. */
  reveal(from, to) {
    const values = this.selectedLayer?.values;
    if (!values || !this.pane) return false;
    const start = wholeToValues(values, from);
    const end = wholeToValues(values, to);
    if (start === null || end === null) return false;
    this.pane.dispatch({ selection: { anchor: start, head: end }, scrollIntoView: true });
    this.pane.focus();
    return true;
  }
}
