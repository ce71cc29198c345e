// End-to-end: the built editor (dist/) served on 127.0.0.1, driven in Debian's headless
// Chromium through playwright-core. Run `npm run build` first.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateRawSync } from "node:zlib";
import { chromium } from "playwright-core";
import { serve } from "../serve.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
];

const PROFILE = `managedControlPlane:
  sku: Standard
  autoUpgradeProfile:
    upgradeChannel: stabel
  additionalTags:
    azure: platform
`;

let server, url, browser, context, page;
const foreignRequests = [];

before(async () => {
  assert.ok(existsSync(join(here, "..", "dist", "index.html")), "run `npm run build` first");
  ({ server, url } = await serve(0));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  context = await browser.newContext();
  const origin = new URL(url).origin;
  context.on("request", (request) => {
    const requestUrl = new URL(request.url());
    if (!["data:", "blob:"].includes(requestUrl.protocol) && requestUrl.origin !== origin) foreignRequests.push(request.url());
  });
  page = await context.newPage();
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function setEditorText(text) {
  const content = page.locator('[data-testid="editor"] .cm-content');
  await content.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
}

async function problemCodes() {
  return page.locator('[data-testid="problems"] li').evaluateAll((items) => items.map((i) => i.dataset.code));
}

test("types a profile and sees its problems in the panel and as marks", async () => {
  await page.goto(url);
  await page.waitForFunction(() => window.palintStats?.editorDiagnosticsMs != null);
  await setEditorText(PROFILE);
  await page.waitForFunction(() => {
    const codes = [...document.querySelectorAll('[data-testid="problems"] li')].map((i) => i.dataset.code);
    return codes.includes("reserved-tag") && codes.includes("invalid-upgrade-channel");
  });
  const entries = await page.locator('[data-testid="problems"] li').allInnerTexts();
  const reserved = entries.find((e) => e.includes("reserved-tag"));
  assert.match(reserved, /error/);
  assert.match(reserved, /line 6/);
  assert.match(reserved, /reserved tag/);
  const marks = await page.locator('[data-testid="editor"] .cm-lintRange-error').count();
  assert.ok(marks >= 2, `expected at least 2 error marks, saw ${marks}`);
  assert.match(await page.locator('[data-testid="kind"]').innerText(), /AKS Kubernetes layer values/);

  // Clicking an entry moves the cursor to the problem.
  await page.locator('[data-testid="problems"] li[data-code="reserved-tag"]').click();
  const selected = await page.evaluate(() => {
    const { state } = window.palintView;
    return state.sliceDoc(state.selection.main.from, state.selection.main.to);
  });
  assert.equal(selected, "azure");
});

test("a Helm template and an EKS Profile stay silent", async () => {
  const fixtures = join(here, "..", "..", "..", "tests", "fixtures");
  for (const [file, kind] of [["helm-deployment.yaml", /Kubernetes workload/], ["eks-profile.yaml", /cluster Profile/]]) {
    await setEditorText(PROFILE);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="problems"] li[data-code]').length > 0);
    await setEditorText(readFileSync(join(fixtures, file), "utf8"));
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="problems"] li[data-code]').length === 0);
    await page.waitForFunction((pattern) => new RegExp(pattern).test(document.querySelector('[data-testid="kind"]').innerText), kind.source);
    assert.deepEqual((await problemCodes()).filter(Boolean), [], file);
  }
});

test("completion after `sku: ` offers Standard and Free", async () => {
  await setEditorText("managedControlPlane:\n  sku: ");
  await page.keyboard.press("Control+Space");
  const options = page.locator('.cm-tooltip-autocomplete [role="option"]');
  await options.first().waitFor();
  const labels = await options.allInnerTexts();
  assert.ok(labels.some((l) => l.startsWith("Standard")), labels.join(", "));
  assert.ok(labels.some((l) => l.startsWith("Free")), labels.join(", "));
  await page.keyboard.press("Escape");
});

