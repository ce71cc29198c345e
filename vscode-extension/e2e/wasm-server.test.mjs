// The WASM language server (dist/wasm-server.js) against the native `palint lsp`: both run as
// real processes over stdio, get the same messages from one client, and must answer the same:
// diagnostics of every file in examples/ and of a workspace with a `.palint.yaml`, a Terraform
// module and a YAML file a Terraform pack loads, then completion, hover, quick fixes, the
// outline, palint's own requests, and diagnostics after edits. Needs `npm run package` (it
// builds dist/ and the release binary).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node.js";

const here = dirname(fileURLToPath(import.meta.url));
const extensionRoot = join(here, "..");
const repo = join(extensionRoot, "..");
const native = join(process.env.CARGO_TARGET_DIR ?? join(repo, "target"), "release", "palint");
const wasmServer = join(extensionRoot, "dist", "wasm-server.js");

const SETTINGS = { rules: { "tag-count": "hint" }, kinds: { "vendor/**": "none" } };
let workspace;
let files = [];

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** A language server process and an LSP client talking to it over stdio. */
async function startServer(command, args) {
  const child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"] });
  child.stderr.on("data", () => {});
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published = new Map();
  const publishCount = new Map();
  const waiting = [];
  connection.onNotification("textDocument/publishDiagnostics", (params) => {
    published.set(params.uri, params);
    publishCount.set(params.uri, (publishCount.get(params.uri) ?? 0) + 1);
    for (const w of [...waiting]) w();
  });
  connection.onNotification("window/logMessage", () => {});
  connection.onRequest("workspace/configuration", (params) => params.items.map((item) => (item.section === "palint" ? SETTINGS : null)));
  connection.onRequest("client/registerCapability", () => null);
  connection.listen();
  const root = pathToFileURL(workspace).href;
  await connection.sendRequest("initialize", {
    processId: process.pid,
    rootUri: root,
    workspaceFolders: [{ uri: root, name: "workspace" }],
    initializationOptions: { palint: SETTINGS },
    capabilities: {
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: { completion: { completionItem: { snippetSupport: true } }, publishDiagnostics: { versionSupport: true } },
    },
  });
  await connection.sendNotification("initialized", {});
  /** Waits until every URI has diagnostics for `version` (or any version when undefined). */
  const diagnosticsOf = async (uris, version) => {
    const ready = () => uris.every((uri) => published.get(uri) && (version === undefined || published.get(uri).version === version));
    const deadline = Date.now() + 30_000;
    while (!ready()) {
      if (Date.now() > deadline) throw new Error(`${command}: no diagnostics for ${uris.filter((u) => !published.get(u)).join(", ")}`);
      await new Promise((resolve) => {
        waiting.push(resolve);
        setTimeout(resolve, 200);
      });
    }
    return Object.fromEntries(uris.map((uri) => [uri, published.get(uri).diagnostics]));
  };
  const stop = async () => {
    await connection.sendRequest("shutdown").catch(() => {});
    await connection.sendNotification("exit").catch(() => {});
    connection.dispose();
    child.kill();
  };
  return { connection, diagnosticsOf, stop, publishCount };
}

let servers;

before(async () => {
  assert.ok(existsSync(native), `no native binary at ${native}: run \`npm run package\``);
  assert.ok(existsSync(wasmServer), "no dist/wasm-server.js: run `npm run build`");
  workspace = mkdtempSync(join(tmpdir(), "palint-wasm-server-"));
  cpSync(join(repo, "examples"), join(workspace, "examples"), { recursive: true });
  // The config changes a rule's level and maps a folder to a kind (and names a rule that does not
  // exist: a problem of the config file itself); the editor's settings go over it.
  writeFileSync(
    join(workspace, ".palint.yaml"),
    "rules:\n  reserved-tag: warning\n  no-such-rule: off\nkinds:\n  - glob: \"layers/*.yaml\"\n    kind: kubernetes-aks-values\n",
  );
  mkdirSync(join(workspace, "layers"));
  writeFileSync(join(workspace, "layers", "k8s.yaml"), "managedMachinePool:\n  maxPodPerNode: 5\n");
  mkdirSync(join(workspace, "vendor"));
  writeFileSync(join(workspace, "vendor", "aks.yaml"), "managedControlPlane:\n  sku: Premium\n");
  // A Terraform module: a variable's default in another file, and a pack's values file.
  const tf = join(workspace, "infra");
  mkdirSync(tf);
  writeFileSync(
    join(tf, "main.tf"),
    'resource "spectrocloud_cluster_azure" "c" {\n  name          = "azure-1"\n  apply_setting = var.apply\n}\n' +
      'resource "spectrocloud_cluster_profile" "p" {\n  name = "aks"\n  cloud = "aks"\n  type = "cluster"\n  pack {\n    name   = "kubernetes-aks"\n    tag    = "1.30"\n    values = file("values/aks.yaml")\n  }\n}\n',
  );
  writeFileSync(join(tf, "variables.tf"), 'variable "apply" {\n  default = "DownloadAndInstal"\n}\n');
  mkdirSync(join(tf, "values"));
  writeFileSync(join(tf, "values", "aks.yaml"), "managedMachinePool:\n  maxPodPerNode: 5\n");
  files = walk(workspace).filter((f) => /\.(ya?ml|tf)$/.test(f) && !f.endsWith(".palint.yaml")).sort();
  servers = {
    native: await startServer(native, ["lsp"]),
    wasm: await startServer(process.execPath, [wasmServer, "--stdio"]),
  };
  for (const server of Object.values(servers)) {
    for (const file of files) {
      await server.connection.sendNotification("textDocument/didOpen", {
        textDocument: { uri: pathToFileURL(file).href, languageId: file.endsWith(".tf") ? "terraform" : "yaml", version: 1, text: readFileSync(file, "utf8") },
      });
    }
  }
});

