import { beforeAll, describe, expect, it } from 'vitest';
import { annotateLibrary } from '@/lib/annotate';
import { loadLibrary } from '@/lib/content/load';
import { searchPayloadFor } from '@/lib/search/build';
import { createSearchEngine, type SearchEngine } from '@/lib/search/engine';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';

let engine: SearchEngine;
beforeAll(() => {
  engine = createSearchEngine(JSON.parse(JSON.stringify(searchPayloadFor(annotateLibrary(loadLibrary())))));
  engine.search('warm up');
});

/**
 * Searches and checks the answer is well formed: no crash, no hang (a hang fails the test by its timeout). How
 * fast bad input is answered is measured by the search benchmark (scripts/bench/search.ts), not timed here, where
 * a busy machine would fail it.
 */
function searchSafely(input: string) {
  const response = engine.search(input);
  expect(response.query.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  for (const hit of [...response.entries, ...response.passages]) {
    for (const [start, end] of hit.highlights.text) {
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(hit.record.text.length);
      expect(start).toBeLessThan(end);
    }
  }
  return response;
}

describe('search survives bad input', () => {
  it.each([
    ['empty', ''],
    ['whitespace only', '   \t \n  '],
    ['operator characters only', "'^$!|="],
    ['emoji only', '🔍📷👁️‍🗨️'],
    ['NUL', '\u0000'],
    ['percent-encoded NUL, as typed', '%00'],
  ])('%s: no results, no error', (_, input) => {
    const response = searchSafely(input);
    expect(response.entries.length + response.passages.length).toBe(0);
  });

  it('a 10,000-character paste is cut, flagged, and still searched', () => {
    const paste = 'Chongqing surveillance cameras '.repeat(330).slice(0, 10_000);
    expect(paste).toHaveLength(10_000);
    const response = searchSafely(paste);
    expect(response.query.truncated).toBe(true);
    expect(response.query.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(response.totalPassages).toBeGreaterThan(0);
  });

  it('10,000 characters without a space are cut too', () => {
    const response = searchSafely('x'.repeat(10_000));
    expect(response.query.truncated).toBe(true);
    expect(response.totalEntries + response.totalPassages).toBe(0);
  });

  it.each([
    ["extended-search operators around words", "'Hikvision !Megvii ^Yitu SenseTime$ =Watrix | Skynet"],
    ['regex syntax', '(.*)+[a-z]{1000}\\d\\'],
    ['HTML', '<script>alert(1)</script><img src=x onerror=alert(1)>'],
    ['SQL-ish', "' OR 1=1; --"],
    ['lone surrogates', '\ud800Hikvision\udfff'],
    ['bidi controls around Hebrew', '\u202Eשלום עולם\u202C'],
    ['Arabic', 'مراقبة الكاميرات في الصين'],
    ['Chinese characters', '孟建国'],
    ['a word repeated 50 times', 'camera '.repeat(50)],
    ['many different long words', Array.from({ length: 30 }, (_, i) => `qwertyuiop${i}`).join(' ')],
    ['unbalanced quotes', '"facial recognition'],
    ['only quotes', '""""'],
  ])('%s: no error', (_, input) => {
    searchSafely(input);
  });

  it('operator characters do not change what a word finds', () => {
    const plain = engine.search('Hikvision');
    const decorated = engine.search("'^Hikvision$!");
    expect(decorated.entries.map((h) => h.record.id)).toEqual(plain.entries.map((h) => h.record.id));
  });

  it('finds Chinese characters', () => {
    expect(searchSafely('孟建国').entries[0]?.record.id).toBe('people/paul-mozur');
  });

  it('reads the words of HTML-like text and nothing else', () => {
    const response = searchSafely('<b>Hikvision</b>');
    expect(response.query.terms).toEqual(['b', 'hikvision']);
    expect(response.entries.slice(0, 3).map((h) => h.record.id)).toContain('organizations/hikvision');
  });

  it('rejects a file that is not a search index', () => {
    expect(() => createSearchEngine({})).toThrow(/search-index\.json/);
    expect(() => createSearchEngine(null)).toThrow(/search-index\.json/);
  });
});
