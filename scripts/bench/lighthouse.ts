/**
 * Lighthouse (mobile settings: Moto G Power emulation, simulated slow 4G and 4x CPU slowdown — Lighthouse's
 * defaults) on Debian's Chromium, launched by chrome-launcher. Each page is measured several times and the
 * median of each category score and metric is reported, with every audit that cost points in any run.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { median } from './util';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];
export type LighthouseResult = {
  path: string;
  runs: Record<Category, number>[];
  median: Record<Category, number>;
  metrics: Record<string, string>;
  lostPoints: string[];
};

type Lhr = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string; numericValue?: number; details?: { items?: Record<string, unknown>[] } }
  >;
  runtimeError?: { message: string };
};

/** A few of an audit's items (the failing URLs, elements or console messages), so that a lost point can be acted on. */
function examples(items: Record<string, unknown>[] | undefined): string {
  if (!items?.length) return '';
  const describe = (item: Record<string, unknown>) => {
    const node = item.node as { snippet?: string } | undefined;
    const location = item.sourceLocation as { url?: string } | undefined;
    return [item.description, item.url ?? location?.url, node?.snippet].filter((v) => typeof v === 'string' && v).join(' ').slice(0, 160);
  };
  const shown = items.slice(0, 3).map(describe).filter(Boolean);
  return shown.length ? ` — e.g. ${shown.join(' | ')}` : '';
}

export async function runLighthouse(baseUrl: string, paths: string[], runs = 3): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const results: LighthouseResult[] = [];
  try {
    for (const path of paths) {
      const scores: Record<Category, number>[] = [];
      const all: Lhr[] = [];
      for (let i = 0; i < runs; i++) {
        // A busy machine sometimes spoils the trace (NO_NAVSTART, NO_FCP); such a run is repeated, up to twice.
        let lhr: Lhr | undefined;
        for (let attempt = 1; attempt <= 3; attempt++) {
          const result = await lighthouse(new URL(path, baseUrl).toString(), {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: [...categories],
          });
          lhr = result?.lhr as unknown as Lhr | undefined;
          if (lhr && !lhr.runtimeError) break;
          if (attempt === 3) throw new Error(`Lighthouse failed three times on ${path}: ${lhr?.runtimeError?.message ?? 'no result'}`);
        }
        if (!lhr) throw new Error(`Lighthouse gave no result for ${path}`);
        all.push(lhr);
        scores.push(Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>);
      }
      // Every audit that cost points in any run, with how many runs it did so.
      const lost = new Map<string, { text: string; runs: number }>();
      for (const lhr of all) {
        for (const category of categories) {
          for (const ref of lhr.categories[category]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (ref.weight <= 0 || !audit || audit.score === null || audit.score >= 1 || audit.scoreDisplayMode === 'informative') continue;
            const key = `${category}: ${ref.id}`;
            const entry = lost.get(key) ?? { text: `${key} (${audit.title}${audit.displayValue ? `, ${audit.displayValue}` : ''})${examples(audit.details?.items)}`, runs: 0 };
            entry.runs++;
            lost.set(key, entry);
          }
        }
      }
      const lostPoints = [...lost.values()].map((l) => `${l.text} [in ${l.runs} of ${all.length} runs]`);
      const metric = (id: string) => median(all.map((lhr) => lhr.audits[id]?.numericValue ?? NaN));
      const metrics = {
        'first-contentful-paint': `${(metric('first-contentful-paint') / 1000).toFixed(1)} s`,
        'largest-contentful-paint': `${(metric('largest-contentful-paint') / 1000).toFixed(1)} s`,
        'total-blocking-time': `${Math.round(metric('total-blocking-time'))} ms`,
        'cumulative-layout-shift': metric('cumulative-layout-shift').toFixed(3),
        'speed-index': `${(metric('speed-index') / 1000).toFixed(1)} s`,
      };
      results.push({
        path,
        runs: scores,
        median: Object.fromEntries(categories.map((c) => [c, median(scores.map((s) => s[c]))])) as Record<Category, number>,
        metrics,
        lostPoints,
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}

/**
 * Run on its own (`npx tsx scripts/bench/lighthouse.ts`, after `npm run build`): Lighthouse on one page of every
 * page type of out/ (the largest of each route pattern, since it has the most to go wrong) and on the 404 page,
 * median of `--runs=3`, against the targets of issue 11: performance ≥ 98, accessibility, best practices and
 * SEO 100. `--only=/articles/[slug],/search` limits it to some route patterns (`/404` names the 404 page).
 * Prints one line per page type and every audit that cost points; exits non-zero when a target is missed.
 */
/**
 * The 404 page's document. Lighthouse refuses to audit a response with status 404 ("unable to reliably load the
 * page"), so the 404 page type is measured at the file the server answers every missing path with, /404.html.
 */
export const notFoundDocument = '/404.html';

export const lighthouseTargets: Record<Category, number> = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };

async function main() {
  const { exportedPages, representativePages, root, outDir } = await import('../../tests/e2e/site-pages');
  const { serve } = await import('./util');
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const runs = Number(arg('runs') ?? 3);
  const only = arg('only')?.split(',');
  const types = [...representativePages(exportedPages(outDir)).map((t) => ({ pattern: t.pattern, path: t.path })), { pattern: '/404', path: notFoundDocument }];
  const chosen = only ? types.filter((t) => only.includes(t.pattern)) : types;
  const site = await serve(root, outDir);
  let missed = 0;
  try {
    for (const type of chosen) {
      const [r] = await runLighthouse(site.url, [type.path], runs);
      const failing = categories.filter((c) => r!.median[c] < lighthouseTargets[c]);
      if (failing.length) missed++;
      console.log(
        `${failing.length ? '✗' : '✓'} ${type.pattern.padEnd(40)} ${categories.map((c) => r!.median[c]).join(' / ')}  ` +
          `(runs ${r!.runs.map((s) => categories.map((c) => s[c]).join('/')).join(', ')}; FCP ${r!.metrics['first-contentful-paint']}, ` +
          `LCP ${r!.metrics['largest-contentful-paint']}, TBT ${r!.metrics['total-blocking-time']}, CLS ${r!.metrics['cumulative-layout-shift']}) ${type.path}`,
      );
      for (const lost of r!.lostPoints) console.log(`      points lost: ${lost}`);
    }
  } finally {
    site.stop();
  }
  console.log(missed ? `${missed} page type(s) miss a target (≥ ${Object.values(lighthouseTargets).join(' / ')})` : 'every page type meets the targets');
  process.exitCode = missed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) await main();
