import { test } from "node:test";
import assert from "node:assert/strict";
import { chooseServer } from "../src/server-kind";
import type { Discovery } from "../src/server-path";

const found: Discovery = { ok: true, server: { command: "/ext/server/linux-x64/palint", source: "bundled" } };
const missing: Discovery = { ok: false, message: "palint's language server was not found" };

test("auto runs the native server when there is one", () => {
  assert.deepEqual(chooseServer("auto", found), { kind: "native", server: found.ok ? found.server : undefined });
  assert.equal(chooseServer(undefined, found).kind, "native");
  assert.equal(chooseServer("", found).kind, "native");
});

test("auto falls back to WASM without a native binary", () => {
  assert.equal(chooseServer("auto", missing).kind, "wasm");
  assert.equal(chooseServer(undefined, missing).kind, "wasm");
});

test("wasm wins even when a native binary exists", () => {
  assert.equal(chooseServer("wasm", found).kind, "wasm");
});

test("native without a binary is the search's error, not a silent fallback", () => {
  assert.deepEqual(chooseServer("native", missing), { kind: "none", message: "palint's language server was not found" });
});

test("an unknown kind is a clear error", () => {
  const plan = chooseServer("java", found);
  assert.equal(plan.kind, "none");
  assert.match(plan.kind === "none" ? plan.message : "", /palint\.server\.kind is "java"/);
});
