// Where a page load's time goes before the first diagnostics: the medians, over `--runs` fresh
// loads of a built dist/, of the page's milestones (performance marks "palint:…" set by
// main.js, editor.js and the worker) in ms since navigation start, and of the phases between
// them. Same loads as bench/first-diagnostics.mjs (fresh context, page-side wait).
// `node bench/page-load-phases.mjs [--runs 9] [--dist path/to/dist] [--settle-ms 1000]`
import { parseArgs } from "node:util";
import { resolve, join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import { chromium } from "playwright-core";
import { serve } from "../serve.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "9" },
    dist: { type: "string", default: join(here, "..", "dist") },
    "settle-ms": { type: "string", default: "1000" },
  },
});
const FLAGS = [...(process.env.EXTRA_FLAGS ? process.env.EXTRA_FLAGS.split(" ") : []), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage"];

const { server, url } = await serve(0, resolve(values.dist));
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
          const script = performance.getEntriesByType("resource").find((entry) => entry.name.endsWith("/main.js"));
          const marks = Object.fromEntries(performance.getEntriesByType("mark").map((mark) => [mark.name, mark.startTime]));
          resolve({
            origin: performance.timeOrigin,
            times: { "html received": navigation.responseEnd, "main.js received": script.responseEnd, ...marks, "first diagnostics": stats.firstDiagnosticsMs, "editor diagnostics": stats.editorDiagnosticsMs ?? stats.firstDiagnosticsMs },
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
server.close();

const median = (list) => Math.round(list.sort((a, b) => a - b)[Math.floor(list.length / 2)]);
const milestones = Object.keys(loads[0])
  .map((name) => [name, median(loads.map((load) => load[name]).filter((ms) => ms != null))])
  .sort((a, b) => a[1] - b[1]);
console.log(`median of ${loads.length} loads, --settle-ms ${values["settle-ms"]}, ms since navigation start:`);
for (const [name, ms] of milestones) console.log(`${String(ms).padStart(6)}  ${name}`);
const phase = (from, to) => median(loads.map((load) => load[to] - load[from]));
console.log("phases (median of each load's difference):");
for (const [from, to] of [
  ["main.js received", "palint:main"],
  ["palint:main", "palint:editor-evaluated"],
  ["palint:editor-evaluated", "palint:worker-answered"],
  ["palint:worker-answered", "palint:view-created"],
  ["palint:view-created", "palint:first-check-answered"],
  ["palint:first-check-answered", "first diagnostics"],
]) {
  console.log(`${String(phase(from, to)).padStart(6)}  ${from} -> ${to}`);
}
