// Dark mode from the system setting: CodeMirror's One Dark theme while the system prefers dark,
// switched live when the setting changes (the page's own colours follow in style.css).
import { Compartment } from "@codemirror/state";
import { ViewPlugin } from "@codemirror/view";
import { oneDark } from "@codemirror/theme-one-dark";

const query = window.matchMedia("(prefers-color-scheme: dark)");
const theme = () => (query.matches ? oneDark : []);

/** The theme extension of one editor view. */
export function colorScheme() {
  const compartment = new Compartment();
  const follow = ViewPlugin.define((view) => {
    const changed = () => view.dispatch({ effects: compartment.reconfigure(theme()) });
    query.addEventListener("change", changed);
    return { destroy: () => query.removeEventListener("change", changed) };
  });
  return [compartment.of(theme()), follow];
}
