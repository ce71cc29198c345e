// Which palint binary to start: the `palint.server.path` setting, else the binary bundled in
// the extension's `server/<platform>-<arch>/` folder, else `palint` on PATH. Pure (no VS Code API) so it is
// unit-tested in Node.

import * as path from "node:path";

export type ServerSource = "setting" | "bundled" | "path";

export interface ServerChoice {
  command: string;
  source: ServerSource;
}

export interface Environment {
  extensionPath: string;
  platform: string;
  /** `process.arch`: x64, arm64, ... */
  arch: string;
  pathVariable: string | undefined;
  /** True when `file` exists and is a file. */
  isFile: (file: string) => boolean;
}

export type Discovery = { ok: true; server: ServerChoice } | { ok: false; message: string };

function executableName(platform: string): string {
  return platform === "win32" ? "palint.exe" : "palint";
}

/** Finds the server, or says in one sentence what to do. */
export function findServer(setting: string | undefined, env: Environment): Discovery {
  const configured = setting?.trim();
  if (configured) {
    return env.isFile(configured)
      ? { ok: true, server: { command: configured, source: "setting" } }
      : { ok: false, message: `palint.server.path is set to "${configured}", but no file is there. Fix the setting or clear it to use the bundled server.` };
  }
  const bundled = path.join(env.extensionPath, "server", `${env.platform}-${env.arch}`, executableName(env.platform));
  if (env.isFile(bundled)) {
    return { ok: true, server: { command: bundled, source: "bundled" } };
  }
  const separator = env.platform === "win32" ? ";" : ":";
  for (const dir of (env.pathVariable ?? "").split(separator).filter(Boolean)) {
    const candidate = path.join(dir, executableName(env.platform));
    if (env.isFile(candidate)) {
      return { ok: true, server: { command: candidate, source: "path" } };
    }
  }
  return {
    ok: false,
    message:
      "palint's native language server was not found: this extension has no bundled binary for your platform and `palint` is not on PATH. " +
      "Install palint (cargo install --path cli in its repository) or set palint.server.path, or use the WASM server (palint.server.kind: wasm).",
  };
}
