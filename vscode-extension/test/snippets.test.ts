import { test } from "node:test";
import assert from "node:assert/strict";
import { stripSnippet } from "../src/wasm-server/snippets";

// The native server's cases (lsp/src/convert.rs `snippets_to_plain_text`).
test("snippets become plain text as in the native server", () => {
  assert.equal(stripSnippet("sku: ${1|Standard,Free|}"), "sku: Standard");
  assert.equal(stripSnippet("aadProfile:\n    $0"), "aadProfile:\n    ");
  assert.equal(stripSnippet("tags: [$0]"), "tags: []");
  assert.equal(stripSnippet("name: ${1:pool}"), "name: ");
});
