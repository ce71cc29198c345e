import { test } from "node:test";
import assert from "node:assert/strict";
import { findServer, type Environment } from "../src/server-path";

function env(files: string[], pathVariable = "/usr/bin:/opt/tools/bin"): Environment {
  return { extensionPath: "/ext", platform: "linux", arch: "x64", pathVariable, isFile: (f) => files.includes(f) };
}

test("the setting wins when its file exists", () => {
  const found = findServer("/custom/palint", env(["/custom/palint", "/ext/server/linux-x64/palint"]));
  assert.deepEqual(found, { ok: true, server: { command: "/custom/palint", source: "setting" } });
});

test("a setting that points nowhere is a clear error, not a fallback", () => {
  const found = findServer("/missing/palint", env(["/ext/server/linux-x64/palint"]));
  assert.equal(found.ok, false);
  assert.match(found.ok ? "" : found.message, /palint\.server\.path is set to "\/missing\/palint"/);
});

test("the bundled server comes before PATH", () => {
  const found = findServer("", env(["/ext/server/linux-x64/palint", "/usr/bin/palint"]));
  assert.deepEqual(found, { ok: true, server: { command: "/ext/server/linux-x64/palint", source: "bundled" } });
});

test("falls back to palint on PATH", () => {
  const found = findServer(undefined, env(["/opt/tools/bin/palint"]));
  assert.deepEqual(found, { ok: true, server: { command: "/opt/tools/bin/palint", source: "path" } });
});

test("windows names and separators", () => {
  const windows: Environment = { extensionPath: "C:\\ext", platform: "win32", arch: "x64", pathVariable: "C:\\a;C:\\b", isFile: (f) => f.endsWith("palint.exe") && f.includes("b") };
  const found = findServer("", windows);
  assert.equal(found.ok && found.server.source, "path");
});

test("nothing found says what to do", () => {
  const found = findServer("", env([]));
  assert.equal(found.ok, false);
  assert.match(found.ok ? "" : found.message, /not on PATH.*palint\.server\.path/);
});

test("a binary bundled for another platform is not used", () => {
  const mac: Environment = { ...env(["/ext/server/linux-x64/palint"]), platform: "darwin", arch: "arm64" };
  assert.equal(findServer("", mac).ok, false);
  const found = findServer("", { ...mac, isFile: (f) => f === "/ext/server/darwin-arm64/palint" });
  assert.deepEqual(found, { ok: true, server: { command: "/ext/server/darwin-arm64/palint", source: "bundled" } });
});
