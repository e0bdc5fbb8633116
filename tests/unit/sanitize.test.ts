import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadLibrary } from '@/lib/content/load';
import { renderArticleBody } from './render-article';

describe('content is sanitized on its way to HTML', () => {
  const library = loadLibrary(path.join(__dirname, '../fixtures/content/hostile'));
  const html = renderArticleBody(library.articles[0]!);

  it('drops scripts, iframes, event handlers and raw HTML tags', () => {
    expect(html).not.toMatch(/<script|<iframe|<img|onerror|alert\(3\)|example\.com/i);
  });

  it('leaves what stood between script tags as inert text', () => {
    expect(html).toMatch(/Before\s+alert\(1\)\s+after/);
  });

  it('keeps a javascript: link only as harmless text', () => {
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('a link');
  });

  it('keeps the surrounding words', () => {
    expect(html).toContain('Before');
    expect(html).toContain('end.');
  });
});
