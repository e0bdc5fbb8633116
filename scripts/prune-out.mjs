// Removes from out/ what no visitor ever fetches, after `next build` and before the islands and CSP steps
// (scripts/finish-out.mjs runs the three):
//  - Next's RSC payloads (`<page>.txt`, `<page>/__next.*.txt`): the client router fetches them only for
//    <Link> navigations and prefetches, and this site links with plain <a> elements, so every navigation is a
//    full page load of the HTML. tests/e2e/requests.test.ts records every request on every page type and shows
//    that none is for a .txt file. Next has no setting to skip writing them in a static export (checked against
//    the Next 16 docs in node_modules/next/dist/docs), so they are removed here. They are 58% of out/ at 1,000
//    articles (docs-bench.md). The segment files (`__next.*.txt`) are no longer made at all in a production build
//    (lib/next/no-segment-data.ts); they are still removed here if a build makes them.
//  - placeholders, named `none`, that a static export needs for a route with nothing to export: the search
//    files of a single-file index (app/search-data/[file]/route.ts), the reading-list packs of a library that
//    fits one (app/reading-list-data/[file]/route.ts), the later pages of passages when no
//    entry of a kind has more than one page (components/entity-passages-route.tsx), and the later pages of
//    /articles when every article fits on the first (app/articles/page/[n]/page.tsx);
//  - folders left empty.
// Prints what it removed. Usage: node scripts/prune-out.mjs [outDir]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export class PruneError extends Error {}

/** What the step says when it stops on an export it cannot prune; null for any other error (shown whole). */
export const pruneFailure = (error) => (error instanceof PruneError ? error.message : null);

/** Removes the RSC payloads, placeholders and emptied folders of an exported site; returns what it removed. */
export function pruneOut(outDir) {
  if (!fs.existsSync(path.join(outDir, 'index.html'))) throw new PruneError(`prune-out: ${outDir} has no index.html; run next build first.`);
  let files = 0;
  let bytes = 0;
  const remove = (file) => {
    bytes += fs.statSync(file).size;
    fs.rmSync(file);
    files++;
  };

  /** An RSC payload: Next's segment files, or a page's `.txt` twin beside its `.html`. */
  const isRscPayload = (dir, name) =>
    name.endsWith('.txt') && (name.startsWith('__next.') || fs.existsSync(path.join(dir, `${name.slice(0, -4)}.html`)));

  /** A placeholder page or file (see above). */
  const isPlaceholder = (dir, name) =>
    ((name === 'none.html' || name === 'none.txt') && (path.basename(dir) === 'passages' || dir === path.join(outDir, 'articles', 'page'))) ||
    (name === 'none.json' && (dir === path.join(outDir, 'search-data') || dir === path.join(outDir, 'reading-list-data')));

  /** Walks a folder depth first; removes RSC payloads, then the folder itself if nothing is left in it. */
  function prune(dir) {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (full === path.join(outDir, '_next')) continue;
        prune(full);
      } else if (isRscPayload(dir, entry.name) || isPlaceholder(dir, entry.name)) remove(full);
    }
    if (dir !== outDir && fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
  }

  prune(outDir);
  return { files, bytes };
}

export const pruneLine = ({ files, bytes }) =>
  `prune-out: removed ${files} files (${(bytes / 1e6).toFixed(1)} MB) that no page fetches: RSC payloads and placeholders.`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(pruneLine(pruneOut(path.resolve(process.argv[2] ?? 'out'))));
  } catch (error) {
    console.error(pruneFailure(error) ?? error);
    process.exit(1);
  }
}
