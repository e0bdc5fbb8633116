import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { baseUrl } from './browser';
import { exportedPages, missingPath, outDir, type SitePage } from './site-pages';

/**
 * Integrity crawl of the exported site, without a browser: every HTML file of out/ is parsed, its links (and GET
 * forms) are followed from the home page, and every link target, fragment, title and description is checked. The server
 * is asked only for the status of each distinct link target.
 */

const origin = 'http://sightlines.invalid';
type Link = { href: string; target: URL };
type ParsedPage = { path: string; file: string; title: string; description: string; ids: string[]; links: Link[] };

function* elements(node: Nodes): Generator<Element> {
  if (node.type === 'element') yield node;
  if ('children' in node) for (const child of node.children) yield* elements(child);
}

const textOf = (node: Element): string =>
  node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '')).join('');

function parsePage(urlPath: string, file: string): ParsedPage {
  const tree = fromHtml(fs.readFileSync(file, 'utf8'));
  let title = '';
  let description = '';
  const ids: string[] = [];
  const links: Link[] = [];
  let inHead = false;
  for (const element of elements(tree)) {
    const props = element.properties;
    if (element.tagName === 'head') inHead = true;
    if (element.tagName === 'body') inHead = false;
    if (element.tagName === 'title' && inHead && !title) title = textOf(element).trim();
    if (element.tagName === 'meta' && props.name === 'description') description = String(props.content ?? '').trim();
    if (typeof props.id === 'string' && props.id) ids.push(props.id);
    if (element.tagName === 'a' && typeof props.name === 'string') ids.push(props.name);
    // A link is an <a href>, or a GET form (submitting it is one click too, e.g. a search box).
    const isGetForm = element.tagName === 'form' && String(props.method ?? 'get').toLowerCase() === 'get';
    const href = element.tagName === 'a' && typeof props.href === 'string' ? props.href : isGetForm ? String(props.action ?? '') : undefined;
    if (href !== undefined) {
      try {
        const target = new URL(href, new URL(urlPath, origin));
        if (target.origin === origin) links.push({ href, target });
      } catch {
        links.push({ href, target: new URL('/__unparseable__', origin) });
      }
    }
  }
  return { path: urlPath, file, title, description, ids, links };
}

/** The URL path of a link target as the static server resolves it ("/about/" and "/about" are one page). */
function targetPath(target: URL): string {
  let pathname: string;
  try {
    pathname = decodeURIComponent(target.pathname);
  } catch {
    pathname = target.pathname;
  }
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
}

const isFileInOut = (pathname: string) => {
  const file = path.join(outDir, pathname);
  return file.startsWith(outDir) && fs.existsSync(file) && fs.statSync(file).isFile();
};

let pages: SitePage[];
let parsed: Map<string, ParsedPage>;
let notFoundPage: ParsedPage;
let allSources: ParsedPage[];

beforeAll(() => {
  pages = exportedPages();
  parsed = new Map(pages.map((p) => [p.path, parsePage(p.path, p.file)]));
  // The 404 page is served at any unknown address; it is parsed as if served at one.
  notFoundPage = parsePage(missingPath, path.join(outDir, '404.html'));
  allSources = [...parsed.values(), notFoundPage];
});

const describeLink = (page: ParsedPage, link: Link) => `${page === notFoundPage ? '404 page' : page.path} → ${link.href}`;

/** The page a link leads to: the page itself for a same-document link ("#main"), else the page at its path. */
const pageAt = (source: ParsedPage, link: Link) => {
  const pathname = targetPath(link.target);
  return pathname === source.path ? source : parsed.get(pathname);
};

describe('integrity crawl of out/', () => {
  it('finds the pages of the export, and links on every page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
    expect(parsed.get('/')?.links.length).toBeGreaterThan(3);
  });

  it('every internal link points at a page or file of the export', () => {
    const broken: string[] = [];
    for (const page of allSources) {
      for (const link of page.links) {
        if (!pageAt(page, link) && !isFileInOut(targetPath(link.target))) broken.push(describeLink(page, link));
      }
    }
    expect(broken, `broken internal links:\n${broken.join('\n')}`).toEqual([]);
  });

  it('every internal link target answers 200 from the server', async () => {
    const targets = new Map<string, string>();
    for (const page of allSources) {
      for (const link of page.links) {
        if (page === notFoundPage && targetPath(link.target) === missingPath) continue; // its own "#main"
        targets.set(link.target.pathname + link.target.search, describeLink(page, link));
      }
    }
    const failures: string[] = [];
    const queue = [...targets.entries()];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [target, example] = next;
        const response = await fetch(new URL(target, baseUrl()), { method: 'HEAD' });
        if (response.status !== 200) failures.push(`${target}: ${response.status} (e.g. ${example})`);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(targets.size).toBeGreaterThan(5);
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('every #fragment link lands on an element with that id', () => {
    const missing: string[] = [];
    for (const page of allSources) {
      for (const link of page.links) {
        if (link.target.hash.length <= 1) continue;
        const target = pageAt(page, link);
        if (!target) continue; // not a page: reported by the link test, or a plain file
        let fragment: string;
        try {
          fragment = decodeURIComponent(link.target.hash.slice(1));
        } catch {
          fragment = link.target.hash.slice(1);
        }
        if (fragment !== 'top' && !target.ids.includes(fragment)) missing.push(`${describeLink(page, link)} (no id "${fragment}" on ${target.path})`);
      }
    }
    expect(missing, `links to missing fragments:\n${missing.join('\n')}`).toEqual([]);
  });

  it('ids are unique within each page, so every fragment names one place', () => {
    const duplicated: string[] = [];
    for (const page of allSources) {
      const seen = new Set<string>();
      for (const id of page.ids) {
        if (seen.has(id)) duplicated.push(`${page.path}: #${id}`);
        seen.add(id);
      }
    }
    expect(duplicated, duplicated.join('\n')).toEqual([]);
  });

  it('every page is reachable from the home page in at most three clicks', () => {
    const depth = new Map<string, number>([['/', 0]]);
    const queue = ['/'];
    while (queue.length) {
      const current = queue.shift()!;
      for (const link of parsed.get(current)!.links) {
        const next = targetPath(link.target);
        if (parsed.has(next) && !depth.has(next)) {
          depth.set(next, depth.get(current)! + 1);
          queue.push(next);
        }
      }
    }
    const unreachable = pages.filter((p) => !depth.has(p.path)).map((p) => `${p.path}: not reachable from / by links`);
    const deep = pages.filter((p) => (depth.get(p.path) ?? 0) > 3).map((p) => `${p.path}: ${depth.get(p.path)} clicks`);
    const deepest = Math.max(...depth.values());
    expect([...unreachable, ...deep], `pages deeper than three clicks (deepest reached: ${deepest}):\n${[...unreachable, ...deep].join('\n')}`).toEqual([]);
  });

  it('every page has a unique, non-empty <title>', () => {
    const byTitle = new Map<string, string[]>();
    for (const page of parsed.values()) byTitle.set(page.title, [...(byTitle.get(page.title) ?? []), page.path]);
    const problems = [
      ...(byTitle.get('') ?? []).map((p) => `${p}: no title`),
      ...[...byTitle].filter(([title, paths]) => title && paths.length > 1).map(([title, paths]) => `"${title}" on ${paths.join(', ')}`),
    ];
    expect(notFoundPage.title).not.toBe('');
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('every page has a non-empty meta description', () => {
    const missing = allSources.filter((p) => !p.description).map((p) => p.path);
    expect(missing).toEqual([]);
  });
});
