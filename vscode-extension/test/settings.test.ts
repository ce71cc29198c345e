import { test } from "node:test";
import assert from "node:assert/strict";
import { statusText, translateSettings } from "../src/settings";

test("valid rules and kinds pass through, normalized", () => {
  const { settings, warnings } = translateSettings(
    { "reserved-tag-prefix": "Off", "tag-format": "error" },
    { "layers/**/k8s*.yaml": "kubernetes-aks-values", "ci/*.yaml": "none" },
  );
  assert.deepEqual(settings, {
    rules: { "reserved-tag-prefix": "off", "tag-format": "error" },
    kinds: { "layers/**/k8s*.yaml": "kubernetes-aks-values", "ci/*.yaml": "none" },
  });
  assert.deepEqual(warnings, []);
});

test("invalid entries are dropped with a warning each", () => {
  const { settings, warnings } = translateSettings({ "tag-format": "loud", x: 3 }, { "*.yaml": "helm" });
  assert.deepEqual(settings, { rules: {}, kinds: {} });
  assert.equal(warnings.length, 3);
  assert.match(warnings[0], /tag-format.*"loud"/);
});

test("missing or malformed settings are empty", () => {
  assert.deepEqual(translateSettings(undefined, null).settings, { rules: {}, kinds: {} });
  assert.deepEqual(translateSettings(["a"], "b").settings, { rules: {}, kinds: {} });
});

test("status bar text", () => {
  const labels = { "kubernetes-aks-values": "AKS values" };
  assert.equal(statusText(["kubernetes-aks-values", null], labels).text, "$(check) palint: AKS values");
  assert.equal(statusText([null], labels).text, "palint: not a profile");
  assert.equal(statusText(["crossplane-aks", "kubernetes-aks-values"], labels).text, "$(check) palint: 2 kinds");
});
