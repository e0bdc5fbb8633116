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
