import { describe, expect, it } from 'vitest';
import { allowedEdits, bitCount, boundedEditDistance, letterMask } from '@/lib/search/distance';
import { containsSequence, excerptOf, inflections, sequencePattern } from '@/lib/search/match';
import { highlightWords, hitUrl } from '@/lib/search/links';
import { searchHref } from '@/lib/links';
import { decodePostings, encodePostings } from '@/lib/search/postings';
import type { PassageRecord } from '@/lib/search/records';
import { asArticleSlug } from '@/lib/ids';
import { makeSnippet, mergeRanges, rangesFromFuse, splitByRanges, wordRanges } from '@/lib/search/snippet';
import { foldTerm, foldText, termsOf, tokenize } from '@/lib/search/text';

describe('tokenize', () => {
  it('folds case and accents, splits hyphens and apostrophes, keeps offsets', () => {
    const text = 'Gilles Sabrié’s Facial-recognition';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.term)).toEqual(['gilles', 'sabrie', 's', 'facial', 'recognition']);
    for (const t of tokens) expect(foldTerm(text.slice(t.start, t.end))).toBe(t.term);
  });

  it.each([
    ['2.58 million', ['2.58', 'million']],
    ['168 cameras per 1,000 people', ['168', 'cameras', 'per', '1000', 'people']],
    ['$620 million', ['620', 'million']],
    ['99% to 100%', ['99', 'to', '100']],
    ['15,35', ['15,35']],
  ])('reads numbers: %s', (text, terms) => {
    expect(termsOf(text)).toEqual(terms);
  });
});

describe('boundedEditDistance', () => {
  it.each([
    ['survelliance', 'surveillance', 2],
    ['chongquing', 'chongqing', 1],
    ['hikvison', 'hikvision', 1],
    ['zhengzou', 'zhengzhou', 1],
    ['teh', 'the', 1],
    ['abc', 'abc', 0],
  ])('%s → %s is %i', (a, b, d) => {
    expect(boundedEditDistance(a, b, 3)).toBe(d);
  });

  it('stops at the bound', () => {
    expect(boundedEditDistance('surveillance', 'xinjiang', 2)).toBe(3);
  });

  // The whole table, worked out cell by cell: what the banded, early-stopping version must agree with.
  const reference = (a: string, b: string) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
    return d[a.length]![b.length]!;
  };

  it('agrees with the whole table on thousands of word pairs, long and short, at every bound', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const letters = 'abcdeéz1';
    const word = (n: number) => Array.from({ length: n }, () => letters[Math.floor(next() * letters.length)]).join('');
    const edit = (w: string) => {
      const at = Math.floor(next() * (w.length + 1));
      const kind = Math.floor(next() * 4);
      if (kind === 0) return w.slice(0, at) + word(1) + w.slice(at);
      if (kind === 1) return w.slice(0, at) + w.slice(at + 1);
      if (kind === 2) return w.slice(0, at) + word(1) + w.slice(at + 1);
      return w.slice(0, at) + w.slice(at + 1, at + 2) + w.slice(at, at + 1) + w.slice(at + 2);
    };
    let checked = 0;
    for (let k = 0; k < 4000; k++) {
      const a = word(Math.floor(next() * 14));
      // Near pairs (a few edits apart) and far ones (two unrelated words), in both orders and lengths.
      let b = k % 3 === 0 ? word(Math.floor(next() * 14)) : a;
      if (k % 3 !== 0) for (let e = Math.floor(next() * 4); e >= 0; e--) b = edit(b);
      const truth = reference(a, b);
      for (const max of [0, 1, 2, 3]) {
        expect(boundedEditDistance(a, b, max), `${a} → ${b} within ${max}`).toBe(Math.min(truth, max + 1));
        checked++;
      }
    }
    expect(checked).toBe(16000);
  });

  it('rules out by their letters only words that are farther apart than the bound', () => {
    const pairs: [string, string][] = [['survelliance', 'surveillance'], ['chongquing', 'chongqing'], ['teh', 'the'], ['abc', 'xyz'], ['wu', 'wú'], ['2.58', '2,58']];
    for (const [a, b] of pairs) {
      const differ = bitCount((letterMask(a) ^ letterMask(b)) >>> 0);
      // One edit changes at most two letters' presence: a pair the letters rule out must be farther apart.
      if (differ > 2 * 1) expect(boundedEditDistance(a, b, 1)).toBe(2);
      expect(differ).toBeLessThanOrEqual(2 * boundedEditDistance(a, b, 10));
    }
    expect(bitCount(letterMask('abc') ^ letterMask('xyz'))).toBe(6);
    expect([bitCount(0), bitCount(0xffffffff), bitCount(0x80000001)]).toEqual([0, 32, 2]);
  });

  it('allows more edits in longer words, none in numbers', () => {
    expect([allowedEdits('wu'), allowedEdits('yitu'), allowedEdits('surveillance'), allowedEdits('2.58')]).toEqual([0, 1, 2, 0]);
  });
});

