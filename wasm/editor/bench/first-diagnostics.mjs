// Page load -> first diagnostics rendered, in Debian's headless Chromium: the median of
// `--runs` fresh loads (new browser context each, so nothing is cached) of a built dist/.
// Two figures: the first frame with the first check's problems on the page (the problems
// panel, `firstDiagnosticsMs`) and the first with them in the editor as marks
// (`editorDiagnosticsMs`; builds before 2026-11-23's early panel have only the first, which
// was the editor's: it is used for both).
// `node bench/first-diagnostics.mjs [--runs 15] [--dist path/to/dist ...] [--settle-ms 0] [--wait page]`
// after `npm run build`.
//
// --dist, given more than once: the builds take turns, one load each per round, so a change
//   of the machine's load during the bench (other jobs) falls on all of them alike.
// --settle-ms N: wait N ms between opening the fresh context's window and navigating. A new
//   window starts Chromium's own pages (the omnibox popup's WebUI, ...) in other renderer
//   processes, about 0.6 s of CPU in the first 0.75 s (bench/new-window-cpu.mjs); with 0 the
//   page load competes with that, which a user's already open browser would not make it do.
// --wait page|playwright: how the bench waits for the figure. `page` (default) polls from a
//   function evaluated in the page; `playwright` is page.waitForFunction, as this bench did
//   before, whose polling first injects Playwright's injected script (about 330 KB) into the
//   page while it loads, tens of milliseconds of the page's main thread.
// Each dist is served by a `node serve.mjs` process of its own (bench/server-process.mjs).
import { parseArgs } from "node:util";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import { chromium } from "playwright-core";
import { serveInChildProcess } from "./server-process.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "15" },
    dist: { type: "string", multiple: true, default: [join(here, "..", "dist")] },
    "settle-ms": { type: "string", default: "0" },
    wait: { type: "string", default: "page" },
  },
});
if (!["page", "playwright"].includes(values.wait)) throw new Error(`--wait page|playwright, not ${values.wait}`);
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage"];

async function waitForFirstDiagnostics(page) {
  if (values.wait === "playwright") {
    await page.waitForFunction(() => window.palintStats?.firstDiagnosticsMs != null && window.palintStats.editorDiagnosticsMs !== null, null, { timeout: 30_000 });
    return;
  }
  await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const giveUp = Date.now() + 30_000;
        const poll = () => {
          // editorDiagnosticsMs is undefined in builds that do not have it.
          if (window.palintStats?.firstDiagnosticsMs != null && window.palintStats.editorDiagnosticsMs !== null) resolve();
          else if (Date.now() > giveUp) reject(new Error("no diagnostics within 30 s"));
          else setTimeout(poll, 10);
        };
        poll();
      }),
  );
}

const builds = await Promise.all(
  values.dist.map(async (dist) => ({ dist, server: await serveInChildProcess(dist), times: [], editorTimes: [], afterDom: [], htmlLoaded: [] })),
);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: FLAGS });
for (let run = 0; run < Number(values.runs); run++) {
  for (const build of builds) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await sleep(Number(values["settle-ms"]));
    await page.goto(build.server.url);
    await waitForFirstDiagnostics(page);
    const { first, editor, dom, html } = await page.evaluate(() => {
      const navigation = performance.getEntriesByType("navigation")[0];
      return {
        first: window.palintStats.firstDiagnosticsMs,
        editor: window.palintStats.editorDiagnosticsMs ?? window.palintStats.firstDiagnosticsMs,
        dom: navigation.domContentLoadedEventEnd,
        html: navigation.responseEnd,
      };
    });
    build.times.push(first);
    build.editorTimes.push(editor);
    // From DOMContentLoaded (the page's module scripts have started) to the first diagnostics.
    build.afterDom.push(first - dom);
    // The navigation itself, up to the page's HTML received: the browser's and the server's part.
    build.htmlLoaded.push(html);
    await context.close();
  }
}
await browser.close();
const median = (list) => Math.round(list.sort((a, b) => a - b)[Math.floor(list.length / 2)]);
for (const { dist, server, times, editorTimes, afterDom, htmlLoaded } of builds) {
  await server.close();
  console.log(JSON.stringify({
    dist,
    runs: times.length,
    settleMs: Number(values["settle-ms"]),
    wait: values.wait,
    medianMs: median(times),
    minMs: Math.round(times[0]),
    maxMs: Math.round(times.at(-1)),
    editorMedianMs: median(editorTimes),
    editorMinMs: Math.round(editorTimes[0]),
    editorMaxMs: Math.round(editorTimes.at(-1)),
    afterDomContentLoadedMedianMs: median(afterDom),
    htmlReceivedMedianMs: median(htmlLoaded),
  }));
}
