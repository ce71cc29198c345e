// The problems panel: palint's diagnostics as a list (line, severity, code, message, fixes) and
// their counts. startup.js fills it from the first check's answer before the editor exists; the
// editor then renders through the same panel, and an unchanged list keeps its elements (so
// there is no flicker, and keyboard focus stays where it was). Clicks and keys are handled on
// the list, so items rendered before the editor existed act once it has connected its actions.

import { element } from "./dom.js";

export class ProblemsPanel {
  constructor(list, counts) {
    Object.assign(this, { list, counts });
    this.key = null; // what the list shows, to skip re-rendering an unchanged list
    this.diagnostics = [];
    this.actions = null; // { select(diagnostic), fix(fix) }, connected by the editor
    this.fixesStale = false;
    list.addEventListener("click", (event) => {
      const item = event.target.closest("li");
      const d = item && this.diagnostics[[...list.children].indexOf(item)];
      if (!d || !this.actions) return;
      const button = event.target.closest("button.fix");
      if (button) this.actions.fix(d.fixes[Number(button.dataset.fix)]);
      else this.actions.select(d);
    });
    list.addEventListener("keydown", (event) => {
      if (event.key !== "Enter" || event.target.parentElement !== list) return;
      const d = this.diagnostics[[...list.children].indexOf(event.target)];
      if (!d || !this.actions) return;
      // Else the Enter would go on to the editor and replace the selected problem.
      event.preventDefault();
      this.actions.select(d);
    });
  }

  /** The editor's actions for a selected problem and a fix; fixes' buttons work from now on. */
  connect(actions) {
    this.actions = actions;
    this.setFixesEnabled(!this.fixesStale);
  }

  /**
   * The text changed: the fixes' offsets are those of the text they were found in, so their
   * buttons are disabled until the next render.
   */
  markStale() {
    this.fixesStale = true;
    this.key = null;
    this.setFixesEnabled(false);
  }

  setFixesEnabled(enabled) {
    for (const button of this.list.querySelectorAll("button.fix")) button.disabled = !enabled;
  }

  /** Shows `diagnostics`; `layer` ({ index, name }) when they are one layer's. */
  render(diagnostics, layer = null) {
    const { list } = this;
    const key = JSON.stringify([layer?.index ?? null, diagnostics]);
    this.fixesStale = false;
    if (key === this.key) return;
    this.key = key;
    this.diagnostics = diagnostics;
    const focusedItem = list.contains(document.activeElement) ? document.activeElement.closest("li") : null;
    const focused = focusedItem && {
      index: [...list.children].indexOf(focusedItem),
      fix: document.activeElement.classList.contains("fix"),
    };
    list.replaceChildren(...diagnostics.map((d) => this.item(d)));
    if (focused && list.children.length) {
      const item = list.children[Math.min(focused.index, list.children.length - 1)];
      ((focused.fix && item.querySelector("button.fix")) || item).focus();
    }
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    const scope = layer ? ` in ${layer.name}` : "";
    this.counts.textContent = `(${errors} error${errors === 1 ? "" : "s"}, ${diagnostics.length - errors} other${scope})`;
  }

  item(d) {
    const item = document.createElement("li");
    item.dataset.severity = d.severity;
    item.dataset.code = d.code;
    item.tabIndex = 0;
    const head = document.createElement("div");
    head.append(element("strong", "severity", d.severity), " ", element("span", "code", d.code));
    item.append(element("span", "line", `line ${d.line + 1}`), head, element("div", "message", d.message));
    item.setAttribute("aria-label", `${d.severity} on line ${d.line + 1}: ${d.message}`);
    d.fixes.forEach((fix, index) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "fix";
      button.dataset.fix = String(index);
      button.textContent = fix.title;
      // Until the editor exists there is no text to apply a fix to.
      button.disabled = !this.actions;
      item.append(button);
    });
    return item;
  }
}
