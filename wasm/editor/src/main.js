// The page's entry. startup.js reads the opening text, checks it and shows its problems as
// soon as palint answers; then the editor (CodeMirror, most of the page's script) is loaded,
// evaluated and its view created, which keep this thread busy for a while.
import { firstProblemsShown } from "./startup.js";

/** How long the editor waits for the first problems (a slow network, a slow first check). */
const FIRST_PROBLEMS_WAIT_MS = 1000;

await Promise.race([firstProblemsShown, new Promise((resolve) => setTimeout(resolve, FIRST_PROBLEMS_WAIT_MS))]);
await import("./editor.js");
