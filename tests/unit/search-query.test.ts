import { describe, expect, it } from 'vitest';
import { cutAt, MAX_QUERY_LENGTH, MAX_QUERY_TERMS, parseQuery } from '@/lib/search/query';

describe('parseQuery', () => {
  it('reads words, folded', () => {
    const q = parseQuery('  Facial   RECOGNITION glasses ');
    expect(q.text).toBe('Facial RECOGNITION glasses');
    expect(q.terms).toEqual(['facial', 'recognition', 'glasses']);
    expect(q.sequence).toEqual(['facial', 'recognition', 'glasses']);
    expect(q.open).toBe(false);
    expect(q.truncated).toBe(false);
  });

  it('knows when the last word is still being typed', () => {
    expect(parseQuery('Hikvis').open).toBe(true);
    expect(parseQuery('Hikvis ').open).toBe(false);
    expect(parseQuery('"tai chi"').open).toBe(false);
  });

  it('reads quoted phrases, straight or typographic', () => {
    expect(parseQuery('"tai chi" Chongqing').phrases).toEqual([['tai', 'chi']]);
    expect(parseQuery('“facial recognition” glasses').phrases).toEqual([['facial', 'recognition']]);
    // A single quoted word is just a word; an unclosed quote does no harm.
    expect(parseQuery('"Hikvision"').phrases).toEqual([]);
    expect(parseQuery('"tai chi').terms).toEqual(['tai', 'chi']);
  });

  it.each([
    ['empty', ''],
    ['whitespace only', ' \t\n  '],
    ['not a string', undefined],
    ['punctuation only', "'^$!|="],
    ['emoji only', '🔍📷👁️'],
    ['NUL and control characters', '\u0000\u0001\u001f'],
  ])('finds no words in %s input', (_, input) => {
    const q = parseQuery(input as string);
    expect(q.terms).toEqual([]);
    expect(q.truncated).toBe(false);
  });

  it(`cuts a 10,000-character paste to ${MAX_QUERY_LENGTH} characters and says so`, () => {
    const started = performance.now();
    const q = parseQuery('surveillance '.repeat(770));
    expect(performance.now() - started).toBeLessThan(50);
    expect(q.truncated).toBe(true);
    expect(q.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(q.terms).toEqual(['surveillance']);
  });

  it('keeps at most MAX_QUERY_TERMS distinct words', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    expect(parseQuery(words).terms).toHaveLength(MAX_QUERY_TERMS);
  });

  it('treats extended-search and regex operator characters as spaces', () => {
    expect(parseQuery("'Hikvision ^Megvii !Yitu =SenseTime$ a|b .* (x) [y] \\d+").terms).toEqual([
      'hikvision',
      'megvii',
      'yitu',
      'sensetime',
      'a',
      'b',
      'x',
      'y',
      'd',
    ]);
  });

  it('reads Chinese characters, right-to-left scripts and accents as words', () => {
    expect(parseQuery('孟建国').terms).toEqual(['孟建国']);
    expect(parseQuery('مراقبة الصين').terms).toEqual(['مراقبة', 'الصين']);
    expect(parseQuery('\u202Eשלום\u202C').terms).toEqual(['שלום']);
    expect(parseQuery('Sabrié').terms).toEqual(['sabrie']);
  });

  it('never splits a surrogate pair when cutting', () => {
    const text = `${'a'.repeat(MAX_QUERY_LENGTH - 1)}😀`;
    const cut = cutAt(text, MAX_QUERY_LENGTH);
    expect(cut).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
    expect(() => encodeURIComponent(parseQuery(`${text} more`).text)).not.toThrow();
  });
});
