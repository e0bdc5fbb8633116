/**
 * Lighthouse (mobile settings: Moto G Power emulation, simulated slow 4G and 4x CPU slowdown — Lighthouse's
 * defaults) on Debian's Chromium, launched by chrome-launcher. Each page is measured several times and the
 * median of each category score is reported, with the audits that cost points in the last run.
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
    { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string; details?: { items?: Record<string, unknown>[] } }
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
      let last: Lhr | undefined;
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(new URL(path, baseUrl).toString(), {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...categories],
        });
        const lhr = result?.lhr as unknown as Lhr | undefined;
        if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${lhr?.runtimeError?.message ?? 'no result'}`);
        last = lhr;
        scores.push(Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>);
      }
      const lostPoints = categories.flatMap((category) =>
        (last!.categories[category]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => ({ ref, audit: last!.audits[ref.id]! }))
          .filter(({ audit }) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
          .map(({ ref, audit }) => `${category}: ${ref.id} (${audit.title}${audit.displayValue ? `, ${audit.displayValue}` : ''})${examples(audit.details?.items)}`),
      );
      const metrics = Object.fromEntries(
        ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map((id) => [
          id,
          last!.audits[id]?.displayValue ?? '?',
        ]),
      );
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
