// Plain text for clients without snippet support, as the native server makes it: a choice
// `${1|a,b|}` becomes its first option, other tab stops and placeholders disappear.
export function stripSnippet(snippet: string): string {
  return snippet.replace(/\$\{\d+(?:\|([^|,}]*))?[^}]*\}|\$\d+/g, (_, choice: string | undefined) => choice ?? "");
}
