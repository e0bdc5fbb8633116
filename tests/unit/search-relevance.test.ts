import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotateLibrary } from '@/lib/annotate';
import { loadLibrary } from '@/lib/content/load';
import { searchPayloadFor } from '@/lib/search/build';
import { createSearchEngine, type SearchEngine } from '@/lib/search/engine';

type Case = { query: string; group: 'entries' | 'passages'; expect: string; within: number; suggestion?: string; why: string };
const { cases } = JSON.parse(fs.readFileSync(path.join(__dirname, '../search-relevance.json'), 'utf8')) as { cases: Case[] };

let engine: SearchEngine;
beforeAll(() => {
  // Through JSON, as the browser receives it from /search-index.json.
  engine = createSearchEngine(JSON.parse(JSON.stringify(searchPayloadFor(annotateLibrary(loadLibrary())))));
});

describe('search relevance (tests/search-relevance.json, real content)', () => {
  it('has at least 25 queries', () => {
    expect(new Set(cases.map((c) => c.query)).size).toBeGreaterThanOrEqual(25);
  });

  it.each(cases.map((c) => [`${c.query} → ${c.expect} (${c.group}, top ${c.within}: ${c.why})`, c] as const))('%s', (_, c) => {
    const response = engine.search(c.query);
    const ids = response[c.group].map((hit) => hit.record.id);
    const position = ids.indexOf(c.expect) + 1;
    const context = `top of ${c.group}: ${ids.slice(0, 5).join(', ') || '(none)'}`;
    expect(position, context).toBeGreaterThan(0);
    expect(position, context).toBeLessThanOrEqual(c.within);
    if (c.suggestion) expect(response.suggestion).toBe(c.suggestion);
  });

  it('ranks exact matches above fuzzy ones and does not flood a misspelling', () => {
    const exact = engine.search('Chongqing');
    expect(exact.entries.every((h) => h.match !== 'fuzzy')).toBe(true);
    const typo = engine.search('Chongquing');
    expect(typo.entries[0]?.match).toBe('fuzzy');
    // A misspelt word finds close words only: nothing that merely shares a few letters.
    for (const hit of [...typo.entries, ...typo.passages]) {
      expect(`${hit.record.type === 'passage' ? '' : hit.record.name} ${hit.record.text}`.toLowerCase()).toMatch(/chongqing/);
    }
    expect(typo.totalEntries + typo.totalPassages).toBeLessThanOrEqual(60);
  });

  it('puts a passage holding the whole phrase above one holding the words apart', () => {
    const { passages } = engine.search('facial recognition glasses');
    const firstWordsOnly = passages.findIndex((h) => h.match === 'words' || h.match === 'partial');
    const lastPhrase = passages.map((h) => h.match).lastIndexOf('phrase');
    expect(lastPhrase).toBeGreaterThanOrEqual(0);
    if (firstWordsOnly >= 0) expect(lastPhrase).toBeLessThan(firstWordsOnly);
  });
});
