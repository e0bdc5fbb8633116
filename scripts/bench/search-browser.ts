/**
 * Runs the search engine in headless Chromium: Fuse.js's own dist file and the engine (bundled with esbuild,
 * Fuse left out) are put into a blank page, the index is fetched as the site fetches it, and every query is
 * timed inside the page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const origin = 'http://search-bench.invalid';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The engine as one browser script that uses the global Fuse from fuse.js's dist file. */
async function engineBundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(root, 'lib/search/engine.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'SightlinesSearch',
    target: 'es2022',
    plugins: [
      {
        name: 'fuse-global',
        setup(b) {
          b.onResolve({ filter: /^fuse\.js$/ }, () => ({ path: 'fuse', namespace: 'fuse-global' }));
          b.onLoad({ filter: /.*/, namespace: 'fuse-global' }, () => ({ contents: 'export default globalThis.Fuse;', loader: 'js' }));
        },
      },
    ],
  });
  return result.outputFiles[0]!.text;
}

export type BrowserRun = { loadMs: number; samples: number[] };

/** Loads `payloadJson` in a page and runs every query `rounds` times after one warm-up round. */
export async function runInChromium(payloadJson: string, queries: string[], rounds: number, limit: number): Promise<BrowserRun> {
  const fuseSource = fs.readFileSync(path.join(root, 'node_modules/fuse.js/dist/fuse.mjs'), 'utf8');
  const engine = await engineBundle();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await page.route(`${origin}/**`, (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === '/search-index.json') return route.fulfill({ status: 200, contentType: 'application/json', body: payloadJson });
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>search bench</title>' });
    });
    await page.goto(`${origin}/`);
    // fuse.js's ESM dist file, as a module script that hands the class to the page.
    await page.addScriptTag({ type: 'module', content: `${fuseSource.replace(/export \{ (\w+) as default \};\s*$/, '')}\nglobalThis.Fuse = entry_default;` });
    await page.waitForFunction(() => typeof (globalThis as { Fuse?: unknown }).Fuse === 'function');
    await page.addScriptTag({ content: engine });
    return await page.evaluate(
      async ({ queries, rounds, limit }) => {
        type Engine = { search(q: string, o: { limit: number }): unknown };
        const g = globalThis as unknown as { SightlinesSearch: { createSearchEngine(p: unknown): Engine } };
        const started = performance.now();
        const payload = await (await fetch('/search-index.json')).json();
        const engine = g.SightlinesSearch.createSearchEngine(payload);
        const loadMs = performance.now() - started;
        for (const q of queries) engine.search(q, { limit });
        const samples: number[] = [];
        for (let r = 0; r < rounds; r++) {
          for (const q of queries) {
            const t = performance.now();
            engine.search(q, { limit });
            samples.push(performance.now() - t);
          }
        }
        return { loadMs, samples };
      },
      { queries, rounds, limit },
    );
  } finally {
    await browser.close();
  }
}
