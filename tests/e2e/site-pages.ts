import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What the exported site holds, discovered rather than listed: every page in out/, and the route pattern
 * (from app/**\/page.tsx) each one was made from, so that tests and benchmarks cover pages other branches add.
 */

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const outDir = path.join(root, 'out');

/** A page of the export: its URL path, its file, and the app route it comes from. */
export type SitePage = { path: string; file: string; pattern: string; bytes: number };

/** A path that certainly has no page: the 404 page is served for it. */
export const missingPath = '/this-page-does-not-exist';

/** Route patterns of the App Router, e.g. "/", "/about", "/articles/[slug]", "/articles/[slug]/source". */
export function routePatterns(appDir = path.join(root, 'app')): string[] {
  const patterns: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        const name = entry.name;
        if (name.startsWith('_')) continue; // private folder
        // Route groups "(x)" and parallel-route slots "@x" do not appear in the URL.
        const urlSegments = name.startsWith('(') || name.startsWith('@') ? segments : [...segments, name];
        walk(path.join(dir, name), urlSegments);
      } else if (/^page\.(tsx|ts|jsx|js|mdx)$/.test(entry.name)) {
        patterns.push(`/${segments.join('/')}`);
      }
    }
  };
  walk(appDir, []);
  return [...new Set(patterns)].sort();
}

function matches(pattern: string, urlPath: string): boolean {
  const want = pattern.split('/').filter(Boolean);
  const have = urlPath.split('/').filter(Boolean);
  for (let i = 0; i < want.length; i++) {
    const segment = want[i]!;
    if (/^\[\[\.\.\..+\]\]$/.test(segment)) return true; // optional catch-all: zero or more
    if (/^\[\.\.\..+\]$/.test(segment)) return have.length > i; // catch-all: one or more
    if (i >= have.length) return false;
    if (/^\[.+\]$/.test(segment)) continue;
    if (segment !== have[i]) return false;
  }
  return want.length === have.length;
}

/** The most specific route pattern for a URL path (static segments beat dynamic ones), or the path itself. */
export function patternOf(urlPath: string, patterns: string[]): string {
  const candidates = patterns.filter((p) => matches(p, urlPath));
  const staticCount = (p: string) => p.split('/').filter((s) => s && !s.startsWith('[')).length;
  candidates.sort((a, b) => staticCount(b) - staticCount(a) || a.localeCompare(b));
  return candidates[0] ?? urlPath;
}

/** The URL path a file of out/ is served at: about.html → /about, index.html → /, a/index.html → /a. */
export function urlPathOf(relativeFile: string): string {
  const withoutExt = relativeFile.split(path.sep).join('/').replace(/\.html$/, '');
  const trimmed = withoutExt === 'index' ? '' : withoutExt.replace(/\/index$/, '');
  return `/${trimmed}`;
}

/** Every page of the export except the 404 page and Next's internal files (names starting with "_"). */
export function exportedPages(dir = outDir, patterns = routePatterns()): SitePage[] {
  if (!fs.existsSync(path.join(dir, 'index.html'))) throw new Error(`no exported site in ${dir}; run "npm run build" first`);
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name)))
    .filter((file) => file !== '404.html' && !file.split(path.sep).some((part) => part.startsWith('_')))
    .map((file) => {
      const urlPath = urlPathOf(file);
      return { path: urlPath, file: path.join(dir, file), pattern: patternOf(urlPath, patterns), bytes: fs.statSync(path.join(dir, file)).size };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** One page per route pattern: the largest, since it has the most content to go wrong. */
export function representativePages(pages = exportedPages()): SitePage[] {
  const byPattern = new Map<string, SitePage>();
  for (const page of pages) {
    const current = byPattern.get(page.pattern);
    if (!current || page.bytes > current.bytes) byPattern.set(page.pattern, page);
  }
  return [...byPattern.values()].sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** Whether the export has a page at this URL path (e.g. "/search"). */
export function hasPage(urlPath: string, pages = exportedPages()): boolean {
  return pages.some((p) => p.path === urlPath);
}
