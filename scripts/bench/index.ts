/**
 * Budgets benchmark: `npm run bench` (tsx scripts/bench/index.ts).
 *
 *   1. build time and output size as the library grows (real library, then synthetic libraries);
 *   2. the real site is rebuilt, and a bare Next.js page is built as the first-load JavaScript baseline;
 *   3. first-load JavaScript of one page per route type, HTML size of the largest page, size of out/;
 *   4. Lighthouse (mobile) on one page of every page type and the 404 page;
 *   5. scripts/bench/search.ts, if present, as a child process.
 * Every figure is printed with its target; the figures of the last run are written to the top of docs-bench.md,
 * above the line `keptBelow`: what is written by hand below it (notes and runs of the other benchmarks) is kept.
 *
 * Options: --sizes=4,50,200,400 (default; 1,000 is extrapolated) · --full (sizes 4,100,400,1000,5000: growth
 *          judged from 100 to 1,000 and on to 5,000; about 12 minutes on two cores) ·
 *          --skip-growth · --skip-lighthouse · --runs=3 (Lighthouse runs per page)
 * The growth builds replace out/ and .next/; the real site is built again before anything is measured.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportedPages, representativePages, type SitePage } from '../../tests/e2e/site-pages';
import { buildBaseline } from './baseline';
import { measureFirstLoad, type FirstLoad } from './first-load';
import { buildOnce, growthVerdict, linearFit, measureGrowth, quadraticThrough, type GrowthPoint } from './growth';
import { categories, lighthouseTargets, notFoundDocument, runLighthouse, type LighthouseResult } from './lighthouse';
import { gzipSize, kB, MB, seconds, serve, sizeOfDir, timed, withKeptPart } from './util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(root, 'out');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const sizes = flag('full') ? [4, 100, 400, 1000, 5000] : (option('sizes')?.split(',').map(Number) ?? [4, 50, 200, 400]);
const lighthouseRuns = Number(option('runs') ?? 3);
const extrapolateTo = 1000;

type Status = 'pass' | 'FAIL' | 'info';
type Figure = { section: string; name: string; value: string; target: string; status: Status };
const figures: Figure[] = [];
const notes: string[] = [];
const log = (line: string) => console.log(line);

function figure(section: string, name: string, value: string, target: string, status: Status) {
  figures.push({ section, name, value, target, status });
  log(`  ${status === 'FAIL' ? '✗' : status === 'pass' ? '✓' : '·'} ${name}: ${value}  (target: ${target})`);
}

/** Budget of the issue: article, entity and index pages may add at most 25 kB (gzip) to the bare Next.js page. */
const jsBudget = 25_000;
const jsBudgetApplies = (pattern: string) =>
  pattern === '/' || pattern === '/about' || pattern.startsWith('/articles/') || /^\/(places|people|organizations|claims|themes)(\/\[slug\])?$/.test(pattern);
/** Proposed budgets (the issue sets none): what a reader downloads, and what common static hosts accept. */
const htmlBudgetGzip = 100_000;
const outBudgetBytes = 1_000_000_000; // GitHub Pages: published sites may be no larger than 1 GB
const outBudgetFiles = 20_000; // Cloudflare Pages: at most 20,000 files per deployment

async function growthSection(): Promise<GrowthPoint[]> {
  log(`\n▸ Build time and output size as the library grows (${sizes.join(', ')} articles)`);
  // A first build of the real library warms the disk cache, so the first measured build is not penalised.
  log('  warm-up build of the real library…');
  const warm = await buildOnce(root, null);
  log(`    ${seconds(warm.wallSeconds)} wall, ${seconds(warm.cpuSeconds)} CPU (not counted)`);
  const synthetic = await measureGrowth(root, sizes.filter((s) => s > 4), log);
  log('  building the real library again (it is what the rest of the benchmark measures)…');
  const real = await buildOnce(root, null);
  const articles = fs.readdirSync(path.join(root, 'content/articles')).filter((f) => f.endsWith('.md')).length;
  const points = [{ articles, synthetic: null, ...real }, ...synthetic];
  return points;
}