test("a quick fix edits the text, and the text survives a reload", async () => {
  await setEditorText(PROFILE);
  const fix = page.locator('[data-testid="problems"] li[data-code="invalid-upgrade-channel"] button.fix');
  await fix.waitFor();
  assert.equal(await fix.innerText(), "Replace with `stable`");
  await fix.click();
  await page.waitForFunction(() => {
    const codes = [...document.querySelectorAll('[data-testid="problems"] li')].map((i) => i.dataset.code);
    return !codes.includes("invalid-upgrade-channel") && codes.includes("reserved-tag");
  });
  const text = await page.evaluate(() => window.palintView.state.doc.toString());
  assert.match(text, /upgradeChannel: stable\n/);

  await page.reload();
  await page.waitForFunction(() => window.palintView !== undefined);
  const restored = await page.evaluate(() => window.palintView.state.doc.toString());
  assert.equal(restored, text);
});

test("hover shows the schema's documentation", async () => {
  await setEditorText("managedControlPlane:\n  sku: Free\n");
  const box = await page.locator(".cm-line", { hasText: "sku: Free" }).boundingBox();
  await page.mouse.move(box.x + 5, box.y + box.height / 2);
  await page.mouse.move(box.x + 25, box.y + box.height / 2, { steps: 5 });
  const tooltip = page.locator(".palint-hover");
  await tooltip.waitFor();
  assert.match(await tooltip.innerText(), /managedControlPlane\.sku/);
});

test("the first render uses the answers asked for before the editor loaded", async () => {
  // Auto-detected, then with a kind picked by hand (kept in local storage for the next load).
  const picked = await page.locator('[data-testid="kind-picker"] option').nth(1).getAttribute("value");
  for (const kind of ["", picked]) {
    await page.selectOption('[data-testid="kind-picker"]', kind);
    await page.reload();
    await page.waitForFunction(() => window.palintStats?.editorDiagnosticsMs != null);
    // Every early call was taken by the editor's own call with the same arguments: none was
    // asked for twice, none is left unused.
    assert.equal(await page.evaluate(() => window.palintClient.prefetched.size), 0, `kind "${kind}"`);
    assert.equal(await page.locator('[data-testid="kind-picker"]').inputValue(), kind);
    assert.match(await page.locator("#counts").innerText(), /^\(\d+ errors?, \d+ other\)$/);
  }
  await page.selectOption('[data-testid="kind-picker"]', "");
});

