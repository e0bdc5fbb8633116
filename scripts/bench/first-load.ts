/**
 * First-load JavaScript of a page: the script files a modern browser fetches to load it (every script of the
 * HTML, the preloaded runtime, and the client-component chunks hydration asks for), gzipped and summed.
 * Polyfills behind `nomodule` are not fetched by a modern browser and so do not count.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { gzipSize } from './util';

export type ScriptFile = { url: string; raw: number; gzip: number };
export type FirstLoad = { path: string; scripts: ScriptFile[]; raw: number; gzip: number; declared: number; declaredGzip: number };

function* elements(node: Nodes): Generator<Element> {
  if (node.type === 'element') yield node;
  if ('children' in node) for (const child of node.children) yield* elements(child);
}

/** The scripts the HTML itself names (<script src> without nomodule), as a cross-check of what the browser did. */
function declaredScripts(html: string): string[] {
  const found: string[] = [];
  for (const el of elements(fromHtml(html))) {
    if (el.tagName === 'script' && typeof el.properties.src === 'string' && el.properties.noModule === undefined) found.push(el.properties.src);
  }
  return found;
}

function fileFor(outDir: string, pathname: string): string {
  const file = path.join(outDir, decodeURIComponent(pathname));
  if (!file.startsWith(outDir) || !fs.existsSync(file)) throw new Error(`script ${pathname} is not a file of ${outDir}`);
  return file;
}

/** Loads each page in Chromium and sums the gzipped size of every same-origin script it fetched. */
export async function measureFirstLoad(baseUrl: string, outDir: string, paths: string[]): Promise<FirstLoad[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const origin = new URL(baseUrl).origin;
  const results: FirstLoad[] = [];
  try {
    for (const pagePath of paths) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const seen = new Set<string>();
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (request.resourceType() === 'script' && url.origin === origin) seen.add(url.pathname);
      });
      const response = await page.goto(new URL(pagePath, baseUrl).toString());
      await page.waitForLoadState('networkidle');
      const html = (await response?.text()) ?? '';
      await context.close();
      const scripts = [...seen].sort().map((pathname) => {
        const data = fs.readFileSync(fileFor(outDir, pathname));
        return { url: pathname, raw: data.length, gzip: gzipSize(data) };
      });
      const declared = declaredScripts(html).map((src) => fs.readFileSync(fileFor(outDir, new URL(src, baseUrl).pathname)));
      results.push({
        path: pagePath,
        scripts,
        raw: scripts.reduce((n, s) => n + s.raw, 0),
        gzip: scripts.reduce((n, s) => n + s.gzip, 0),
        declared: declared.reduce((n, d) => n + d.length, 0),
        declaredGzip: declared.reduce((n, d) => n + gzipSize(d), 0),
      });
    }
  } finally {
    await browser.close();
  }
  return results;
}

/**
 * Run on its own (`npx tsx scripts/bench/first-load.ts`, after `npm run build`): builds the bare Next.js
 * baseline, then prints the first-load JavaScript of one page per route type of out/ against it, with the
 * budget of issue 13 (at most +5 kB gzip over the baseline for article, entity, claim, theme and index pages)
 * and the files each page fetched beyond the baseline's. `--files` lists every script of every page.
 */
const firstLoadBudget = 5_000;
const budgetApplies = (pattern: string) =>
  pattern === '/' || pattern.startsWith('/articles') || /^\/(places|people|organizations|claims|themes)(\/\[slug\])?$/.test(pattern);

async function main() {
  const { exportedPages, representativePages, root, outDir } = await import('../../tests/e2e/site-pages');
  const { buildBaseline } = await import('./baseline');
  const { serve, kB } = await import('./util');
  const baseline = await buildBaseline(root);
  const types = representativePages(exportedPages(outDir));
  const site = await serve(root, outDir);
  const bare = await serve(root, baseline.outDir);
  try {
    const [base] = await measureFirstLoad(bare.url, baseline.outDir, ['/']);
    console.log(`baseline (bare Next.js page): ${kB(base!.gzip)} gzip in ${base!.scripts.length} files`);
    const loads = await measureFirstLoad(site.url, outDir, types.map((t) => t.path));
    let failed = 0;
    for (const load of loads) {
      const pattern = types.find((t) => t.path === load.path)!.pattern;
      const extra = load.gzip - base!.gzip;
      const applies = budgetApplies(pattern);
      const ok = extra <= firstLoadBudget;
      if (applies && !ok) failed++;
      console.log(`${applies ? (ok ? '✓' : '✗') : '·'} ${pattern.padEnd(34)} ${kB(load.gzip).padStart(9)}  ${extra >= 0 ? '+' : ''}${(extra / 1000).toFixed(2)} kB  (${load.path})`);
      if (process.argv.includes('--files')) for (const s of load.scripts) console.log(`      ${kB(s.gzip).padStart(9)}  ${s.url}`);
    }
    console.log(failed ? `${failed} page type(s) over +${kB(firstLoadBudget)}` : `every budgeted page type within +${kB(firstLoadBudget)}`);
  } finally {
    site.stop();
    bare.stop();
    baseline.remove();
  }
}

if (process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) await main();
