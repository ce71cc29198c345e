// End-to-end: the editor as a profile editor, in Debian's headless Chromium through
// playwright-core: the layer list with per-layer problem counts, editing one pack's values in
// its own pane (written back with the pack's indentation), links that carry the text, keyboard
// use, a narrow screen and dark mode. Run `npm run build` first.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../serve.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
];

// Two packs with values; the AKS layer has a wrong sku and a misspelled upgrade channel.
const PROFILE = `apiVersion: cluster.palette.crossplane.io/v1alpha1
kind: Profile
metadata:
  name: aks-base
spec:
  forProvider:
    name: aks-base
    cloud: aks
    type: cluster
    pack:
      - name: kubernetes-aks
        tag: "1.30"
        values: |
          managedControlPlane:
            sku: Premium
            autoUpgradeProfile:
              upgradeChannel: stabel
      - name: nginx
        tag: "1.10"
        values: |
          replicaCount: 2
`;

let server, url, browser;

before(async () => {
  assert.ok(existsSync(join(here, "..", "dist", "index.html")), "run `npm run build` first");
  ({ server, url } = await serve(0));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function openEditor(options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.palintStats?.editorDiagnosticsMs != null);
  return page;
}

async function setWholeText(page, text) {
  await page.evaluate((text) => {
    const view = window.palintView;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  }, text);
}

const wholeText = (page) => page.evaluate(() => window.palintView.state.doc.toString());
const layerButton = (page, index) => page.locator(`[data-testid="layers"] button[data-layer="${index}"]`);

async function layerCounts(page) {
  return page.locator('[data-testid="layers"] button').evaluateAll((buttons) =>
    buttons.map((b) => [b.querySelector(".layer-name").textContent, b.querySelector(".layer-counts").dataset.errors]),
  );
}

test("a Profile's packs are listed as layers with their problem counts", async () => {
  const page = await openEditor();
  assert.equal(await page.locator('[data-testid="layers"]').isHidden(), true, "no layers for plain AKS values");
  await setWholeText(page, PROFILE);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="layers"] button').length === 3);
  await page.waitForFunction(() => document.querySelector('[data-layer="0"] .layer-counts').dataset.errors === "2");
  assert.deepEqual(await layerCounts(page), [
    ["Whole file", "2"],
    ["kubernetes-aks", "2"],
    ["nginx", "0"],
  ]);
  assert.match(await layerButton(page, 0).innerText(), /kubernetes-aks-values/);
  await page.context().close();
});

test("a layer's values are edited in their own pane and written back indented", async () => {
  const page = await openEditor();
  await setWholeText(page, PROFILE);
  await layerButton(page, 0).waitFor();
  await layerButton(page, 0).click();
  const pane = page.locator('[data-testid="layer-pane"] .cm-content');
  await pane.waitFor();
  assert.equal(await page.locator('[data-testid="editor"]').isHidden(), true);
  const paneText = () => page.evaluate(() => window.palintLayers.pane.state.doc.toString());
  assert.equal(await paneText(), "managedControlPlane:\n  sku: Premium\n  autoUpgradeProfile:\n    upgradeChannel: stabel\n");

  // The pane has its own diagnostics (marks at the values' own positions) and problems list.
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="layer-pane"] .cm-lintRange-error').length >= 2);
  const codes = await page.locator('[data-testid="problems"] li').evaluateAll((items) => items.map((i) => i.dataset.code));
  assert.deepEqual(codes.sort(), ["invalid-sku", "invalid-upgrade-channel"]);

  // Typing in the pane: a new key on a new line, written back with the pack's indentation.
  await page.evaluate(() => {
    const pane = window.palintLayers.pane;
    pane.dispatch({ selection: { anchor: pane.state.doc.length } });
  });
  await pane.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type("managedMachinePool:\n");
  await page.waitForFunction(() => window.palintView.state.doc.toString().includes("managedMachinePool"));
  const whole = await wholeText(page);
  assert.match(whole, /\n          managedControlPlane:\n            sku: Premium\n/);
  assert.match(whole, /\n          managedMachinePool:\n/);
  assert.match(whole, /\n      - name: nginx\n        tag: "1.10"\n        values: \|\n          replicaCount: 2\n/);

  // Completion in the pane comes from the whole text's schema (AKS values under the pack).
  await page.keyboard.type("  ");
  await page.keyboard.press("Control+Space");
  const options = page.locator('.cm-tooltip-autocomplete [role="option"]');
  await options.first().waitFor();
  const labels = await options.allInnerTexts();
  assert.ok(labels.some((l) => l.startsWith("maxPodPerNode")), labels.join(", "));
  // Escape closes the completion list, not the pane.
  await page.keyboard.press("Escape");
  await options.first().waitFor({ state: "detached" });
  assert.equal(await page.locator('[data-testid="layer-pane"]').isVisible(), true);

  // A quick fix from the problems list edits the whole text; the pane follows.
  const fix = page.locator('[data-testid="problems"] li[data-code="invalid-upgrade-channel"] button.fix');
  await fix.waitFor();
  await fix.click();
  await page.waitForFunction(() => window.palintLayers.pane.state.doc.toString().includes("upgradeChannel: stable\n"));
  assert.match(await wholeText(page), /\n              upgradeChannel: stable\n/);

  // Back to the whole file; its text is a valid profile with the edit in it.
  await layerButton(page, "whole").click();
  assert.equal(await page.locator('[data-testid="editor"]').isVisible(), true);
  await page.waitForFunction(() => document.querySelector('[data-layer="0"] .layer-counts').dataset.errors === "1");
  await page.context().close();
});

