// VS Code's `palint.*` settings to what the language server reads (`workspace/configuration`
// section `palint`): `{rules: {code: level}, kinds: {glob: kind}}`. Invalid entries are dropped
// with a warning instead of failing the whole configuration. Pure, unit-tested in Node.

export const LEVELS = ["off", "error", "warning", "info", "hint"] as const;
export const KINDS = [
  "kubernetes-aks-values",
  "crossplane-aks",
  "crossplane-azure",
  "crossplane-profile",
  "crossplane-cloudaccount-azure",
  "kubernetes-workload",
  "palint-config",
  "capz-managed-control-plane",
  "capz-managed-machine-pool",
  "capz-managed-cluster",
  "palette-capi-override",
  "none",
] as const;

export interface ServerSettings {
  rules: Record<string, string>;
  kinds: Record<string, string>;
}

export interface Translated {
  settings: ServerSettings;
  warnings: string[];
}

function entries(value: unknown): [string, unknown][] {
  return value && typeof value === "object" && !Array.isArray(value) ? Object.entries(value) : [];
}

export function translateSettings(rules: unknown, kinds: unknown): Translated {
  const warnings: string[] = [];
  const settings: ServerSettings = { rules: {}, kinds: {} };
  for (const [code, level] of entries(rules)) {
    const normalized = typeof level === "string" ? level.trim().toLowerCase() : "";
    if ((LEVELS as readonly string[]).includes(normalized)) {
      settings.rules[code] = normalized;
    } else {
      warnings.push(`palint.rules: "${code}" has level ${JSON.stringify(level)}; use one of ${LEVELS.join(", ")}.`);
    }
  }
  for (const [glob, kind] of entries(kinds)) {
    if (typeof kind === "string" && (KINDS as readonly string[]).includes(kind) && glob.trim()) {
      settings.kinds[glob] = kind;
    } else {
      warnings.push(`palint.kinds: "${glob}" maps to ${JSON.stringify(kind)}; use one of ${KINDS.join(", ")}.`);
    }
  }
  return { settings, warnings };
}

/** The status bar text for the kinds of the documents in the active file. */
export function statusText(kinds: (string | null)[], descriptions: Record<string, string>): { text: string; tooltip: string } {
  const known = [...new Set(kinds.filter((k): k is string => k !== null))];
  if (known.length === 0) {
    return { text: "palint: not a profile", tooltip: "palint does not check this file (no Palette profile document recognized)." };
  }
  const names = known.map((k) => descriptions[k] ?? k);
  return { text: `$(check) palint: ${names.length === 1 ? names[0] : `${names.length} kinds`}`, tooltip: `Checked as: ${names.join(", ")}` };
}
