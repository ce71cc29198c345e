// The page's entry. startup.js starts the palint worker and its first answers about the
// opening text, and shows the first check's problems as soon as it answers; then the editor
// (CodeMirror, most of the page's script) is loaded, evaluated and its view created.
import { palint } from "./startup.js";

// Let the worker start (its script, the module's compile, the first check) before the
// editor's code keeps this thread busy: the browser hands it over in tasks of this thread.
await palint.started;
performance.mark("palint:worker-answered");
await import("./editor.js");
