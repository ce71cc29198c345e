// A small helper for the page's hand-built lists (problems, layers).

/** A new `tag` element with a class and its text (never parsed as HTML). */
export function element(tag, className, text = "") {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}
