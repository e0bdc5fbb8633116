/**
 * Per-query CPU time of the search engine in Node, slowest first: `tsx scripts/bench/search-profile.ts [articles]`.
 * A helper for tuning; `npm run bench:search` prints the figures that matter.
 */
import { annotateLibrary } from '../../lib/annotate';
import { loadLibrary } from '../../lib/content/load';
import { buildSearchPayload } from '../../lib/search/build';
import { createSearchEngine } from '../../lib/search/engine';
import { articleInfo, buildSearchRecords } from '../../lib/search/records';
import { benchQueries } from './search-queries';
import { syntheticLibrary } from './search-synthetic';

const count = Number(process.argv[2] ?? 4);
const lib = annotateLibrary(loadLibrary());
const real = { records: buildSearchRecords(lib), articles: articleInfo(lib) };
const library = count > 4 ? syntheticLibrary(real, count) : real;
const engine = createSearchEngine(JSON.parse(JSON.stringify(buildSearchPayload(library.records, library.articles, { form: 'single' }))));
for (const q of benchQueries) engine.search(q, { limit: 8 });
const rows = benchQueries.map((q) => {
  // CPU time rather than wall time: the figures stay meaningful on a busy machine.
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = process.cpuUsage();
    engine.search(q, { limit: 8 });
    const d = process.cpuUsage(t);
    times.push((d.user + d.system) / 1000);
  }
  times.sort((a, b) => a - b);
  const r = engine.search(q, { limit: 8 });
  return { q, median: times[2]!, max: times[4]!, total: r.totalEntries + r.totalPassages };
});
rows.sort((a, b) => b.median - a.median);
for (const r of rows) console.log(`${r.median.toFixed(2).padStart(8)} ms  max ${r.max.toFixed(2).padStart(8)}  ${String(r.total).padStart(6)} hits  ${r.q}`);
