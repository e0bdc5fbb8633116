import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The production build replaces Next's per-segment prefetch files with nothing (lib/next/no-segment-data.ts, wired
 * in next.config.ts). This reads the build that `npm run test:e2e` has just made: Next's prerendered pages are in
 * .next/server/app, and without the replacement each of them has a `<page>.segments` folder of `__next.*` files
 * beside it (287 at four articles). If a Next upgrade moves the module the alias names, the replacement silently
 * stops applying, the build does that work again, and this test fails.
 */
const appDir = path.join(process.cwd(), '.next', 'server', 'app');
const entries = () => fs.readdirSync(appDir, { recursive: true, withFileTypes: true });

describe('the build makes no per-segment prefetch files', () => {
  it('prerendered the pages into .next/server/app', () => {
    const pages = entries().filter((e) => e.isFile() && e.name.endsWith('.html'));
    // Not an empty folder: the articles, the entity pages and the rest are there.
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.map((e) => e.name)).toContain('index.html');
  });

  it('wrote no .segments folder and no __next.*.txt file beside them', () => {
    const segments = entries().filter((e) => (e.isDirectory() && e.name.endsWith('.segments')) || (e.isFile() && e.name.startsWith('__next.')));
    expect(segments.map((e) => path.join(path.relative(appDir, e.parentPath), e.name))).toEqual([]);
  });
});
