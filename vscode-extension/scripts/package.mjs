// Builds the universal .vsix: the WASM language server (dist/, every platform) and the release
// `palint` binary of this machine under server/<platform>-<arch>/ (the fast path where it runs),
// plus the JSON Schemas under schemas/ (for the yamlValidation contribution). Works offline.
// `--without-native` leaves the binary out (what a user on a platform without a bundled
// binary gets; the end-to-end test uses it); `--web-only` also leaves out the desktop entry, so
// VS Code runs the web extension (tested in code-server). Needs `npm --prefix wasm/editor run build` first.
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const repo = join(root, "..");
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { stdio: "inherit", cwd });
const webOnly = process.argv.includes("--web-only");
const withNative = !process.argv.includes("--without-native") && !webOnly;
const executable = process.platform === "win32" ? "palint.exe" : "palint";

run("node", ["scripts/build.mjs"]);
rmSync(join(root, "server"), { recursive: true, force: true });
if (withNative) {
  run("cargo", ["build", "--release", "-p", "palint"], repo);
  const targetDir = process.env.CARGO_TARGET_DIR ?? join(repo, "target");
  const folder = join(root, "server", `${process.platform}-${process.arch}`);
  mkdirSync(folder, { recursive: true });
  copyFileSync(join(targetDir, "release", executable), join(folder, executable));
  chmodSync(join(folder, executable), 0o755);
}
rmSync(join(root, "schemas"), { recursive: true, force: true });
// Only the schemas themselves (not their generators and vendored sources).
mkdirSync(join(root, "schemas"));
for (const name of readdirSync(join(repo, "schemas")).filter((n) => n.endsWith(".schema.json"))) {
  copyFileSync(join(repo, "schemas", name), join(root, "schemas", name));
}
copyFileSync(join(repo, "LICENSE"), join(root, "LICENSE"));

const manifestPath = join(root, "package.json");
const manifest = readFileSync(manifestPath, "utf8");
const { version } = JSON.parse(manifest);
const name = webOnly ? "palint-web-only" : withNative ? "palint" : "palint-wasm-only";
const out = join(root, `${name}-${version}.vsix`);
try {
  if (webOnly) {
    // Without `main`, VS Code can only run the extension in its web worker extension host:
    // the way to test the web build in code-server, as vscode.dev would run it.
    const web = JSON.parse(manifest);
    delete web.main;
    writeFileSync(manifestPath, JSON.stringify(web, null, 2) + "\n");
  }
  run(join(root, "node_modules", ".bin", "vsce"), ["package", "--allow-missing-repository", "--skip-license", "--out", out]);
} finally {
  writeFileSync(manifestPath, manifest);
}
console.log(`packaged ${out}`);
