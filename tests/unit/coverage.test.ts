import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { getLibrary } from '@/lib/library';
import { unaccountedNames } from '@/lib/annotate/capitalised';

const stopList = JSON.parse(fs.readFileSync('content/name-stop-list.json', 'utf8')) as Record<string, string[] | string>;
const stopWords = new Set(Object.entries(stopList).flatMap(([key, words]) => (key.startsWith('$') ? [] : (words as string[]))));

describe('coverage: every capitalised name in the reading texts is accounted for', () => {
  const lib = getLibrary();

  it('no capitalised word is left without an entity or a stop-list entry', () => {
    const missing = unaccountedNames(lib, stopWords);
    const report = missing.map((m) => `  ${m.word} — ${m.article} ${m.passageId}: “…${m.context}…”`).join('\n');
    expect(missing, `capitalised words that no entity mentions and content/name-stop-list.json does not list:\n${report}`).toEqual([]);
  });

  it('would catch a name that nothing accounts for', () => {
    const withoutChongqing = { ...lib, mentionsByPassage: new Map([...lib.mentionsByPassage].map(([k, ms]) => [k, ms.filter((m) => m.slug !== 'chongqing')])) };
    const missing = unaccountedNames(withoutChongqing, stopWords).map((m) => m.word);
    expect(missing).toContain('Chongqing');
  });

  it('the stop list hides no entity: none of its words is an entity’s name', () => {
    const names = new Set([...lib.places, ...lib.people, ...lib.organizations].map((e) => e.data.name));
    expect([...stopWords].filter((w) => names.has(w))).toEqual([]);
  });

  it('has well over a hundred entity pages', () => {
    expect(lib.places.length + lib.people.length + lib.organizations.length).toBeGreaterThan(100);
  });
});