function reportGrowth(points: GrowthPoint[]) {
  const section = 'Build growth';
  for (const p of points) {
    const what = p.synthetic ? `${p.articles} articles (${p.synthetic.synthetic} synthetic, +${p.synthetic.people} people, +${p.synthetic.claims} claims)` : `${p.articles} articles (the real library)`;
    figure(section, `build, ${what}`, `${seconds(p.wallSeconds)} wall, ${seconds(p.cpuSeconds)} CPU; ${p.htmlPages} pages; out/ ${MB(p.outBytes)} in ${p.outFiles} files`, 'growth at most linear', 'info');
  }
  if (points.length < 2) return;
  const xs = points.map((p) => p.articles);
  const cpu = points.map((p) => p.cpuSeconds);
  const wall = points.map((p) => p.wallSeconds);
  const bytes = points.map((p) => p.outBytes);
  const perArticle = (ys: number[]) => (ys.at(-1)! - ys[0]!) / (xs.at(-1)! - xs[0]!);
  figure(section, 'build cost per added article', `${perArticle(cpu).toFixed(2)} s CPU, ${perArticle(wall).toFixed(2)} s wall, ${kB(perArticle(bytes))} of out/`, 'reported', 'info');
  // Growth is judged on the synthetic libraries alone when there are three, since real and synthetic articles
  // differ in length; otherwise on every point.
  const judged = points.filter((p) => p.synthetic).length >= 3 ? points.filter((p) => p.synthetic) : points;
  const jx = judged.map((p) => p.articles);
  // Each interval's cost per added article is compared with the interval before it (100→400 against 400→1,000,
  // then 400→1,000 against 1,000→5,000 in --full), so growth that bends only past 1,000 articles shows.
  for (const [name, ys, unit] of [
    ['build CPU time', judged.map((p) => p.cpuSeconds), 's'],
    ['output size', judged.map((p) => p.outBytes), 'bytes'],
  ] as const) {
    if (judged.length < 3) break;
    const show = (n: number) => (unit === 'bytes' ? kB(n) : `${n.toFixed(2)} s`);
    for (let i = 0; i + 2 < judged.length; i++) {
      const v = growthVerdict(jx.slice(i, i + 3), ys.slice(i, i + 3));
      figure(
        section,
        `${name}: cost per added article, ${jx[i]}→${jx[i + 1]} vs ${jx[i + 1]}→${jx[i + 2]} articles`,
        `${show(v.firstSlope)} → ${show(v.lastSlope)} (×${v.ratio.toFixed(2)}) — ${v.linear ? 'at most linear' : 'SUPER-LINEAR'}`,
        'at most linear (ratio ≤ 1.25)',
        v.linear ? 'pass' : 'FAIL',
      );
    }
  }
  const measuredMax = Math.max(...xs);
  if (measuredMax < extrapolateTo) {
    const line = linearFit(xs, cpu);
    const lineBytes = linearFit(xs, bytes);
    const last3 = points.slice(-3).map((p, i) => [p.articles, cpu[points.length - 3 + i]!] as [number, number]);
    const last3Bytes = points.slice(-3).map((p, i) => [p.articles, bytes[points.length - 3 + i]!] as [number, number]);
    const quadratic = points.length >= 3 ? quadraticThrough(last3, extrapolateTo) : NaN;
    const quadraticBytes = points.length >= 3 ? quadraticThrough(last3Bytes, extrapolateTo) : NaN;
    const message =
      `EXTRAPOLATED, not measured: a ${extrapolateTo}-article build is estimated at ${seconds(line.a + line.b * extrapolateTo)} CPU and ` +
      `${MB(lineBytes.a + lineBytes.b * extrapolateTo)} of out/ by a straight line through the measured points` +
      (points.length >= 3 ? `, or ${seconds(quadratic)} CPU and ${MB(quadraticBytes)} if the curvature of the last three points continues` : '');
    figure(section, `${extrapolateTo} articles`, message, 'growth at most linear; out/ ≤ 1 GB', 'info');
    notes.push(
      `The ${extrapolateTo}-article figures are EXTRAPOLATED from builds of ${xs.join(', ')} articles, not measured. A ${extrapolateTo}-article build ` +
        `would write about ${MB(Math.max(lineBytes.a + lineBytes.b * extrapolateTo, quadraticBytes || 0))} to out/ and take several minutes more ` +
        `on two cores, so the default run stops at ${measuredMax}. Run \`npm run bench -- --full\` (sizes 4, 100, 400, 1000, 5000) to measure it.`,
    );
  }
}

function reportFirstLoad(pages: SitePage[], loads: FirstLoad[], baseline: FirstLoad) {
  const section = 'First-load JavaScript';
  figure(section, 'baseline: a bare Next.js page', `${kB(baseline.gzip)} gzip (${kB(baseline.raw)} raw, ${baseline.scripts.length} files)`, 'reference', 'info');
  for (const load of loads) {
    const page = pages.find((p) => p.path === load.path);
    const pattern = page?.pattern ?? load.path;
    const extra = load.gzip - baseline.gzip;
    const applies = jsBudgetApplies(pattern);
    figure(
      section,
      `${pattern} (${load.path})`,
      `${kB(load.gzip)} gzip, ${extra >= 0 ? '+' : ''}${kB(extra)} over the baseline (${load.scripts.length} files; the HTML names ${kB(load.declaredGzip)})`,
      applies ? `≤ +${kB(jsBudget)} over the baseline` : 'none set by the issue for this page type',
      applies ? (extra <= jsBudget ? 'pass' : 'FAIL') : 'info',
    );
  }
}

