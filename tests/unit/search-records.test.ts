import { beforeAll, describe, expect, it } from 'vitest';
import { annotateLibrary } from '@/lib/annotate';
import type { AnnotatedLibrary } from '@/lib/annotate/types';
import { loadLibrary } from '@/lib/content/load';
import { recordUrl } from '@/lib/search/links';
import { asEntrySlug, passageId, passageRef } from '@/lib/ids';
import { buildSearchRecords, plainText, type EntryRecord, type PassageRecord } from '@/lib/search/records';

let lib: AnnotatedLibrary;
let records: ReturnType<typeof buildSearchRecords>;
beforeAll(() => {
  lib = annotateLibrary(loadLibrary());
  records = buildSearchRecords(lib);
});

const passage = (id: string) => records.find((r): r is PassageRecord => r.type === 'passage' && r.id === id)!;
const entry = (id: string) => records.find((r): r is EntryRecord => r.type !== 'passage' && r.id === id)!;

describe('buildSearchRecords (real content)', () => {
  it('makes one record per passage, in publication and reading order', () => {
    const passages = records.filter((r) => r.type === 'passage');
    expect(passages).toHaveLength(lib.articles.reduce((n, a) => n + a.structure.passages.length, 0));
    expect(passages[0]).toMatchObject({ article: lib.articles[0]!.slug, n: 1, id: `${lib.articles[0]!.slug}#p-1` });
    expect(passage('time-surveillance-state#p-3').text).toBe(
      lib.articles.find((a) => a.slug === 'time-surveillance-state')!.structure.passages[2]!.text,
    );
  });

  it('makes one record per place, person, organization, theme and claim', () => {
    const count = (type: string) => records.filter((r) => r.type === type).length;
    expect([count('place'), count('person'), count('organization'), count('theme'), count('claim')]).toEqual([
      lib.places.length,
      lib.people.length,
      lib.organizations.length,
      lib.themes.length,
      lib.claims.length,
    ]);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  it('gives a passage the entities, claims and themes it carries', () => {
    const p = passage('today-chongqing-privacy#p-5');
    expect(p.places).toContain('chongqing');
    expect(p.organizations).toContain('comparitech');
    expect(p.claims).toContain('chongqing-camera-count');
    expect(p.themes).toContain('camera-counts');
    const glasses = passage('nyt-dystopian-dreams#p-1');
    expect(glasses.places).toContain('zhengzhou');
    expect(glasses.themes).toContain('facial-recognition');
  });

  it('gives an entry its name, other spellings, kind, description and articles', () => {
    const wu = entry('people/wu-fuchun');
    expect(wu).toMatchObject({ name: 'Wu Fuchun', label: 'taxi driver in Chongqing, 33', articles: ['today-chongqing-privacy'] });
    expect(wu.aliases).toEqual(['Mr Wu', 'Wu']);
    expect(wu.text).toMatch(/^Wu Fuchun opens the TODAY article/);
    expect(entry('people/paul-mozur').text).toContain('孟建国');
    const claim = entry('claims/chongqing-camera-count');
    expect(claim.name).toMatch(/2\.58 million/);
    expect(claim.articles).toEqual(['today-chongqing-privacy', 'time-surveillance-state']);
    expect(entry('themes/facial-recognition').text).toMatch(/^Face-matching cameras/);
  });

  it('links each record to its page', () => {
    expect(recordUrl(passage('nyt-dystopian-dreams#p-1'))).toBe('/articles/nyt-dystopian-dreams#p-1');
    expect(recordUrl(entry('places/xiangyang'))).toBe('/places/xiangyang');
    expect(recordUrl(entry('people/wu-fuchun'))).toBe('/people/wu-fuchun');
    expect(recordUrl(entry('organizations/hikvision'))).toBe('/organizations/hikvision');
    expect(recordUrl(entry('claims/chongqing-camera-count'))).toBe('/claims/chongqing-camera-count');
    expect(recordUrl(entry('themes/xinjiang'))).toBe('/themes/xinjiang');
  });

  it('is pure: the same library gives the same records', () => {
    expect(buildSearchRecords(lib)).toEqual(records);
  });
});

describe('buildSearchRecords (a minimal library)', () => {
  it('works from the annotation maps alone', () => {
    const real = annotateLibrary(loadLibrary());
    const article = real.articles[0]!;
    const stub: AnnotatedLibrary = {
      ...real,
      articles: [article],
      places: [],
      people: [],
      organizations: [],
      themes: [],
      claims: [],
      mentions: [],
      mentionsByPassage: new Map([[passageRef(article.slug, passageId(2)), [{ article: article.slug, passageId: passageId(2), n: 2, start: 0, end: 1, kind: 'places', slug: asEntrySlug('somewhere'), text: 'S' }]]]),
      mentionsByEntity: new Map(),
      evidenceByClaim: new Map(),
      passagesByTheme: new Map(),
      claimsByPassage: new Map([[passageRef(article.slug, passageId(2)), [asEntrySlug('a-claim')]]]),
    };
    const out = buildSearchRecords(stub);
    expect(out).toHaveLength(article.structure.passages.length);
    expect(out[1]).toMatchObject({ id: `${article.slug}#p-2`, places: ['somewhere'], claims: ['a-claim'], themes: [] });
  });

  it('reads Markdown descriptions as plain text', () => {
    expect(plainText('First *part*.\n\nSecond [link](/x) part.')).toBe('First part. Second link part.');
  });
});
