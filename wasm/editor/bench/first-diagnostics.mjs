// Page load -> first diagnostics rendered, in Debian's headless Chromium: the median of
// `--runs` fresh loads (new browser context each, so nothing is cached) of a built dist/.
// `node bench/first-diagnostics.mjs [--runs 15] [--dist path/to/dist]` after `npm run build`.
import { parseArgs } from "node:util";
import { resolve, join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../serve.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: { runs: { type: "string", default: "15" }, dist: { type: "string", default: join(here, "..", "dist") } },
});
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage"];

const { server, url } = await serve(0, resolve(values.dist));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: FLAGS });
const times = [];
const afterDom = [];
for (let run = 0; run < Number(values.runs); run++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.palintStats?.firstDiagnosticsMs !== null, null, { timeout: 30_000 });
  const { first, dom } = await page.evaluate(() => ({
    first: window.palintStats.firstDiagnosticsMs,
    dom: performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd,
  }));
  times.push(first);
  // From the page's scripts having run (HTML and bundle loaded) to the first diagnostics.
  afterDom.push(first - dom);
  await context.close();
}
await browser.close();
server.close();
const median = (list) => Math.round(list.sort((a, b) => a - b)[Math.floor(list.length / 2)]);
console.log(JSON.stringify({
  dist: values.dist,
  runs: times.length,
  medianMs: median(times),
  minMs: Math.round(times[0]),
  maxMs: Math.round(times.at(-1)),
  afterDomContentLoadedMedianMs: median(afterDom),
}));
