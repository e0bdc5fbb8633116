import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ISLAND_ATTRIBUTE } from '@/lib/islands';

/**
 * scripts/finish-out.mjs runs the three steps after `next build` (prune-out, fill-islands, csp) in one process and
 * one pass over the pages. Here an export shaped like Next's (pages with empty islands and inline scripts, their
 * RSC payloads, placeholders, the build-only island parts) is finished both ways: by the three scripts one after
 * the other, as `npm run build` used to, and by finish-out. The folders must come out the same, byte for byte,
 * and the lines of figures too.
 */
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'finish-out-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const hole = (name: string) => `<div class="article-body" ${ISLAND_ATTRIBUTE}="${name}"></div>`;
const filled = (name: string, text: string) => `<div class="article-body" ${ISLAND_ATTRIBUTE}="${name}"><p>${text}<!-- --> &amp; more</p></div>`;
const page = (title: string, main: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>${title}</title><script>document.documentElement.dataset.theme="light"</script></head>` +
  `<body><main>${main}</main><script>self.__next_f.push([1,"${title}"])</script></body></html>`;

const files: Record<string, string> = {
  'index.html': page('Home', `<h1>Home</h1>${hole('chrome/footer')}`),
  'index.txt': 'RSC payload of the home page',
  'articles/a.html': page('A', `<h1>A</h1>${hole('article-body/a')}${hole('chrome/footer')}`),
  'articles/a.txt': 'RSC payload of A',
  'articles/a/source.html': page('Source of A', '<pre>no island here</pre>'),
  'places/x/passages/none.html': page('placeholder', ''),
  'search-data/none.json': '{}',
  'search-data/w0-abc.json': '{"kept":true}',
  'island-parts/articles/0.html': `<!DOCTYPE html><html><body>${filled('article-body/a', 'First paragraph')}</body></html>`,
  'island-parts/chrome/0.html': `<!DOCTYPE html><html><body>${filled('chrome/footer', 'Footer')}</body></html>`,
  '_next/static/chunks/app.js': 'console.log("kept")',
};

function exportAt(name: string): string {
  const dir = path.join(root, name);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const tree = (dir: string) =>
  Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
      .sort()
      .map((file) => [file, fs.readFileSync(path.join(dir, file), 'utf8')]),
  );
const run = (script: string, dir: string) => execFileSync(process.execPath, [path.join('scripts', script), dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('scripts/finish-out.mjs', () => {
  it('finishes an export as the three steps one after another do', () => {
    const apart = exportAt('apart');
    const apartLines = ['prune-out.mjs', 'fill-islands.mjs', 'csp.mjs'].map((script) => run(script, apart).trim());
    const together = exportAt('together');
    const togetherLines = run('finish-out.mjs', together).trim().split('\n');

    // The CSP line names the folder; the two folders differ only in their last name.
    expect(togetherLines.map((line) => line.replaceAll('together', 'apart'))).toEqual(apartLines);
    expect(tree(together)).toEqual(tree(apart));

    // And it did the work: payloads, placeholders and parts gone, islands filled, a policy on every page.
    const finished = tree(together);
    expect(Object.keys(finished)).toEqual(['_next/static/chunks/app.js', 'articles/a.html', 'articles/a/source.html', 'index.html', 'search-data/w0-abc.json']);
    expect(finished['articles/a.html']).toContain(`${ISLAND_ATTRIBUTE}="article-body/a"><p>First paragraph &amp; more</p></div>`);
    expect(finished['index.html']).toContain('<p>Footer &amp; more</p>');
    for (const file of ['articles/a.html', 'articles/a/source.html', 'index.html']) expect(finished[file]).toContain('http-equiv="Content-Security-Policy"');
    expect(togetherLines[1]).toBe('islands: filled 2 pages from 2 islands in 2 build-only pages (removed)');
  });

  it('stops with the step’s message when a page has an island no part holds', () => {
    const dir = exportAt('missing');
    fs.rmSync(path.join(dir, 'island-parts', 'chrome'), { recursive: true });
    let message = '';
    try {
      run('finish-out.mjs', dir);
    } catch (error) {
      message = String((error as { stderr?: string }).stderr);
    }
    expect(message).toMatch(/Island step failed: (articles\/a|index)\.html: no build-only page holds the island "chrome\/footer"/);
  });
});
