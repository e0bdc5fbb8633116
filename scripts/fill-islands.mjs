// Fills the static islands of the exported pages (lib/islands.ts), after `next build` and scripts/prune-out.mjs and
// before scripts/csp.mjs (whose hashes must cover the finished pages):
//  1. reads the filled islands from the build-only pages in out/island-parts/ (app/island-parts/[kind]/[chunk]):
//     each element with a data-island attribute, found by csp.mjs's reader (htmlparser2's tokenizer, readHtml);
//  2. removes out/island-parts/;
//  3. in every other page, puts each filled island's content into the empty element of the same name. The two
//     start tags must be the same: a page and its island part that disagree on an element's attributes, or a page
//     whose island has no part, fail the build with a message naming the page and the island.
// Usage: node scripts/fill-islands.mjs [outDir]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles, readHtml } from './csp.mjs';

export const ISLAND_ATTRIBUTE = 'data-island';
export const ISLAND_PARTS_DIR = 'island-parts';

export class IslandError extends Error {}

/** What the step says when a page and its islands disagree; null for any other error (shown whole). */
export const islandFailure = (error) => (error instanceof IslandError ? `Island step failed: ${error.message}` : null);

/**
 * The filled islands of a page: name → its start tag and its content as written, less React's text separators
 * (the empty comments, `<!-- -->`, React writes between neighbouring pieces of text so that hydration can tell
 * them apart). An island is never hydrated (React leaves an element with `dangerouslySetInnerHTML` alone,
 * components/IslandHole.tsx), so they only cost bytes: about 2.6 kB an article at 1,000 articles. Only comments
 * go (as the reader finds them, not by their spelling), so text that reads "<!-- -->" and the content of scripts
 * are left as they are. Empty islands are left out: a build-only page has the layout's islands (header, footer)
 * empty, as every page has.
 */
export function islandsOf(html, file = 'page') {
  const islands = new Map();
  /** Per open element: its island (name, start tag, where its content starts, the separators in it), or null. */
  const stack = [];
  const open = [];
  readHtml(html, {
    open(_tag, attributes, where) {
      const name = attributes[ISLAND_ATTRIBUTE];
      if (name === undefined) return void stack.push(null);
      if (!where) throw new IslandError(`${file}: the island "${name}" has no start tag`);
      const island = { name, startTag: html.slice(where.start, where.end), from: where.end, cuts: [] };
      stack.push(island);
      open.push(island);
    },
    close(_tag, where) {
      const island = stack.pop();
      if (!island) return;
      open.pop();
      if (!where) throw new IslandError(`${file}: the island "${island.name}" has no end tag`);
      const content = withoutCuts(html, island.from, where.start, island.cuts);
      if (content === '') return;
      if (islands.has(island.name)) throw new IslandError(`${file}: the island "${island.name}" is there twice`);
      islands.set(island.name, { startTag: island.startTag, content });
    },
    comment(data, where) {
      if (data === ' ') for (const island of open) island.cuts.push(where);
    },
  });
  return islands;
}

/** The markup from `start` to `end` without the stretches `cuts` (in the order the reader found them). */
function withoutCuts(html, start, end, cuts) {
  let out = '';
  let at = start;
  for (const cut of cuts) {
    out += html.slice(at, cut.start);
    at = cut.end;
  }
  return out + html.slice(at, end);
}

// An empty island element as React writes it: <tag …attributes… data-island="name" …attributes…></tag>. React
// escapes quotes in attribute values, so a value never holds one.
const attribute = String.raw`\s[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="[^"]*")?`;
const HOLE = new RegExp(String.raw`(<([a-z][a-z0-9]*)(?:${attribute})*?\s${ISLAND_ATTRIBUTE}="([^"]*)"(?:${attribute})*>)</\2>`, 'g');

/** Fills a page's empty islands from `islands`; returns the page and the names it filled. */
export function fillPage(html, islands, file = 'page') {
  const filled = [];
  const out = html.replace(HOLE, (hole, startTag, _tag, name) => {
    const island = islands.get(name);
    if (!island) throw new IslandError(`${file}: no build-only page holds the island "${name}" (app/island-parts)`);
    if (island.startTag !== startTag) throw new IslandError(`${file}: the island "${name}" is ${startTag} here but ${island.startTag} in its part`);
    filled.push(name);
    return startTag + island.content + hole.slice(startTag.length);
  });
  return { html: out, filled };
}

/** Reads the island parts of an exported site and removes them; returns the islands by name and the parts' count. */
export function takeIslandParts(dir) {
  const partsDir = path.join(dir, ISLAND_PARTS_DIR);
  if (!fs.existsSync(partsDir)) throw new IslandError(`${path.relative(process.cwd(), partsDir)} is missing; run "next build" first`);
  const islands = new Map();
  const partFiles = htmlFiles(partsDir);
  for (const file of partFiles) {
    for (const [name, island] of islandsOf(fs.readFileSync(file, 'utf8'), path.relative(dir, file))) {
      if (islands.has(name)) throw new IslandError(`the island "${name}" is in two build-only pages`);
      islands.set(name, island);
    }
  }
  fs.rmSync(partsDir, { recursive: true });
  return { islands, parts: partFiles.length };
}

/**
 * Fills pages from the islands of takeIslandParts, one page at a time: `fill(html, file)` returns the page filled
 * (or as it was, when it has no island); `figures()` counts what was filled.
 */
export function islandFiller({ islands, parts }) {
  const used = new Set();
  let pages = 0;
  return {
    fill(html, file) {
      if (!html.includes(`${ISLAND_ATTRIBUTE}="`)) return html;
      const result = fillPage(html, islands, file);
      if (!result.filled.length) return html;
      for (const name of result.filled) used.add(name);
      pages++;
      return result.html;
    },
    figures: () => ({ islands: islands.size, parts, pages, unused: [...islands.keys()].filter((name) => !used.has(name)) }),
  };
}

/** Reads the island parts of an exported site, removes them and fills every page; returns figures. */
export function fillDirectory(dir) {
  const filler = islandFiller(takeIslandParts(dir));
  for (const file of htmlFiles(dir)) {
    const html = fs.readFileSync(file, 'utf8');
    const filled = filler.fill(html, path.relative(dir, file));
    if (filled !== html) fs.writeFileSync(file, filled);
  }
  return filler.figures();
}

export const islandsLine = ({ islands, parts, pages, unused }) =>
  `islands: filled ${pages} pages from ${islands} islands in ${parts} build-only pages (removed)${unused.length ? `; ${unused.length} unused: ${unused.slice(0, 5).join(', ')}` : ''}`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? 'out');
  try {
    console.log(islandsLine(fillDirectory(dir)));
  } catch (error) {
    console.error(islandFailure(error) ?? error);
    process.exit(1);
  }
}
