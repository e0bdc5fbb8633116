// The steps after `next build`, in one process and one pass over the pages (`npm run build` runs it):
//  1. scripts/prune-out.mjs: removes Next's RSC payloads and the placeholders no visitor fetches;
//  2. scripts/fill-islands.mjs: reads the filled islands from the build-only parts, removes the parts, and fills
//     each page's empty islands;
//  3. scripts/csp.mjs: gives each page its Content-Security-Policy meta element (whose hashes must cover the
//     finished page, so it comes last).
// Steps 2 and 3 work on a page in turn, so each page is read and written once; each script still runs alone, on
// the same terms, and tests/unit/finish-out.test.ts shows the two ways make the same files.
// Usage: node scripts/finish-out.mjs [outDir]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pruneFailure, pruneLine, pruneOut } from './prune-out.mjs';
import { islandFailure, islandFiller, islandsLine, takeIslandParts } from './fill-islands.mjs';
import { applyToDirectory, cspFailure, cspLine } from './csp.mjs';

/** Runs the three steps on an exported site; returns their lines of figures. */
export function finishOut(dir) {
  const pruned = pruneOut(dir);
  const filler = islandFiller(takeIslandParts(dir));
  const report = applyToDirectory(dir, (html, file) => filler.fill(html, file));
  return [pruneLine(pruned), islandsLine(filler.figures()), cspLine(report, dir)];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? 'out');
  try {
    for (const line of finishOut(dir)) console.log(line);
  } catch (error) {
    console.error(pruneFailure(error) ?? islandFailure(error) ?? cspFailure(error) ?? error);
    process.exit(1);
  }
}
