// What the WASM server reads around a document, as the native server does: the nearest
// `.palint.yaml`, the other files of a `.tf` file's module, and the Terraform files that load
// a YAML file as a pack's values. The host gives the file access (Node's fs; none in a
// browser); what the files mean is the core's business.

import type { ValuesFile } from "./core";

export interface FileAccess {
  /** The text of a file, or undefined when it cannot be read. */
  read(path: string): string | undefined;
  /** The names of the entries of a folder (empty when it cannot be read). */
  list(folder: string): string[];
}

/** Paths are absolute with `/` separators (the form the core's kind globs match). */
export function parent(path: string): string | undefined {
  const cut = path.replace(/\/+$/, "").lastIndexOf("/");
  if (cut < 0) return undefined;
  return cut === 0 ? "/" : path.slice(0, cut);
}

export function join(folder: string, name: string): string {
  return folder.endsWith("/") ? folder + name : `${folder}/${name}`;
}

/** `a/./b/../c` → `a/c`, so paths written in `file()` compare with real ones. */
export function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "." || (part === "" && out.length > 0)) continue;
    if (part === ".." && out.length > 1) out.pop();
    else out.push(part);
  }
  return out.join("/") || "/";
}

export interface ConfigFound {
  path: string;
  text: string;
}

/** The nearest `.palint.yaml` in `folder` or above, like the core's resolver. */
export function nearestConfig(folder: string, files: FileAccess): ConfigFound | undefined {
  for (let dir: string | undefined = folder; dir !== undefined; dir = parent(dir)) {
    const path = join(dir, ".palint.yaml");
    const text = files.read(path);
    if (text !== undefined) return { path, text };
    if (dir === "/" || /^[A-Za-z]:\/?$/.test(dir)) break;
  }
  return undefined;
}

/** Whether a file may be part of a Terraform module (the core keeps the ones that are). */
export function isModuleFile(name: string): boolean {
  return /\.tf$|\.tfvars(\.json)?$/.test(name);
}

/** The `.tf` and `.tfvars` files of the module in `folder`, path → text. */
export function terraformModule(folder: string, files: FileAccess): Record<string, string> {
  const module: Record<string, string> = {};
  for (const name of files.list(folder).filter(isModuleFile).sort()) {
    const path = join(folder, name);
    const text = files.read(path);
    if (text !== undefined) module[path] = text;
  }
  return module;
}

/** How many folders up a Terraform file may load a YAML file from (the native server's). */
export const VALUES_FILE_SEARCH_DEPTH = 3;

/**
 * The kind a YAML file is when a Terraform file near it loads it as a pack's values: looks
 * in its folder and the folders above (not above `root`), as the native server does.
 */
export function valuesKindOf(
  yaml: string,
  root: string | undefined,
  files: FileAccess,
  valuesFiles: (terraform: string) => ValuesFile[],
): string | undefined {
  let folder = parent(yaml);
  for (let step = 0; step < VALUES_FILE_SEARCH_DEPTH && folder !== undefined; step++) {
    let found: string | undefined;
    for (const name of files.list(folder).filter((n) => n.endsWith(".tf")).sort()) {
      const text = files.read(join(folder, name));
      if (text === undefined) continue;
      for (const values of valuesFiles(text)) {
        if (normalize(join(folder, values.path)) === yaml) found ??= values.kind ?? undefined;
      }
    }
    if (found) return found;
    if (root !== undefined && folder === root) return undefined;
    folder = parent(folder);
  }
  return undefined;
}