describe('word forms and phrases', () => {
  it('knows singular and plural', () => {
    expect(inflections('drivers')).toEqual(['driver']);
    expect(inflections('driver')).toEqual(['drivers', 'driveres']);
    expect(inflections('glass')).toEqual(['glasses']);
    expect(inflections('cities')).toEqual(['city']);
    expect(inflections('city')).toEqual(['cities']);
    expect(inflections('孟建国')).toEqual([]);
  });

  it('finds a sequence of words, the last possibly a prefix', () => {
    const tokens = tokenize('a police officer wearing facial-recognition glasses');
    expect(containsSequence(tokens, ['facial', 'recognition', 'glasses'], false)).toBe(true);
    expect(containsSequence(tokens, ['facial', 'recognition', 'gla'], false)).toBe(false);
    expect(containsSequence(tokens, ['facial', 'recognition', 'gla'], true)).toBe(true);
    expect(containsSequence(tokens, ['police', 'officers'], false)).toBe(true);
    expect(containsSequence(tokens, ['glasses', 'facial'], false)).toBe(false);
  });
});

describe('phrase patterns and excerpts', () => {
  it('finds a phrase in folded text as whole words, with plurals, prefixes and thousands separators', () => {
    const text = foldText('A police officer wearing Facial-Recognition glasses; 168 cameras per 1,000 people in Sabrié’s photo.');
    expect(sequencePattern(['facial', 'recognition', 'glasses'], false).test(text)).toBe(true);
    expect(sequencePattern(['facial', 'recognition', 'glass'], false).test(text)).toBe(true);
    expect(sequencePattern(['facial', 'recognition', 'gla'], false).test(text)).toBe(false);
    expect(sequencePattern(['facial', 'recognition', 'gla'], true).test(text)).toBe(true);
    expect(sequencePattern(['per', '1000', 'people'], false).test(text)).toBe(true);
    expect(sequencePattern(['000', 'people'], false).test(text)).toBe(false);
    expect(sequencePattern(['sabrie', 's'], false).test(text)).toBe(true);
    expect(sequencePattern(['olice'], false).test(text)).toBe(false);
    // Query words are plain text to the pattern, never regular-expression syntax.
    expect(() => sequencePattern(['(.*)', '[a'], false)).not.toThrow();
  });

  it('cuts the stretches around some words and maps excerpt offsets back to the text', () => {
    const text = `${'x '.repeat(100)}the surveillance cameras${' y'.repeat(100)} and surveillance again`;
    const excerpt = excerptOf(text, tokenize(text), new Set(['surveillance']), 10);
    expect(excerpt.text.split(' … ')).toHaveLength(2);
    expect(excerpt.text.length).toBeLessThan(80);
    const at = excerpt.text.indexOf('surveillance');
    expect(text.slice(excerpt.toOriginal(at), excerpt.toOriginal(at + 11) + 1)).toBe('surveillance');
    const second = excerpt.text.lastIndexOf('surveillance');
    expect(text.slice(excerpt.toOriginal(second), excerpt.toOriginal(second + 11) + 1)).toBe('surveillance');
    expect(excerptOf(text, tokenize(text), new Set(['absent']), 10).text).toBe('');
  });
});