test("the first check's problems are shown before the editor exists, and the editor keeps that list", async () => {
  // A link that carries PROFILE (src/share.js's format), so the first check has problems and a fix.
  const state = deflateRawSync(JSON.stringify({ text: PROFILE, kind: "" })).toString("base64url");
  const early = await browser.newContext();
  // Records the problems list as first filled, and every later change of its items.
  await early.addInitScript(() => {
    window.firstProblems = null;
    window.laterProblemChanges = 0;
    new MutationObserver((records) => {
      const list = document.getElementById("problems");
      if (!list) return;
      if (window.firstProblems === null && list.children.length) {
        window.firstProblems = {
          items: [...list.children],
          editorExisted: window.palintView !== undefined,
          fixesDisabled: [...list.querySelectorAll("button.fix")].map((button) => button.disabled),
          counts: document.getElementById("counts").textContent,
        };
      } else if (window.firstProblems !== null) {
        window.laterProblemChanges += records.filter((r) => r.target === list).length;
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const moduleRequests = [];
  early.on("request", (request) => request.url().endsWith(".wasm") && moduleRequests.push(request.url()));
  const fresh = await early.newPage();
  const errors = [];
  fresh.on("pageerror", (error) => errors.push(String(error)));
  fresh.on("console", (message) => ["error", "warning"].includes(message.type()) && errors.push(message.text()));
  await fresh.goto(`${url}#code=${state}`);
  await fresh.waitForFunction(() => window.palintStats?.editorDiagnosticsMs != null);
  const seen = await fresh.evaluate(() => {
    const list = document.getElementById("problems");
    const { items, editorExisted, fixesDisabled, counts } = window.firstProblems;
    return {
      editorExisted,
      fixesDisabled,
      firstCodes: items.map((item) => item.dataset.code),
      firstCounts: counts,
      sameElements: items.length === list.children.length && items.every((item, i) => item === list.children[i]),
      laterChanges: window.laterProblemChanges,
      fixesNow: [...list.querySelectorAll("button.fix")].map((button) => button.disabled),
      marks: document.querySelectorAll('[data-testid="editor"] .cm-lintRange-error').length,
      stats: window.palintStats,
      earlyMark: performance.getEntriesByName("palint:early-problems")[0]?.startTime,
      viewMark: performance.getEntriesByName("palint:view-created")[0]?.startTime,
    };
  });
  assert.equal(seen.editorExisted, false, "the list was filled before the editor's view existed");
  assert.ok(seen.earlyMark < seen.viewMark, `early problems at ${seen.earlyMark} ms, view at ${seen.viewMark} ms`);
  assert.deepEqual(seen.firstCodes.toSorted(), ["invalid-upgrade-channel", "reserved-tag"]);
  assert.equal(seen.firstCounts, "(2 errors, 0 other)");
  // Fixes wait for the editor (nothing to apply them to before), then work from the same buttons.
  assert.deepEqual(seen.fixesDisabled, [true]);
  assert.deepEqual(seen.fixesNow, [false]);
  // The editor's first render of the same answer kept the very same elements: no flicker.
  assert.equal(seen.sameElements, true);
  assert.equal(seen.laterChanges, 0);
  assert.ok(seen.marks >= 2, `the editor shows the marks too (${seen.marks})`);
  assert.ok(seen.stats.firstDiagnosticsMs <= seen.stats.editorDiagnosticsMs, JSON.stringify(seen.stats));

  // An item and a fix rendered before the editor existed act on it.
  await fresh.locator('[data-testid="problems"] li[data-code="reserved-tag"]').click();
  const selected = await fresh.evaluate(() => {
    const { state } = window.palintView;
    return state.sliceDoc(state.selection.main.from, state.selection.main.to);
  });
  assert.equal(selected, "azure");
  await fresh.locator('[data-testid="problems"] li[data-code="invalid-upgrade-channel"] button.fix').click();
  await fresh.waitForFunction(() => window.palintView.state.doc.toString().includes("upgradeChannel: stable\n"));
  // The worker checked that edit (the first answers came from the page's own instance) with
  // the module the page compiled: fetched once (its preload), no CSP or preload complaints.
  await fresh.waitForFunction(() => !document.querySelector('[data-testid="problems"] li[data-code="invalid-upgrade-channel"]'));
  assert.equal(await fresh.locator('[data-testid="problems"] li[data-code="reserved-tag"]').count(), 1);
  assert.equal(moduleRequests.length, 1, moduleRequests.join(", "));
  assert.deepEqual(errors, []);
  await early.close();
});

test("when the page cannot compile the module, the worker answers the first check", async () => {
  const failing = await browser.newContext();
  // The page's own compile fails (as where a policy forbids it); the worker compiles its own.
  await failing.addInitScript(() => {
    WebAssembly.compileStreaming = () => Promise.reject(new Error("no compile on this page"));
  });
  const moduleRequests = [];
  failing.on("request", (request) => request.url().endsWith(".wasm") && moduleRequests.push(request.url()));
  const other = await failing.newPage();
  await other.goto(url);
  await other.waitForFunction(() => window.palintStats?.editorDiagnosticsMs != null);
  assert.match(await other.locator("#counts").innerText(), /^\(\d+ errors?, \d+ other\)$/);
  await other.evaluate((text) => {
    const view = window.palintView;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  }, PROFILE);
  await other.waitForFunction(() => document.querySelector('[data-testid="problems"] li[data-code="reserved-tag"]'));
  assert.equal(moduleRequests.length, 2, "the preload, then the worker's own fetch");
  await failing.close();
});

test("typing in a long multi-document file: the worker's incremental checks give a fresh check's problems", async () => {
  const examples = join(here, "..", "..", "..", "examples");
  const valid = readFileSync(join(examples, "valid", "aks-values.yaml"), "utf8");
  const invalid = readFileSync(join(examples, "invalid", "aks-values.yaml"), "utf8");
  const documents = Array.from({ length: 40 }, (_, i) => (i % 4 === 3 ? invalid : valid));
  // Put back at the end: the timings test reloads the page with the text it had.
  const before = await page.evaluate(() => window.palintView.state.doc.toString());
  await setEditorText(documents.join("\n---\n"));
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="problems"] li[data-code]').length >= 10);
  // Edits as typing makes them, each checked before the next: a value in one document, a
  // multi-byte character, a `---` inserted inside a document and removed again, a deletion
  // across a document boundary.
  const edits = [
    (doc) => { const at = doc.indexOf("sku: Standard") + 5; return { from: at, to: at + 8, insert: "Premium" }; },
    (doc) => { const at = doc.indexOf("maxPodPerNode") ; return { from: at, insert: "é😀" }; },
    (doc) => { const at = doc.indexOf("managedMachinePool", doc.length / 2); return { from: at, insert: "---\n" }; },
    (doc) => { const at = doc.indexOf("---\nmanagedMachinePool"); return { from: at, to: at + 4 }; },
    (doc) => { const at = doc.indexOf("\n---\n", doc.length / 3); return { from: at - 20, to: at + 30 }; },
  ];
  for (const edit of edits) {
    const checks = await page.evaluate(() => window.palintStats.checks);
    await page.evaluate((source) => {
      const view = window.palintView;
      view.dispatch({ changes: (0, eval)(source)(view.state.doc.toString()) });
    }, edit.toString());
    await page.waitForFunction((before) => window.palintStats.checks > before, checks);
  }
  // Settled: no check for half a second, and the text saved for the next visit.
  let checks = -1;
  while (checks !== (checks = await page.evaluate(() => window.palintStats.checks))) await page.waitForTimeout(500);
  const text = await page.evaluate(() => window.palintView.state.doc.toString());
  assert.equal(await page.evaluate(() => localStorage.getItem("palint-editor:text")), text);
  const listed = (target) => target.locator('[data-testid="problems"] li').allInnerTexts();
  const incremental = await listed(page);
  // A new page opens the same text (from local storage) and checks it fresh, on the page.
  const fresh = await context.newPage();
  await fresh.goto(url);
  await fresh.waitForFunction(() => window.palintStats?.editorDiagnosticsMs != null);
  assert.equal(await fresh.evaluate(() => window.palintView.state.doc.toString()), text);
  assert.ok(incremental.length >= 10, `${incremental.length} problems`);
  assert.deepEqual(incremental, await listed(fresh));
  await fresh.close();
  await page.evaluate((text) => {
    const view = window.palintView;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  }, before);
  await page.waitForFunction((text) => localStorage.getItem("palint-editor:text") === text, before);
});

test("no request leaves the page's origin; timings", async () => {
  await page.reload();
  await page.waitForFunction(() => window.palintStats?.editorDiagnosticsMs != null);
  const { firstDiagnosticsMs, editorDiagnosticsMs } = await page.evaluate(() => window.palintStats);
  const profile = readFileSync(join(here, "..", "..", "..", "examples", "valid", "crossplane-profile.yaml"), "utf8");
  const { medianMs } = await page.evaluate((text) => window.palintBenchmark(text, 200), profile);
  assert.deepEqual(foreignRequests, []);
  const figures = {
    firstDiagnosticsMs: Math.round(firstDiagnosticsMs),
    editorDiagnosticsMs: Math.round(editorDiagnosticsMs),
    checkMedianMs: Number(medianMs.toFixed(3)),
  };
  console.log(`# editor timings: ${JSON.stringify(figures)}`);
  const out = mkdtempSync(join(tmpdir(), "palint-editor-"));
  writeFileSync(join(out, "timings.json"), JSON.stringify(figures));
});
