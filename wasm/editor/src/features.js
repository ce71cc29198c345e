// palint's editor features for one CodeMirror view: diagnostics (as a lint source), completion
// and hover. A view may show the whole text or a part of it (a layer's values): `target`
// says which text palint checks and how positions map between the view and that text.
import { hoverTooltip } from "@codemirror/view";
import { snippet } from "@codemirror/autocomplete";
import { renderMarkdown } from "./markdown.js";

/** The whole text is the view's own: positions map to themselves. */
export const wholeTextTarget = (view) => async () => ({
  text: view.state.doc.toString(),
  toText: (offset) => offset,
  toView: (offset) => offset,
});

/** LSP snippet (`$0`, `${1|a,b|}`) to CodeMirror's template syntax. */
function toCodeMirrorSnippet(text) {
  return text
    .replace(/\$\{\d+\|([^|,}]*)[^}]*\|\}/g, (_, first) => "${" + first + "}")
    .replace(/\$\{\d+:([^}]*)\}/g, (_, value) => "${" + value + "}")
    .replace(/\$\d+/g, "${}");
}

/**
 * A completion source. `target()` resolves to `{ text, toText, toView }` for the view's
 * current state, or null when positions cannot be mapped right now.
 */
export function completionSource(palint, options, target) {
  return async (context) => {
    const before = context.matchBefore(/[\w./-]*/);
    const charBefore = context.state.sliceDoc(context.pos - 1, context.pos);
    if (!context.explicit && before.from === before.to && charBefore !== " " && charBefore !== ":") return null;
    const at = await target();
    if (!at) return null;
    const offset = at.toText(context.pos);
    const items = await palint.call("complete", { text: at.text, offset, options: options() });
    const mapped = items
      .map((item) => ({ ...item, from: at.toView(item.from), to: at.toView(item.to) }))
      .filter((item) => item.from !== null && item.to !== null);
    if (!mapped.length) return null;
    return {
      from: Math.min(...mapped.map((i) => i.from)),
      to: Math.max(context.pos, ...mapped.map((i) => i.to)),
      options: mapped.map((item) => ({
        label: item.label,
        type: item.kind === "key" ? "property" : "enum",
        detail: item.detail,
        info: item.documentation,
        apply: item.snippet ? snippet(toCodeMirrorSnippet(item.insertText)) : item.insertText,
      })),
      validFor: /^[\w./-]*$/,
    };
  };
}

/** Hover documentation from the schemas. */
export function palintHover(palint, options, target) {
  return hoverTooltip(async (view, pos) => {
    const at = await target();
    if (!at) return null;
    const found = await palint.call("hover", { text: at.text, offset: at.toText(pos), options: options() });
    const from = found && at.toView(found.from);
    if (from === null || from === undefined) return null;
    return {
      pos: from,
      end: at.toView(found.to) ?? from,
      above: true,
      create() {
        const dom = document.createElement("div");
        dom.className = "palint-hover";
        dom.innerHTML = renderMarkdown(found.contents);
        return { dom };
      },
    };
  });
}
