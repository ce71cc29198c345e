// Sharing: the text (and the chosen kind) compressed into the URL fragment, like the ruff and
// biome playgrounds. A fragment is never sent to a server, so a shared profile stays between
// the people who have the link.

const PREFIX = "#code=";

function toBase64Url(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text) {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function transform(bytes, stream) {
  const response = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await response.arrayBuffer());
}

/** The fragment that carries `state` ({ text, kind }). */
export async function encodeState(state) {
  const json = new TextEncoder().encode(JSON.stringify(state));
  return PREFIX + toBase64Url(await transform(json, new CompressionStream("deflate-raw")));
}

/** The state in a fragment, or null when it has none (or a broken one). */
export async function decodeState(hash) {
  if (!hash.startsWith(PREFIX)) return null;
  try {
    const bytes = await transform(fromBase64Url(hash.slice(PREFIX.length)), new DecompressionStream("deflate-raw"));
    const state = JSON.parse(new TextDecoder().decode(bytes));
    return typeof state?.text === "string" ? state : null;
  } catch {
    return null;
  }
}
