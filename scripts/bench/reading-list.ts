/**
 * First-load JavaScript of the reading-list pages, against the already built out/ (run `npm run build` first):
 * the editor (/reading-list), a shared list (the assignment view), its print view and the editor of a shared
 * list. `npx tsx scripts/bench/reading-list.ts` prints one line per page; the budget (issue 12) is within
 * 10 kB gzip of the figures measured before the assignment view was added (see the README).
 */
import path from 'node:path';
import { measureFirstLoad } from './first-load';
import { kB, serve } from './util';

const root = path.resolve(import.meta.dirname, '../..');
const list = 'v=1&t=Week+3&items=a.today-chongqing-privacy~p.time-surveillance-state.4~c.cameras-by-2020~th.camera-counts&n.2=Why%3F';
const paths = ['/reading-list', `/reading-list?${list}`, `/reading-list/print?${list}`, ...process.argv.slice(2)];

const site = await serve(root, path.join(root, 'out'));
try {
  for (const result of await measureFirstLoad(site.url, path.join(root, 'out'), paths)) {
    console.log(`${kB(result.gzip).padStart(9)} gzip  ${kB(result.raw).padStart(9)} raw  ${result.scripts.length} scripts  ${result.path.slice(0, 70)}`);
  }
} finally {
  site.stop();
}