function reportSizes(pages: SitePage[]) {
  const section = 'Output size';
  const largest = [...pages].sort((a, b) => b.bytes - a.bytes)[0]!;
  const largestGzip = gzipSize(fs.readFileSync(largest.file));
  figure(section, `largest HTML page (${largest.path})`, `${kB(largest.bytes)} raw, ${kB(largestGzip)} gzip`, `≤ ${kB(htmlBudgetGzip)} gzip (proposed)`, largestGzip <= htmlBudgetGzip ? 'pass' : 'FAIL');
  const html = pages.reduce((n, p) => n + p.bytes, 0);
  figure(section, 'HTML pages', `${pages.length} pages, ${MB(html)} in all, ${kB(html / pages.length)} on average`, 'reported', 'info');
  const { bytes, files } = sizeOfDir(outDir);
  figure(section, 'total size of out/', `${MB(bytes)} in ${files} files`, `≤ 1 GB and ≤ ${outBudgetFiles.toLocaleString('en')} files (GitHub Pages, Cloudflare Pages limits)`, bytes <= outBudgetBytes && files <= outBudgetFiles ? 'pass' : 'FAIL');
}

function reportLighthouse(results: LighthouseResult[]) {
  const section = 'Lighthouse (mobile)';
  for (const r of results) {
    const failing = categories.filter((c) => r.median[c] < lighthouseTargets[c]);
    figure(
      section,
      r.path,
      `${categories.map((c) => `${c} ${r.median[c]}`).join(', ')} (median of ${r.runs.length}: ${r.runs.map((s) => categories.map((c) => s[c]).join('/')).join(', ')}); ` +
        `median FCP ${r.metrics['first-contentful-paint']}, LCP ${r.metrics['largest-contentful-paint']}, TBT ${r.metrics['total-blocking-time']}, CLS ${r.metrics['cumulative-layout-shift']}`,
      `≥ ${categories.map((c) => lighthouseTargets[c]).join(' / ')}`,
      failing.length ? 'FAIL' : 'pass',
    );
    for (const lost of r.lostPoints) log(`      points lost: ${lost}`);
    if (r.lostPoints.length) notes.push(`Lighthouse ${r.path}: points lost on ${r.lostPoints.join('; ')}.`);
  }
}

