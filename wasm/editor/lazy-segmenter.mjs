// An esbuild plugin: @codemirror/commands creates an `Intl.Segmenter` for words when its module
// is evaluated, and in a fresh renderer that first word segmenter costs 20–60 ms (ICU loads its
// break rules and dictionaries) on the page's critical path, for a feature (moving by sub-word
// over CJK text) that runs only on a key press. The plugin creates it on first use instead; the
// behaviour is unchanged. The build fails if the statement is not found (a new version of the
// package), so the patch cannot silently stop applying.
import { readFile } from "node:fs/promises";

const EAGER = `const segmenter = typeof Intl != "undefined" && Intl.Segmenter ?
    /*@__PURE__*/new (Intl.Segmenter)(undefined, { granularity: "word" }) : null;`;
const LAZY = `let wordSegmenter = null;
const segmenter = typeof Intl != "undefined" && Intl.Segmenter ?
    { segment: (text) => (wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: "word" })).segment(text) } : null;`;

export const lazySegmenter = {
  name: "lazy-segmenter",
  setup(build) {
    build.onLoad({ filter: /[\\/]@codemirror[\\/]commands[\\/]dist[\\/]index\.js$/ }, async ({ path }) => {
      const source = await readFile(path, "utf8");
      if (!source.includes(EAGER)) {
        throw new Error(`${path}: the eager Intl.Segmenter statement changed; update lazy-segmenter.mjs`);
      }
      return { contents: source.replace(EAGER, LAZY), loader: "js" };
    });
  },
};