after(async () => {
  for (const server of Object.values(servers ?? {})) await server.stop();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

/** The same request to both servers; their answers must be equal. */
async function both(method, params) {
  const [fromNative, fromWasm] = await Promise.all([servers.native.connection.sendRequest(method, params), servers.wasm.connection.sendRequest(method, params)]);
  assert.deepEqual(fromWasm, fromNative, `${method} ${JSON.stringify(params)}`);
  return fromNative;
}

test("the same diagnostics on every file, with the config, the editor's settings and the Terraform module", async () => {
  const uris = files.map((f) => pathToFileURL(f).href);
  const native = await servers.native.diagnosticsOf(uris);
  const wasm = await servers.wasm.diagnosticsOf(uris);
  assert.deepEqual(wasm, native);
  const at = (path) => native[pathToFileURL(join(workspace, path)).href];
  // The fixtures do what they should, so the comparison means something.
  assert.ok(at("examples/invalid/aks-values.yaml").length >= 3);
  assert.equal(at("layers/k8s.yaml")[0]?.code, "invalid-value", "config kind glob");
  assert.deepEqual(at("vendor/aks.yaml"), [], "editor kind glob");
  assert.ok(at("infra/main.tf").some((d) => d.message.includes("variables.tf")), "module variable");
  assert.equal(at("infra/values/aks.yaml")[0]?.code, "invalid-value", "values file of a Terraform pack");
  // The config file is not open: its own problem is published for it.
  const config = [pathToFileURL(join(workspace, ".palint.yaml")).href];
  const configNative = await servers.native.diagnosticsOf(config);
  assert.deepEqual(await servers.wasm.diagnosticsOf(config), configNative);
  assert.match(configNative[config[0]][0]?.message ?? "", /no-such-rule/);
  const severities = Object.values(native).flat().filter((d) => d.code === "reserved-tag").map((d) => d.severity);
  assert.ok(severities.length > 0 && severities.every((s) => s === 2), "reserved-tag is a warning by the config");
});

test("the same completion, hover, quick fixes, outline and palint requests", async () => {
  let compared = 0;
  for (const file of files.filter((f) => f.includes("invalid") || f.includes("infra"))) {
    const uri = pathToFileURL(file).href;
    const textDocument = { uri };
    const text = readFileSync(file, "utf8");
    const lines = text.split("\n");
    // A few positions per file: keys and values of the first lines.
    for (let line = 0; line < Math.min(lines.length, 12); line += 3) {
      for (const character of [2, Math.max(0, lines[line].length - 1)]) {
        const position = { line, character };
        await both("textDocument/completion", { textDocument, position });
        await both("textDocument/hover", { textDocument, position });
        compared += 2;
      }
    }
    const diagnostics = (await servers.native.diagnosticsOf([uri]))[uri];
    for (const d of diagnostics) {
      const actions = await both("textDocument/codeAction", { textDocument, range: d.range, context: { diagnostics: [d] } });
      assert.ok(actions.length >= 1, "at least the disable-for-line action");
      compared++;
    }
    await both("textDocument/documentSymbol", { textDocument });
    await both("palint/documentInfo", { uri });
    compared += 2;
  }
  const explained = await both("palint/explainRule", { code: "invalid-sku" });
  assert.match(explained.markdown, /invalid-sku/);
  assert.equal(await both("palint/explainRule", { code: "no-such-rule" }), null);
  assert.ok(compared > 50, `compared ${compared} answers`);
});

test("the same diagnostics after edits (incremental changes, multi-byte text)", async () => {
  const file = join(workspace, "examples", "invalid", "aks-values.yaml");
  const uri = pathToFileURL(file).href;
  const edits = [
    { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: "# Größe 😀\n" },
    { range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, text: "" },
    { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: "managedControlPlane:\n  sku: premium\n---\n" },
  ];
  for (const [i, change] of edits.entries()) {
    const version = 2 + i;
    for (const server of Object.values(servers)) {
      await server.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [change] });
    }
    const native = await servers.native.diagnosticsOf([uri], version);
    const wasm = await servers.wasm.diagnosticsOf([uri], version);
    assert.deepEqual(wasm, native, `after edit ${i + 1}`);
  }
  const last = (await servers.native.diagnosticsOf([uri], 4))[uri];
  assert.ok(last.some((d) => d.code === "invalid-sku"), JSON.stringify(last));
  assert.ok(relative(workspace, file));
});

test("a burst of 200 changes: the last version's diagnostics, without checking every version", async () => {
  const file = join(workspace, "examples", "invalid", "crossplane-aks.yaml");
  const uri = pathToFileURL(file).href;
  const before = servers.wasm.publishCount.get(uri) ?? 0;
  const insert = (version) => ({
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    text: version % 2 ? "# typing\n" : "",
  });
  for (const server of Object.values(servers)) {
    // Sent without waiting, as fast typing does: they are all queued before the first check.
    for (let version = 10; version < 210; version++) {
      void server.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [insert(version)] });
    }
  }
  const native = await servers.native.diagnosticsOf([uri], 209);
  assert.deepEqual(await servers.wasm.diagnosticsOf([uri], 209), native);
  const checked = (servers.wasm.publishCount.get(uri) ?? 0) - before;
  assert.ok(checked < 50, `the WASM server published ${checked} of 200 versions`);
});
