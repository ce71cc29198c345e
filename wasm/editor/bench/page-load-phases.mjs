// Where a page load's time goes before the first diagnostics: the medians, over `--runs` fresh
// loads of a built dist/, of the page's milestones (performance marks "palint:…" set by
// startup.js, editor.js and the worker, "(worker)") in ms since navigation start, and of the
// phases between them. Same loads as bench/first-diagnostics.mjs (fresh context, page-side wait,
// the server in a process of its own).
// `node bench/page-load-phases.mjs [--runs 9] [--dist path/to/dist] [--settle-ms 1000]`
import { parseArgs } from "node:util";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import { chromium } from "playwright-core";
import { serveInChildProcess } from "./server-process.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "9" },
    dist: { type: "string", default: join(here, "..", "dist") },
    "settle-ms": { type: "string", default: "1000" },
  },
});
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage"];

const server = await serveInChildProcess(values.dist);
const { url } = server;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: FLAGS });
const loads = [];
for (let run = 0; run < Number(values.runs); run++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const worker = new Promise((resolve) => page.once("worker", resolve));
  await sleep(Number(values["settle-ms"]));
  await page.goto(url);
  const pageTimes = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const poll = () => {
          const stats = window.palintStats;
          if (stats?.firstDiagnosticsMs == null || stats.editorDiagnosticsMs === null) return setTimeout(poll, 10);
          const navigation = performance.getEntriesByType("navigation")[0];
          const received = (file) => performance.getEntriesByType("resource").find((entry) => entry.name.endsWith(file))?.responseEnd;
          // The chunk main.js imports statically (esbuild's splitting: startup.js and what the
          // editor shares with it), preloaded with main.js; main.js runs once both are here.
          const chunk = performance.getEntriesByType("resource").find((entry) => /\/chunk-[^/]*\.js$/.test(entry.name))?.responseEnd;
          const marks = Object.fromEntries(performance.getEntriesByType("mark").map((mark) => [mark.name, mark.startTime]));
          resolve({
            origin: performance.timeOrigin,
            times: { "html received": navigation.responseEnd, "main.js received": received("/main.js"), "startup chunk received": chunk, "module received": received(".wasm"), ...marks, "first diagnostics": stats.firstDiagnosticsMs, "editor diagnostics": stats.editorDiagnosticsMs ?? stats.firstDiagnosticsMs },
          });
        };
        poll();
      }),
  );
  // The worker's clock starts with the worker: shift its marks onto the page's.
  const workerTimes = await (await worker).evaluate(() => ({
    origin: performance.timeOrigin,
    marks: performance.getEntriesByType("mark").map((mark) => [mark.name, mark.startTime]),
  }));
  for (const [name, ms] of workerTimes.marks) pageTimes.times[`${name} (worker)`] = ms + workerTimes.origin - pageTimes.origin;
  loads.push(pageTimes.times);
  await context.close();
}
await browser.close();
await server.close();

const median = (list) => Math.round(list.sort((a, b) => a - b)[Math.floor(list.length / 2)]);
const names = [...new Set(loads.flatMap((load) => Object.keys(load)))];
const milestones = names
  .filter((name) => loads.some((load) => load[name] != null))
  .map((name) => [name, median(loads.map((load) => load[name]).filter((ms) => ms != null))])
  .sort((a, b) => a[1] - b[1]);
console.log(`median of ${loads.length} loads, --settle-ms ${values["settle-ms"]}, ms since navigation start:`);
for (const [name, ms] of milestones) console.log(`${String(ms).padStart(6)}  ${name}`);
const phase = (from, to) => median(loads.map((load) => load[to] - load[from]));
console.log("phases (median of each load's difference):");
// The page's critical path (builds before 2026-11-23's early problems panel lack some marks).
for (const [from, to] of [
  ["html received", "main.js received"],
  ["main.js received", "startup chunk received"],
  ["main.js received", "palint:main"],
  ["palint:main", "palint:module-compiled"],
  ["palint:module-compiled", "palint:module-ready"],
  ["palint:module-ready", "palint:early-problems"],
  ["palint:early-problems", "first diagnostics"],
  ["palint:main", "palint:editor-evaluated"],
  ["palint:editor-evaluated", "palint:view-created"],
  ["palint:view-created", "palint:first-check-answered"],
  ["palint:first-check-answered", "editor diagnostics"],
]) {
  if (loads.every((load) => load[from] != null && load[to] != null)) {
    console.log(`${String(phase(from, to)).padStart(6)}  ${from} -> ${to}`);
  }
}
