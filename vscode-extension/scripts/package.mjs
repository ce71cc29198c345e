// Builds a linux-x64 .vsix that bundles the release `palint` binary under server/ and the
// JSON Schemas under schemas/ (for the yamlValidation contribution). Works offline.
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const repo = join(root, "..");
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { stdio: "inherit", cwd });

run("cargo", ["build", "--release", "-p", "palint"], repo);
run("node", ["scripts/build.mjs"]);

const targetDir = process.env.CARGO_TARGET_DIR ?? join(repo, "target");
rmSync(join(root, "server"), { recursive: true, force: true });
mkdirSync(join(root, "server"));
copyFileSync(join(targetDir, "release", "palint"), join(root, "server", "palint"));
chmodSync(join(root, "server", "palint"), 0o755);
rmSync(join(root, "schemas"), { recursive: true, force: true });
// Only the schemas themselves (not their generators and vendored sources).
mkdirSync(join(root, "schemas"));
for (const name of readdirSync(join(repo, "schemas")).filter((n) => n.endsWith(".schema.json"))) {
  copyFileSync(join(repo, "schemas", name), join(root, "schemas", name));
}
copyFileSync(join(repo, "LICENSE"), join(root, "LICENSE"));

const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const out = join(root, `palint-linux-x64-${version}.vsix`);
run(join(root, "node_modules", ".bin", "vsce"), ["package", "--target", "linux-x64", "--allow-missing-repository", "--skip-license", "--out", out]);
console.log(`packaged ${out}`);