test("a shared link carries the text and the kind, and opens it elsewhere", async () => {
  const page = await openEditor();
  await setWholeText(page, PROFILE);
  await page.locator('[data-testid="share"]').click();
  await page.waitForFunction(() => location.hash.startsWith("#code="));
  const link = await page.evaluate(() => location.href);
  const field = page.locator('[data-testid="share-link"]');
  assert.equal(await field.inputValue(), link);
  assert.ok(link.length < PROFILE.length * 2, `the link is compressed (${link.length} characters)`);
  await page.context().close();

  // A new browser profile (nothing in its storage) opening the link gets the text.
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(link);
  await other.waitForFunction(() => window.palintView !== undefined);
  assert.equal(await wholeText(other), PROFILE);
  await other.waitForFunction(() => document.querySelectorAll('[data-testid="layers"] button').length === 3);
  await context.close();
});

test("keyboard only: layers, problems and fixes", async () => {
  const page = await openEditor();
  await setWholeText(page, PROFILE);
  await layerButton(page, 0).waitFor();
  // Enter on a focused layer opens its pane and moves the keyboard into it.
  await layerButton(page, 0).focus();
  await page.keyboard.press("Enter");
  await page.locator('[data-testid="layer-pane"] .cm-content').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("aria-label")), "Layer values editor");
  // Escape returns to the whole file.
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.querySelector('[data-testid="editor"]').hidden);
  // The skip link leads to the problems; Tab reaches a problem, Enter selects it in the text.
  const item = page.locator('[data-testid="problems"] li[data-code="invalid-sku"]');
  await item.waitFor();
  await item.focus();
  await page.keyboard.press("Enter");
  const selected = await page.evaluate(() => {
    const { state } = window.palintView;
    return state.sliceDoc(state.selection.main.from, state.selection.main.to);
  });
  assert.equal(selected, "Premium");
  // Tab from the problem reaches its fix button; Enter applies it.
  const channel = page.locator('[data-testid="problems"] li[data-code="invalid-upgrade-channel"]');
  await channel.focus();
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.className), "fix");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.palintView.state.doc.toString().includes("upgradeChannel: stable"));
  // Every control has a name for screen readers.
  const unnamed = await page.evaluate(() =>
    [...document.querySelectorAll("button, select, input:not([hidden])")]
      .filter((e) => !e.hidden && !(e.getAttribute("aria-label") || e.labels?.[0]?.textContent || e.textContent).trim())
      .map((e) => e.outerHTML),
  );
  assert.deepEqual(unnamed, []);
  await page.context().close();
});

test("narrow screen and dark mode; a screenshot for the README", async () => {
  const narrow = await openEditor({ viewport: { width: 390, height: 844 } });
  await setWholeText(narrow, PROFILE);
  await layerButton(narrow, 0).waitFor();
  const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling on a phone (${overflow}px too wide)`);
  await narrow.context().close();

  const dark = await openEditor({ colorScheme: "dark", viewport: { width: 1280, height: 720 } });
  const background = await dark.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = background.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 150, `a dark page background (${background})`);
  const editorBackground = await dark.evaluate(() => getComputedStyle(document.querySelector(".cm-editor")).backgroundColor);
  const [er, eg, eb] = editorBackground.match(/\d+/g).map(Number);
  assert.ok(er + eg + eb < 200, `a dark editor (${editorBackground})`);
  await setWholeText(dark, PROFILE);
  await layerButton(dark, 0).waitFor();
  await layerButton(dark, 0).click();
  await dark.waitForFunction(() => document.querySelectorAll('[data-testid="layer-pane"] .cm-lintRange-error').length >= 2);
  if (process.env.PALINT_SCREENSHOT) {
    mkdirSync(dirname(process.env.PALINT_SCREENSHOT), { recursive: true });
    await dark.screenshot({ path: process.env.PALINT_SCREENSHOT });
  }
  await dark.context().close();
});