function markdown(started: Date, durationSeconds: number, searchOutput: string | null): string {
  const cpu = os.cpus();
  let chromium = 'unknown';
  try {
    chromium = execFileSync(process.env.CHROME_PATH || '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // reported as unknown
  }
  const escape = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [
    '# Benchmark figures',
    '',
    `The last run of \`npm run bench\` (\`scripts/bench/index.ts\`), written by the benchmark itself. Run on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC,`,
    `${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, load average at the start ${os.loadavg()[0]!.toFixed(1)}, Node ${process.version}, ${chromium}; the run took ${seconds(durationSeconds)}.`,
    'Wall times depend on what else the machine is doing; CPU times (user + system, the build and all its workers) are steadier.',
    '',
    'How each figure is measured: first-load JavaScript is every same-origin script a modern Chromium fetches while loading the page',
    '(HTML scripts, the preloaded runtime, and the client chunks hydration asks for; `nomodule` polyfills are not fetched),',
    'gzipped at level 6 and summed; the baseline is a bare Next.js page (root layout + "Hello") built with `output: \'export\'` by the',
    'same next/react installed here, in the same run. Lighthouse uses its default mobile settings (emulated mid-range phone,',
    'simulated slow 4G, 4× CPU slowdown) on Debian Chromium, median of the runs. Build growth builds synthetic libraries made by',
    '`scripts/bench/synthetic.ts` (real paragraphs recombined, matching source files, extra people, claims and theme passages).',
    '',
  ];
  for (const section of [...new Set(figures.map((f) => f.section))]) {
    lines.push(`## ${section}`, '', '| Figure | Value | Target | |', '| --- | --- | --- | --- |');
    for (const f of figures.filter((x) => x.section === section)) {
      lines.push(`| ${escape(f.name)} | ${escape(f.value)} | ${escape(f.target)} | ${f.status === 'pass' ? '✓' : f.status === 'FAIL' ? '✗ fails' : ''} |`);
    }
    lines.push('');
  }
  if (notes.length) lines.push('## Notes', '', ...notes.map((n) => `- ${n}`), '');
  if (searchOutput !== null) lines.push('## Search benchmark (scripts/bench/search.ts)', '', '```', searchOutput.trim(), '```', '');
  return `${lines.join('\n')}`;
}

async function main() {
  const started = new Date();
  const t0 = Date.now();
  log(`Sightlines benchmark — ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}`);

  if (!flag('skip-growth')) reportGrowth(await growthSection());
  else {
    log('\n▸ Building the real site');
    const build = await buildOnce(root, null);
    figure('Build growth', 'build of the real library', `${seconds(build.wallSeconds)} wall, ${seconds(build.cpuSeconds)} CPU; ${build.htmlPages} pages`, 'reported (growth skipped)', 'info');
  }

  log('\n▸ Building the baseline: a bare Next.js page');
  const baseline = await buildBaseline(root);
  log(`  next ${baseline.versions.next}, react ${baseline.versions.react}, react-dom ${baseline.versions['react-dom']}; ${seconds(baseline.build.wallSeconds)}`);

  const pages = exportedPages(outDir);
  const types = representativePages(pages);
  const site = await serve(root, outDir);
  const bare = await serve(root, baseline.outDir);
  let searchOutput: string | null = null;
  try {
    log('\n▸ First-load JavaScript per route type');
    const [baselineLoad] = await measureFirstLoad(bare.url, baseline.outDir, ['/']);
    const loads = await measureFirstLoad(site.url, outDir, types.map((t) => t.path));
    reportFirstLoad(pages, loads, baselineLoad!);

    log('\n▸ Output size');
    reportSizes(pages);

    if (!flag('skip-lighthouse')) {
      // Every page type (issue 11): one page of each route pattern, and the 404 page.
      const lighthousePaths = [...types.map((t) => t.path), notFoundDocument];
      log(`\n▸ Lighthouse, ${lighthouseRuns} runs each: ${lighthousePaths.join(', ')}`);
      reportLighthouse(await runLighthouse(site.url, lighthousePaths, lighthouseRuns));
      // The same measurement of the bare Next.js page says how much of the score the framework itself costs here.
      const [bareResult] = await runLighthouse(bare.url, ['/'], lighthouseRuns);
      figure(
        'Lighthouse (mobile)',
        'baseline: the bare Next.js page',
        `${categories.map((c) => `${c} ${bareResult!.median[c]}`).join(', ')}; median FCP ${bareResult!.metrics['first-contentful-paint']}, LCP ${bareResult!.metrics['largest-contentful-paint']}, TBT ${bareResult!.metrics['total-blocking-time']}`,
        'reference',
        'info',
      );
    }
  } finally {
    site.stop();
    bare.stop();
    baseline.remove();
  }

  const searchBench = path.join(root, 'scripts/bench/search.ts');
  if (fs.existsSync(searchBench)) {
    log('\n▸ Search benchmark (scripts/bench/search.ts)');
    const run = await timed(path.join(root, 'node_modules/.bin/tsx'), [searchBench], { cwd: root, echo: true });
    searchOutput = run.output;
    figure('Search', 'scripts/bench/search.ts', run.code === 0 ? 'ran; its figures are printed above' : `exited with code ${run.code}`, 'its own targets', run.code === 0 ? 'info' : 'FAIL');
  }

  log('\n▸ Graph benchmark (scripts/bench/graph.ts)');
  const graphRun = await timed(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/bench/graph.ts')], { cwd: root, echo: true });
  figure('Graph', 'scripts/bench/graph.ts: build time and page weight of /graph, real and synthetic libraries', graphRun.code === 0 ? graphRun.output.trim().split('\n').slice(1).join('; ') : `exited with code ${graphRun.code}`, 'legible and flat: at most 180 nodes and 600 links drawn', graphRun.code === 0 ? 'info' : 'FAIL');

  const duration = (Date.now() - t0) / 1000;
  const docs = path.join(root, 'docs-bench.md');
  fs.writeFileSync(docs, withKeptPart(markdown(started, duration, searchOutput), fs.existsSync(docs) ? fs.readFileSync(docs, 'utf8') : null));
  const failed = figures.filter((f) => f.status === 'FAIL');
  log(`\n${figures.length} figures, ${failed.length} over target${failed.length ? `:\n${failed.map((f) => `  ✗ ${f.section}: ${f.name}: ${f.value} (target: ${f.target})`).join('\n')}` : ''}`);
  for (const note of notes) log(`note: ${note}`);
  log(`Figures written to the top of docs-bench.md (the part above keptBelow). The benchmark took ${seconds(duration)}.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
