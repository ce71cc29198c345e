// The benches' static server in a process of its own (`node serve.mjs 0 <dist>`), as a real
// deployment's would be: served from the bench's own Node process, next to Playwright's CDP
// client, its answers waited for that process's event loop (5–35 ms per request here).
import { spawn } from "node:child_process";
import { once } from "node:events";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const serveScript = join(dirname(fileURLToPath(import.meta.url)), "..", "serve.mjs");

/** Starts a server for `dist` on a free port; resolves to its URL and a `close()` that ends it. */
export async function serveInChildProcess(dist) {
  const child = spawn(process.execPath, [serveScript, "0", resolve(dist)], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout.setEncoding("utf8");
  const url = await new Promise((resolveUrl, reject) => {
    child.stdout.on("data", (text) => {
      output += text;
      const found = output.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (found) resolveUrl(found[0]);
    });
    child.once("exit", (code) => reject(new Error(`serve.mjs for ${dist} exited (${code}) before printing its URL`)));
  });
  return {
    url,
    close: async () => {
      if (child.exitCode !== null) return;
      child.kill();
      await once(child, "exit");
    },
  };
}
