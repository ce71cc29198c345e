// What opening a new browser context's window costs Chromium by itself, with no page loaded:
// the CPU time of Chromium's processes (from /proc, Linux) in 250 ms windows after
// `newContext()` + `newPage()`, by process type. The page-load bench opens such a window for
// every run; this says how long to let it settle (`--settle-ms`) before navigating.
// `node bench/new-window-cpu.mjs [--windows 5]`
import { readFileSync, readdirSync } from "node:fs";
import { parseArgs } from "node:util";
import { setTimeout as sleep } from "node:timers/promises";
import { chromium } from "playwright-core";

const { values } = parseArgs({ options: { windows: { type: "string", default: "5" } } });
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage"];
const TICK_MS = 1000 / 100; // USER_HZ

/** CPU ms (user + system) of every Chromium process, by pid, with its --type. */
function chromiumCpu() {
  const processes = {};
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!command.includes("chromium")) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      const type = command.match(/--type=([a-z-]+)/)?.[1] ?? "browser";
      processes[pid] = { type, ms: (Number(fields[11]) + Number(fields[12])) * TICK_MS };
    } catch {
      // The process ended while being read.
    }
  }
  return processes;
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: FLAGS });
await sleep(3000); // the browser's own start-up first
const rows = [];
for (let window = 0; window < Number(values.windows); window++) {
  const context = await browser.newContext();
  await context.newPage();
  const perWindow = [];
  for (let step = 0; step < 6; step++) {
    const before = chromiumCpu();
    await sleep(250);
    let total = 0;
    for (const [pid, { ms }] of Object.entries(chromiumCpu())) total += ms - (before[pid]?.ms ?? 0);
    perWindow.push(Math.round(total));
  }
  rows.push(perWindow);
  await context.close();
  await sleep(1000);
}
await browser.close();
const median = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
console.log(JSON.stringify({
  windows: rows.length,
  cpuMsPer250MsWindowMedian: rows[0].map((_, step) => median(rows.map((row) => row[step]))),
  all: rows,
}));
