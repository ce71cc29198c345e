// Just enough Markdown for palint's hover texts: paragraphs, lists, **bold**, `code`, <links>.
const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

function inline(text) {
  return escape(text)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/&lt;(https?:\/\/[^&\s]+)&gt;/g, '<a href="$1" target="_blank" rel="noopener noreferrer">$1</a>');
}

export function renderMarkdown(markdown) {
  const html = [];
  let list = false;
  for (const block of markdown.split(/\n{2,}/)) {
    for (const line of block.split("\n")) {
      if (line.startsWith("- ")) {
        if (!list) html.push("<ul>");
        list = true;
        html.push(`<li>${inline(line.slice(2))}</li>`);
      } else {
        if (list) html.push("</ul>");
        list = false;
        if (line.trim()) html.push(`<p>${inline(line.trim())}</p>`);
      }
    }
  }
  if (list) html.push("</ul>");
  return html.join("");
}
