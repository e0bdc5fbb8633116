/**
 * Search at scale: `npm run bench:search`.
 *
 * Builds the search index for the four real articles and for a deterministic synthetic library of 1,000
 * articles (search-synthetic.ts), and prints for each: the time to build the index, its size raw and gzipped,
 * the time for the browser to fetch and load it, and the latency of 50 fixed queries (names, places,
 * numbers, phrases, misspellings) as p50 / p95 / max, in Node and in headless Chromium.
 *
 * Latency is for the header search (the first 8 entries and 8 passages, with highlights). Each query is run
 * once to warm up, then timed in 7 rounds; a query's latency is the median of its rounds (robust to the odd
 * pause of a busy machine), and p50 / p95 / max are taken over the 50 queries. The machine's load is printed
 * with the figures. Options: --articles 1000 --rounds 7 --no-browser.
 */
import os from 'node:os';
import zlib from 'node:zlib';
import { annotateLibrary } from '../../lib/annotate';
import { loadLibrary } from '../../lib/content/load';
import { buildSearchPayload } from '../../lib/search/build';
import { createSearchEngine } from '../../lib/search/engine';
import { articleInfo, buildSearchRecords } from '../../lib/search/records';
import { runInChromium } from './search-browser';
import { benchQueries } from './search-queries';
import { syntheticLibrary, type SyntheticLibrary } from './search-synthetic';


const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};
const withBrowser = !args.includes('--no-browser');
const ROUNDS = option('rounds', 7);
const LIMIT = 8;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms`;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
/** Samples in query order, round after round → each query's median → p50 / p95 / max over the queries. */
const summary = (samples: number[]) => {
  const perQuery = benchQueries.map((_, q) => {
    const runs = samples.filter((__, i) => i % benchQueries.length === q).sort((a, b) => a - b);
    return runs[Math.floor(runs.length / 2)]!;
  });
  const sorted = perQuery.sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1)! };
};

type Row = {
  label: string;
  articles: number;
  records: number;
  buildMs: number;
  raw: number;
  gzip: number;
  wordIndex: 'sharded' | 'built on load';
  node: { loadMs: number; p50: number; p95: number; max: number };
  chromium?: { loadMs: number; p50: number; p95: number; max: number };
};

async function measure(label: string, library: SyntheticLibrary): Promise<Row> {
  const started = performance.now();
  const payload = buildSearchPayload(library.records, library.articles, { form: 'single' });
  const json = JSON.stringify(payload);
  const buildMs = performance.now() - started;
  const raw = Buffer.byteLength(json);
  const gzip = zlib.gzipSync(json).length;

  const loadStarted = performance.now();
  const engine = createSearchEngine(JSON.parse(json));
  const nodeLoad = performance.now() - loadStarted;
  for (const q of benchQueries) engine.search(q, { limit: LIMIT });
  const samples: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const q of benchQueries) {
      const t = performance.now();
      engine.search(q, { limit: LIMIT });
      samples.push(performance.now() - t);
    }
  }
  const row: Row = {
    label,
    articles: library.articles.length,
    records: library.records.length,
    buildMs,
    raw,
    gzip,
    wordIndex: payload.form === 'sharded' ? 'sharded' : 'built on load',
    node: { loadMs: nodeLoad, ...summary(samples) },
  };
  if (withBrowser) {
    const run = await runInChromium(json, benchQueries, ROUNDS, LIMIT);
    row.chromium = { loadMs: run.loadMs, ...summary(run.samples) };
  }
  return row;
}

async function main() {
  const lib = annotateLibrary(loadLibrary());
  const real: SyntheticLibrary = { records: buildSearchRecords(lib), articles: articleInfo(lib) };
  const large = syntheticLibrary(real, option('articles', 1000));
  const rows = [await measure('4 articles (the site)', real), await measure(`${large.articles.length} articles (synthetic)`, large)];

  const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`Search benchmark: ${benchQueries.length} queries, each timed in ${ROUNDS} rounds after a warm-up (its latency: the median); first ${LIMIT} entries and passages per query.`);
  console.log(`Node ${process.version}${withBrowser ? ', headless Chromium (playwright-core)' : ''}; ${os.cpus().length} CPUs, load average ${load}.\n`);
  const lines = [
    '| | articles | records | build | index raw | index gzip | word index | load (Node) | Node p50 / p95 / max | load (Chromium) | Chromium p50 / p95 / max |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- | ---: | --- |',
    ...rows.map((r) =>
      [
        '',
        r.label,
        r.articles,
        r.records,
        ms(r.buildMs),
        kB(r.raw),
        kB(r.gzip),
        r.wordIndex,
        ms(r.node.loadMs),
        `${ms(r.node.p50)} / ${ms(r.node.p95)} / ${ms(r.node.max)}`,
        r.chromium ? ms(r.chromium.loadMs) : '–',
        r.chromium ? `${ms(r.chromium.p50)} / ${ms(r.chromium.p95)} / ${ms(r.chromium.max)}` : '–',
        '',
      ].join(' | ').trim(),
    ),
  ];
  console.log(lines.join('\n'));
  const [small, big] = rows as [Row, Row];
  const checks = [
    ['gzipped index for the four articles ≤ 60 kB', small.gzip <= 60_000],
    ...(small.chromium ? [['Chromium p95 ≤ 5 ms at 4 articles', small.chromium.p95 <= 5] as const] : []),
    ...(big.chromium ? [['Chromium p95 ≤ 50 ms at 1,000 articles', big.chromium.p95 <= 50] as const] : []),
  ] as const;
  console.log(`\n${checks.map(([what, ok]) => `${ok ? 'PASS' : 'FAIL'}  ${what}`).join('\n')}`);
  if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
