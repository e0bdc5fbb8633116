import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptBelow, withKeptPart } from '../../scripts/bench/util';

describe('npm run bench writes docs-bench.md', () => {
  it('replaces the figures above the kept line and keeps what is written by hand below it', () => {
    const before = `# Benchmark figures\n\nold run\n\n${keptBelow}\n\n## A note by hand\n\nkept.\n`;
    const after = withKeptPart('# Benchmark figures\n\nnew run\n', before);
    expect(after).toBe(`# Benchmark figures\n\nnew run\n\n${keptBelow}\n\n## A note by hand\n\nkept.\n`);
    expect(withKeptPart('# Benchmark figures\n\nnewer run', after)).toContain('## A note by hand\n\nkept.');
    expect(withKeptPart('# Benchmark figures\n\nnewer run', after)).not.toContain('new run\n');
  });

  it('starts the kept part on a new file, and keeps an old file without the line whole below it', () => {
    expect(withKeptPart('# Figures\n', null)).toBe(`# Figures\n\n${keptBelow}\n`);
    expect(withKeptPart('# Figures\n', '')).toBe(`# Figures\n\n${keptBelow}\n`);
    expect(withKeptPart('# Figures\n', '# An old file without the line\n\nnotes\n')).toBe(`# Figures\n\n${keptBelow}\n\n# An old file without the line\n\nnotes\n`);
  });

  it('finds the kept line once in the repository’s docs-bench.md, above the notes written by hand', () => {
    const docs = fs.readFileSync(path.join(__dirname, '../../docs-bench.md'), 'utf8');
    expect(docs.split(keptBelow)).toHaveLength(2);
    expect(docs.indexOf(keptBelow)).toBeLessThan(docs.indexOf('## Side by side with Pagefind at 1,000 articles'));
  });
});
