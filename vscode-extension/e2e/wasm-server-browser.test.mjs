// The web extension's server (dist/wasm-server-browser.js) in a web worker of headless Chromium,
// driven with LSP messages as VS Code for the web sends them (worker messages): its diagnostics on
// every file of examples/ must be those of `palint check`, and completion must work. Needs
// `npm run package` (dist/ and the release binary).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "..", "dist");
const repo = join(here, "..", "..");
const native = join(process.env.CARGO_TARGET_DIR ?? join(repo, "target"), "release", "palint");
const SEVERITIES = { error: 1, warning: 2, info: 3, hint: 4 };

let server, browser, page;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

before(async () => {
  assert.ok(existsSync(join(dist, "wasm-server-browser.js")), "run `npm run build` first");
  server = createServer((request, response) => {
    const name = new URL(request.url, "http://x").pathname.slice(1);
    if (name === "") return response.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>worker</title>");
    const types = { js: "text/javascript", wasm: "application/wasm" };
    const file = join(dist, name);
    if (!/^[\w.-]+$/.test(name) || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { "content-type": types[name.split(".").pop()] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  // A minimal LSP client over worker messages, as vscode-languageclient/browser speaks it.
  await page.evaluate(async () => {
    const worker = new Worker("/wasm-server-browser.js");
    // As the web extension does: the module's bytes first, then LSP messages.
    const module = await (await fetch("/palint_wasm_bg.wasm")).arrayBuffer();
    worker.postMessage({ palintModule: new Uint8Array(module) });
    const pending = new Map();
    const published = new Map();
    let nextId = 1;
    worker.onmessage = ({ data }) => {
      if (data.id !== undefined && pending.has(data.id)) {
        pending.get(data.id)(data);
        pending.delete(data.id);
      } else if (data.method === "textDocument/publishDiagnostics") {
        published.set(data.params.uri, data.params.diagnostics);
      } else if (data.id !== undefined && data.method) {
        worker.postMessage({ jsonrpc: "2.0", id: data.id, result: null });
      }
    };
    window.lsp = {
      request: (method, params) =>
        new Promise((resolve) => {
          const id = nextId++;
          pending.set(id, resolve);
          worker.postMessage({ jsonrpc: "2.0", id, method, params });
        }),
      notify: (method, params) => worker.postMessage({ jsonrpc: "2.0", method, params }),
      published: (uri) => published.get(uri) ?? null,
    };
  });
  const initialized = await page.evaluate(() =>
    window.lsp.request("initialize", { processId: null, rootUri: null, capabilities: { textDocument: { completion: { completionItem: { snippetSupport: false } } } } }),
  );
  assert.equal(initialized.result.serverInfo.name, "palint (WASM)");
  await page.evaluate(() => window.lsp.notify("initialized", {}));
});

after(async () => {
  await browser?.close();
  server?.close();
});

test("in a web worker, diagnostics on every example equal palint check's", async () => {
  const files = walk(join(repo, "examples")).filter((f) => f.endsWith(".yaml")).sort();
  const cli = spawnSync(native, ["check", "--format", "json", ...files], { encoding: "utf8" });
  const report = JSON.parse(cli.stdout);
  let compared = 0;
  for (const file of files) {
    const uri = pathToFileURL(file).href;
    await page.evaluate(([uri, text]) => window.lsp.notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text } }), [uri, readFileSync(file, "utf8")]);
    const found = await page.waitForFunction((uri) => window.lsp.published(uri), uri, { timeout: 30_000 }).then((h) => h.jsonValue());
    const expected = (report.files.find((f) => f.path === file)?.diagnostics ?? []).map((d) => ({
      range: d.range,
      severity: SEVERITIES[d.severity],
      code: d.code,
      message: d.message,
    }));
    assert.deepEqual(
      found.map(({ range, severity, code, message }) => ({ range, severity, code, message })),
      expected,
      file,
    );
    compared += expected.length;
  }
  assert.ok(compared >= 10, `compared ${compared} diagnostics`);
});

test("in a web worker, completion after `sku: ` offers Standard and Free", async () => {
  const uri = "file:///work/aks.yaml";
  await page.evaluate((uri) => window.lsp.notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text: "managedControlPlane:\n  sku: \n" } }), uri);
  const answer = await page.evaluate((uri) => window.lsp.request("textDocument/completion", { textDocument: { uri }, position: { line: 1, character: 7 } }), uri);
  const labels = answer.result.map((item) => item.label);
  assert.ok(labels.includes("Standard") && labels.includes("Free"), labels.join(", "));
});
