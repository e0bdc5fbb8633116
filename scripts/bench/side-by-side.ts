/**
 * Sightlines' search and Pagefind 1.6 side by side, over the same exported site:
 *
 *   tsx scripts/bench/side-by-side.ts [--articles=1000] [--out=<exported site>] [--cpu=<build CPU s>]
 *
 * Without --out it writes the synthetic library of scripts/bench/synthetic.ts, builds it with
 * SIGHTLINES_CONTENT_DIR (timed: build CPU per page), copies out/ to a temporary folder and rebuilds nothing
 * else (run `npm run build` afterwards to get the real site back in out/). Pagefind (a devDependency; its binary
 * ships inside the npm package) indexes the copy, and scripts/serve.mjs serves it (brotli or gzip, as any host).
 *
 * Both engines run in headless Chromium from one blank page of the same origin, without the site's page
 * scripts: Sightlines' engine (lib/search/engine.ts and Fuse.js, bundled by esbuild as the site's lazy search
 * chunk is) and Pagefind's own pagefind.js. Every request of the page and its workers is recorded; bytes are
 * what went over the wire (compressed body + headers).
 *
 *  - bytes and time before the first result, cold cache (a new browser context per query), over the queries
 *    of scripts/bench/search-queries.ts (names, places, numbers, phrases, misspellings, common words): for
 *    Sightlines, until the header list's answer (5 entries and 8 passages with their text) is there; for
 *    Pagefind, until search() has answered and the first result's data() (its text) has arrived;
 *  - per-keystroke latency: 10 queries typed letter by letter, one key every TYPING_MS, in a page where the engine
 *    has answered one query. For Sightlines, what the search box does at each key (components/search/answer.ts):
 *    the time of `engine.search(prefix)` over what is already loaded (the answer the list shows at that key),
 *    while `engine.query(prefix)` fetches whatever shards and fragments the prefix lacks in the background;
 *    reported with how many keys had every posting list at hand, and the time until the complete answer
 *    (fetches included). For Pagefind, `search(prefix)` awaited (it has no answer before its fetches);
 *  - typo hit rate: 50 words of the library with one letter changed, dropped or swapped (seeded); a hit when
 *    the top result holds the intended word;
 *  - a session of 20 queries with the cache on, in one page and with a page load before each query.
 * Then out/: size and files per added article (against the real four-article export in out/ when there), the
 * largest pages. Prints a Markdown report; exits non-zero when a target is missed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { benchQueries } from './search-queries';
import { random } from './search-synthetic';
import { writeSyntheticContent } from './synthetic';
import { kB, MB, serve, sizeOfDir, timed } from './util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const articles = Number(option('articles') ?? 1000);
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

type Engine = 'sightlines' | 'pagefind';
// --engines=sightlines measures one engine only (a quick check; its comparisons with the other are then not made).
const engines = (option('engines')?.split(',') ?? ['sightlines', 'pagefind']).filter((e): e is Engine => e === 'sightlines' || e === 'pagefind');

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
};
const ms = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;
const log = (line: string) => console.error(line);

/** The bench page and Sightlines' engine as one module, put into the site copy under /__bench/. */
async function addBenchFiles(site: string) {
  const dir = path.join(site, '__bench');
  fs.mkdirSync(dir, { recursive: true });
  const bundle = await build({
    stdin: {
      // The site's own loader (range requests for packs of fragments), as the header and /search use it.
      contents: `import { createSearchEngine } from './lib/search/engine';
        import { fetchSearchFile } from './components/search/loadEngine';
        export async function load(manifest) {
          return createSearchEngine(await manifest, fetchSearchFile);
        }`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    target: 'es2022',
  });
  fs.writeFileSync(path.join(dir, 'sightlines.js'), bundle.outputFiles[0]!.text);
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="en"><meta charset="utf-8"><title>search bench</title><h1>search bench</h1></html>');
}

type Recorder = { bytes: () => number; requests: () => string[]; sized: () => { url: string; bytes: number }[]; reset: () => void; settle: () => Promise<void> };

/** Records every finished request of a context (pages and their workers): wire bytes, by URL. */
function record(context: BrowserContext): Recorder {
  let total = 0;
  let urls: string[] = [];
  let sized: { url: string; bytes: number }[] = [];
  const pending = new Set<Promise<void>>();
  context.on('requestfinished', (request) => {
    const p = request
      .sizes()
      .then((s) => {
        total += s.responseBodySize + s.responseHeadersSize;
        urls.push(request.url());
        sized.push({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize });
      })
      .catch(() => undefined)
      .finally(() => pending.delete(p));
    pending.add(p);
  });
  return {
    bytes: () => total,
    requests: () => urls,
    sized: () => sized,
    reset: () => {
      total = 0;
      urls = [];
      sized = [];
    },
    settle: async () => {
      await new Promise((r) => setTimeout(r, 50));
      await Promise.all([...pending]);
    },
  };
}

/** Runs one query in the page: the time to the first result, and its top result's text (to check typos). */
async function runQuery(page: Page, engine: Engine, q: string): Promise<{ ms: number; top: string; count: number }> {
  return page.evaluate(
    async ({ engine, q }) => {
      const w = globalThis as unknown as { __engine?: Promise<unknown>; __pf?: Promise<unknown> };
      // A module URL held in a variable: loaded by the browser, not resolved by TypeScript.
      const importUrl = (url: string) => import(/* @vite-ignore */ url);
      const t = performance.now();
      if (engine === 'sightlines') {
        type R = { entries: { record: { text: string; name?: string } }[]; passages: { record: { text: string } }[] };
        // The engine's code and the manifest are fetched together, as components/search/loadEngine.ts does.
        const manifest = w.__engine ? null : fetch('/search-index.json').then((r) => r.json());
        w.__engine ??= importUrl('/__bench/sightlines.js').then((m: { load: (manifest: unknown) => Promise<unknown> }) => m.load(manifest));
        const e = (await w.__engine) as { query(q: string, o: { limit: number; entryLimit: number }): Promise<R> };
        // What the header list asks for (components/search/HeaderSearchPanel.tsx).
        const r = await e.query(q, { limit: 8, entryLimit: 5 });
        const top = r.passages[0]?.record.text ?? '';
        return { ms: performance.now() - t, top, count: r.entries.length + r.passages.length };
      }
      type PF = { init(): Promise<void>; search(q: string): Promise<{ results: { data(): Promise<{ content: string }> }[] }> };
      w.__pf ??= importUrl('/pagefind/pagefind.js').then(async (m: PF) => {
        await m.init();
        return m;
      });
      const pf = (await w.__pf) as PF;
      const r = await pf.search(q);
      const first = r.results[0] ? await r.results[0].data() : null;
      return { ms: performance.now() - t, top: first?.content ?? '', count: r.results.length };
    },
    { engine, q },
  );
}

/** Times a search of every prefix of each query, in a page where the engine is already loaded. */
/** Milliseconds between two keys when the benchmark types (a brisk typist: about 100 words a minute). */
const TYPING_MS = 120;

type Keys = { atKey: number[]; complete: number[]; wordsAtHand: number };

/** Types each query a key at a time (see the header): per key, the answer's time and the complete answer's. */
async function keystrokes(page: Page, engine: Engine, queries: string[]): Promise<Keys> {
  return page.evaluate(
    async ({ engine, queries, typingMs }) => {
      type Engine = { search(q: string, o: { limit: number; entryLimit: number }): { loaded: string }; query(q: string, o: { limit: number; entryLimit: number }): Promise<unknown> };
      const w = globalThis as unknown as { __engine: Promise<Engine>; __pf: Promise<{ search(q: string): Promise<unknown> }> };
      const atKey: number[] = [];
      const complete: Promise<number>[] = [];
      let wordsAtHand = 0;
      const pause = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
      for (const q of queries) {
        for (let i = 1; i <= q.length; i++) {
          const prefix = q.slice(0, i);
          const t = performance.now();
          if (engine === 'sightlines') {
            const e = await w.__engine;
            const now = e.search(prefix, { limit: 8, entryLimit: 5 });
            atKey.push(performance.now() - t);
            if (now.loaded !== 'some') wordsAtHand++;
            complete.push(now.loaded === 'all' ? Promise.resolve(performance.now() - t) : e.query(prefix, { limit: 8, entryLimit: 5 }).then(() => performance.now() - t));
          } else {
            await (await w.__pf).search(prefix);
            atKey.push(performance.now() - t);
            complete.push(Promise.resolve(performance.now() - t));
          }
          await pause(typingMs - (performance.now() - t));
        }
      }
      return { atKey, complete: await Promise.all(complete), wordsAtHand };
    },
    { engine, queries, typingMs: TYPING_MS },
  );
}

/** 50 words of the library (6+ letters, seen in passages) with one letter changed, dropped or swapped. */
function typoSet(site: string): { typo: string; word: string }[] {
  const index = JSON.parse(fs.readFileSync(path.join(site, 'search-index.json'), 'utf8')) as { words?: string[]; counts?: number[]; records?: { text: string }[] };
  const words = index.words
    ? index.words.filter((w, i) => /^[a-z]{6,}$/.test(w) && index.counts![i]! >= 3)
    : [...new Set(index.records!.flatMap((r) => r.text.toLowerCase().match(/[a-z]{6,}/g) ?? []))];
  const rand = random(1312);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const known = new Set(words);
  const out: { typo: string; word: string }[] = [];
  const sorted = [...words].sort();
  while (out.length < 50) {
    const word = pick(sorted);
    const at = 1 + Math.floor(rand() * (word.length - 2));
    const kind = Math.floor(rand() * 3);
    const typo =
      kind === 0
        ? word.slice(0, at) + pick([...letters].filter((c) => c !== word[at])) + word.slice(at + 1)
        : kind === 1
          ? word.slice(0, at) + word.slice(at + 1)
          : word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    if (typo === word || known.has(typo) || out.some((o) => o.word === word)) continue;
    out.push({ typo, word });
  }
  return out;
}

/** The article pages of an export (articles/<slug>.html), to tell the real four-article export from a synthetic one. */
const articlePages = (dir: string) =>
  fs.existsSync(path.join(dir, 'articles')) ? fs.readdirSync(path.join(dir, 'articles')).filter((f) => f.endsWith('.html')).length : 0;

async function main() {
  let site = option('out');
  let buildCpu = option('cpu') ? Number(option('cpu')) : NaN;
  // The export to count "per added article" against: out/ as it is now, measured before a synthetic build below
  // replaces it, and only if it holds fewer articles than the library measured (never the same export twice).
  const outDir = path.join(root, 'out');
  const before = fs.existsSync(path.join(outDir, 'index.html')) ? { size: sizeOfDir(outDir), articles: articlePages(outDir) } : null;
  if (!site) {
    const content = fs.mkdtempSync(path.join(os.tmpdir(), `sightlines-side-by-side-${articles}-`));
    log(`writing a synthetic library of ${articles} articles to ${content}…`);
    writeSyntheticContent(path.join(root, 'content'), content, articles);
    log('building it (npm run build)…');
    const result = await timed('npm', ['run', 'build'], { cwd: root, env: { SIGHTLINES_CONTENT_DIR: content } });
    if (result.code !== 0) throw new Error(`the build failed:\n${result.output.slice(-3000)}`);
    buildCpu = result.cpuSeconds;
    site = path.join(os.tmpdir(), `sightlines-side-by-side-out-${articles}`);
    fs.rmSync(site, { recursive: true, force: true });
    fs.cpSync(path.join(root, 'out'), site, { recursive: true });
    fs.rmSync(content, { recursive: true, force: true });
  }
  site = path.resolve(site);
  const siteSize = sizeOfDir(site);
  const htmlFiles = fs.readdirSync(site, { recursive: true }).map(String).filter((f) => f.endsWith('.html'));
  const largest = htmlFiles.map((f) => ({ f, bytes: fs.statSync(path.join(site!, f)).size })).sort((a, b) => b.bytes - a.bytes).slice(0, 5);

  log('running Pagefind over a copy of the site…');
  const pfSite = engines.includes('pagefind') ? `${site}-pagefind` : site;
  let pfSeconds = NaN;
  // --reuse-pagefind: a copy indexed by an earlier run of this script over the same site is used as it is.
  if (engines.includes('pagefind') && !(args.includes('--reuse-pagefind') && fs.existsSync(path.join(pfSite, 'pagefind/pagefind.js')))) {
    fs.rmSync(pfSite, { recursive: true, force: true });
    fs.cpSync(site, pfSite, { recursive: true });
    const pagefindBin = path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs');
    const pfStarted = Date.now();
    execFileSync(process.execPath, [pagefindBin, '--site', pfSite, '--output-subdir', 'pagefind'], { stdio: ['ignore', 'ignore', 'inherit'] });
    pfSeconds = (Date.now() - pfStarted) / 1000;
  }
  await addBenchFiles(pfSite);

  const server = await serve(root, pfSite);
  const launched: Browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: chromiumArgs });
  // tsx compiles the functions given to page.evaluate with esbuild's keepNames, which calls a __name helper.
  const browser = {
    newContext: async () => {
      const context = await launched.newContext();
      await context.addInitScript('globalThis.__name = (f) => f;');
      return context;
    },
    close: () => launched.close(),
  };
  const bench = `${server.url}/__bench/`;
  const report: string[] = [];
  const verdicts: { name: string; ok: boolean }[] = [];
  try {
    const queries = benchQueries;
    const cold: Record<Engine, { bytes: number[]; ms: number[]; requests: number[] }> = { sightlines: { bytes: [], ms: [], requests: [] }, pagefind: { bytes: [], ms: [], requests: [] } };
    // What Sightlines' bytes before the first result are made of, query by query.
    const parts = { engine: [] as number[], manifest: [] as number[], shards: [] as number[], fragments: [] as number[] };
    const partOf = (url: string): keyof typeof parts | null => {
      const { pathname } = new URL(url);
      if (pathname.startsWith('/__bench/') && pathname.endsWith('.js')) return 'engine';
      if (pathname === '/search-index.json') return 'manifest';
      if (pathname.startsWith('/search-data/w')) return 'shards';
      if (pathname.startsWith('/search-data/r')) return 'fragments';
      return null;
    };
    // The engines take turns query by query (which goes first alternates), so that both meet the same machine:
    // measured one after the other, the first engine met the load its own build and Pagefind's indexing left
    // behind, and the second a quieter machine.
    log(`${engines.join(' and ')}: ${queries.length} queries each, cold cache, taking turns…`);
    for (const [i, q] of queries.entries()) {
      for (const engine of i % 2 ? [...engines].reverse() : engines) {
        const context = await browser.newContext();
        const rec = record(context);
        const page = await context.newPage();
        await page.goto(bench);
        await rec.settle();
        rec.reset();
        const r = await runQuery(page, engine, q);
        await rec.settle();
        cold[engine].bytes.push(rec.bytes());
        cold[engine].ms.push(r.ms);
        cold[engine].requests.push(rec.requests().length);
        if (engine === 'sightlines') {
          const sums = { engine: 0, manifest: 0, shards: 0, fragments: 0 };
          for (const { url, bytes } of rec.sized()) {
            const part = partOf(url);
            if (part) sums[part] += bytes;
          }
          for (const part of Object.keys(parts) as (keyof typeof parts)[]) parts[part].push(sums[part]);
        }
        await context.close();
      }
    }

    log('per keystroke…');
    const typed = ['surveillance cameras', 'Hikvision', 'facial recognition', 'Chongqing', 'social credit', 'jaywalkers', 'police station', 'Xinjiang', 'artificial intelligence', 'privacy'];
    const keys: Record<Engine, Keys> = { sightlines: { atKey: [], complete: [], wordsAtHand: 0 }, pagefind: { atKey: [], complete: [], wordsAtHand: 0 } };
    const typos = typoSet(site);
    const typoHits: Record<Engine, number> = { sightlines: 0, pagefind: 0 };
    const session: Record<Engine, { inPage: number; withLoads: number }> = { sightlines: { inPage: 0, withLoads: 0 }, pagefind: { inPage: 0, withLoads: 0 } };
    for (const engine of engines) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(bench);
      await runQuery(page, engine, 'warm up');
      keys[engine] = await keystrokes(page, engine, typed);
      log(`${engine}: typo hit rate…`);
      for (const { typo, word } of typos) {
        const r = await runQuery(page, engine, typo);
        if (new RegExp(`\\b${word}`, 'i').test(r.top)) typoHits[engine]++;
      }
      await context.close();

      log(`${engine}: 20-query sessions…`);
      const sessionQueries = queries.slice(0, 20);
      for (const withLoads of [false, true]) {
        const ctx = await browser.newContext();
        const rec = record(ctx);
        const p = await ctx.newPage();
        await p.goto(bench);
        for (const q of sessionQueries) {
          if (withLoads) await p.goto(bench);
          await runQuery(p, engine, q);
        }
        await rec.settle();
        session[engine][withLoads ? 'withLoads' : 'inPage'] = rec.bytes();
        await ctx.close();
      }
    }

    const row = (name: string, f: (e: Engine) => string) => report.push(`| ${name} | ${f('sightlines')} | ${f('pagefind')} |`);
    report.push(`Side by side at ${articles} articles (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}); Pagefind indexed the copy in ${Number.isFinite(pfSeconds) ? `${pfSeconds.toFixed(1)} s` : 'an earlier run'}.`);
    report.push('');
    report.push('| figure | Sightlines | Pagefind 1.6, same pages |');
    report.push('| --- | --- | --- |');
    row(`bytes before the first result, ${queries.length} queries, cold (p50 / p95 / max)`, (e) => cold[e].bytes.length ? `${kB(pct(cold[e].bytes, 50))} / ${kB(pct(cold[e].bytes, 95))} / ${kB(Math.max(...cold[e].bytes))}` : '–');
    row(
      '… made of (Sightlines, p50 / p95 of each part: engine, manifest, word shards, record fragments)',
      (e) => (e === 'sightlines' ? (Object.keys(parts) as (keyof typeof parts)[]).map((k) => `${k} ${kB(pct(parts[k], 50))} / ${kB(pct(parts[k], 95))}`).join('; ') : '–'),
    );
    row('… requests (p50 / p95)', (e) => `${pct(cold[e].requests, 50)} / ${pct(cold[e].requests, 95)}`);
    row('time to the first result, cold (p50 / p95)', (e) => `${ms(pct(cold[e].ms, 50))} / ${ms(pct(cold[e].ms, 95))}`);
    const typedKeys = keys.sightlines.atKey.length;
    row(
      `per keystroke once loaded (${typedKeys} keys of 10 queries typed at ${TYPING_MS} ms a key; p50 / p95): Sightlines' answer from what is loaded, Pagefind's search()`,
      (e) => `${ms(pct(keys[e].atKey, 50))} / ${ms(pct(keys[e].atKey, 95))}`,
    );
    row('… keys with every posting list at hand (the rest keep the previous answer until their shard lands)', (e) => (e === 'sightlines' ? `${keys[e].wordsAtHand} of ${typedKeys}` : '–'));
    row('… until the complete answer, fetches included (p50 / p95)', (e) => `${ms(pct(keys[e].complete, 50))} / ${ms(pct(keys[e].complete, 95))}`);
    row('one-letter typo: the top result has the intended word', (e) => `${typoHits[e]} of ${typos.length}`);
    row('20 queries in one page, cache on', (e) => kB(session[e].inPage));
    row('20 queries, one page load each, cache on', (e) => kB(session[e].withLoads));
    report.push('');

    const s = cold.sightlines;
    const p = cold.pagefind;
    verdicts.push({ name: `search bytes before the first result p95 ≤ 125 kB (${kB(pct(s.bytes, 95))})`, ok: pct(s.bytes, 95) <= 125_000 });
    const both = engines.length === 2;
    if (both) verdicts.push({ name: `… and below Pagefind's p50 (${kB(pct(p.bytes, 50))})`, ok: pct(s.bytes, 95) < pct(p.bytes, 50) });
    if (both) verdicts.push({ name: `time to first result p95 (${ms(pct(s.ms, 95))}) below Pagefind's p50 (${ms(pct(p.ms, 50))})`, ok: pct(s.ms, 95) < pct(p.ms, 50) });
    verdicts.push({ name: `keystroke p95 ≤ 15 ms (${ms(pct(keys.sightlines.atKey, 95))})`, ok: pct(keys.sightlines.atKey, 95) <= 15 });
    verdicts.push({ name: `typo hit rate ≥ 48 of 50 (${typoHits.sightlines})`, ok: typoHits.sightlines >= 48 });
    if (both) verdicts.push({ name: `20-query session with page loads below Pagefind's (${kB(session.sightlines.withLoads)} vs ${kB(session.pagefind.withLoads)})`, ok: session.sightlines.withLoads < session.pagefind.withLoads });

    const real = before && before.articles > 0 && before.articles < articlePages(site) && path.resolve(outDir) !== site ? before.size : null;
    const baseArticles = before?.articles ?? 4;
    report.push('| out/ | value |');
    report.push('| --- | --- |');
    report.push(`| size at ${articles} articles | ${MB(siteSize.bytes)} in ${siteSize.files} files (${htmlFiles.length} HTML pages) |`);
    if (real) {
      const added = articles - baseArticles;
      const perBytes = (siteSize.bytes - real.bytes) / added;
      const perFiles = (siteSize.files - real.files) / added;
      report.push(`| per added article (against the ${baseArticles}-article out/: ${MB(real.bytes)}, ${real.files} files) | ${kB(perBytes)}, ${perFiles.toFixed(2)} files |`);
      report.push(`| 5,000 articles, extrapolated | ${MB(real.bytes + perBytes * (5000 - baseArticles))}, ${Math.round(real.files + perFiles * (5000 - baseArticles))} files |`);
      verdicts.push({ name: `out/ per added article ≤ 150 kB (${kB(perBytes)})`, ok: perBytes <= 150_000 });
      verdicts.push({ name: `out/ files per added article ≤ 4 (${perFiles.toFixed(2)})`, ok: perFiles <= 4 });
    } else report.push('| per added article | not measured: no smaller export in out/ to count against (build the real site first) |');
    report.push(`| largest pages | ${largest.map((l) => `${l.f} ${kB(l.bytes)}`).join('; ')} |`);
    verdicts.push({ name: `no HTML page over 500 kB (largest ${kB(largest[0]?.bytes ?? 0)})`, ok: (largest[0]?.bytes ?? 0) <= 500_000 });
    if (Number.isFinite(buildCpu)) report.push(`| build CPU | ${buildCpu.toFixed(1)} s, ${((buildCpu / htmlFiles.length) * 1000).toFixed(1)} ms per page |`);
    report.push('');
    for (const v of verdicts) report.push(`${v.ok ? 'PASS' : 'FAIL'}  ${v.name}`);
  } finally {
    await browser.close();
    server.stop();
  }
  console.log(report.join('\n'));
  process.exitCode = verdicts.every((v) => v.ok) ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