describe('postings', () => {
  it('round-trips', () => {
    const entries = [5, 0, 1024 * 8 + 4, 9, 77];
    expect([...decodePostings(encodePostings(entries))]).toEqual([...entries].sort((a, b) => a - b));
    expect([...decodePostings('')]).toEqual([]);
  });
});

describe('snippets and highlights', () => {
  const text =
    'ZHENGZHOU, China — In the Chinese city of Zhengzhou, a police officer wearing facial recognition glasses spotted a heroin smuggler at a train station.';

  it('merges adjacent words into one highlight', () => {
    expect(wordRanges(text, new Set(['facial', 'recognition', 'glasses'])).map(([s, e]) => text.slice(s, e))).toEqual([
      'facial recognition glasses',
    ]);
    expect(mergeRanges('a-b c', [[0, 1], [2, 3], [4, 5]])).toEqual([[0, 5]]);
  });

  it('widens Fuse’s inclusive indices to whole words', () => {
    const start = text.indexOf('heroin');
    expect(rangesFromFuse(text, [[start + 1, start + 4]]).map(([s, e]) => text.slice(s, e))).toEqual(['heroin']);
    expect(rangesFromFuse(text, [[3, 3]])).toEqual([]);
  });

  it('cuts a window around the first highlight, at word boundaries', () => {
    const ranges = wordRanges(text, new Set(['heroin']));
    const snippet = makeSnippet(text, ranges, 60);
    expect(snippet.text.length).toBeLessThanOrEqual(60);
    expect(snippet.clippedStart).toBe(true);
    const [s, e] = snippet.ranges[0]!;
    expect(snippet.text.slice(s, e)).toBe('heroin');
    expect(snippet.text.startsWith(' ')).toBe(false);
  });

  it('splits a text into marked and plain parts', () => {
    expect(splitByRanges('abc def', [[4, 7]])).toEqual([
      { text: 'abc ', mark: false },
      { text: 'def', mark: true },
    ]);
    // Ranges out of bounds or overlapping are ignored rather than breaking the text.
    expect(splitByRanges('abc', [[2, 9], [0, 1]]).map((p) => p.text).join('')).toBe('abc');
  });
});

describe('links', () => {
  const record: PassageRecord = {
    type: 'passage',
    id: 'nyt-dystopian-dreams#p-1',
    article: asArticleSlug('nyt-dystopian-dreams'),
    n: 1,
    kind: 'paragraph',
    text: 'a police officer wearing Facial-Recognition glasses',
    places: [],
    people: [],
    organizations: [],
    claims: [],
    themes: [],
  };
  const highlights = { name: [], aliases: [], text: [[25, 51]] as [number, number][] };

  it('carries the matched words to the article in ?hl=', () => {
    expect(highlightWords({ record, highlights })).toEqual(['facial', 'recognition', 'glasses']);
    expect(hitUrl({ record, highlights })).toBe('/articles/nyt-dystopian-dreams?hl=facial+recognition+glasses#p-1');
    expect(hitUrl({ record, highlights: { name: [], aliases: [], text: [] } })).toBe('/articles/nyt-dystopian-dreams#p-1');
  });

  it('builds /search links with encoded queries', () => {
    expect(searchHref('')).toBe('/search');
    expect(searchHref('<script>&', { article: 'time-surveillance-state', place: undefined })).toBe(
      '/search?q=%3Cscript%3E%26&article=time-surveillance-state',
    );
  });
});
