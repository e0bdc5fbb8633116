import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getLibrary } from '@/lib/library';
import { loadLibrary } from '@/lib/content/load';
import { annotateLibrary } from '@/lib/annotate';
import { ContentError, type ContentErrorCode, type ContentProblem } from '@/lib/content/errors';
import { entityKey, entityKinds, type AnnotatedLibrary } from '@/lib/annotate/types';
import { asEntrySlug, type ArticleSlug } from '@/lib/ids';

/**
 * Every reference between content entries resolves. The real content is checked directly here, independently of
 * the checks in lib/annotate (so a check dropped there is still caught); the fixtures show that a broken
 * reference fails the build with a ContentError naming the file and the field.
 */

const library: AnnotatedLibrary = getLibrary();
const slugs = {
  articles: new Set(library.articles.map((a) => a.slug)),
  places: new Set(library.places.map((e) => e.slug)),
  people: new Set(library.people.map((e) => e.slug)),
  organizations: new Set(library.organizations.map((e) => e.slug)),
  themes: new Set(library.themes.map((e) => e.slug)),
};
const passageText = (article: string, passageId: string) =>
  library.articles.find((a) => a.slug === article)?.structure.passages.find((p) => p.id === passageId)?.text;

describe('the real content: every reference resolves', () => {
  it('has content to check', () => {
    expect(library.articles.length).toBeGreaterThanOrEqual(4);
    for (const kind of [...entityKinds, 'themes', 'claims'] as const) expect(library[kind].length, kind).toBeGreaterThan(0);
  });

  it("every article's outletSlug names an organization", () => {
    const broken = library.articles.filter((a) => !slugs.organizations.has(a.outletSlug)).map((a) => `${a.file}: outletSlug "${a.outletSlug}"`);
    expect(broken).toEqual([]);
  });

  it("every claim's madeBy names an existing person or organization, and its themes exist", () => {
    const broken: string[] = [];
    for (const claim of library.claims) {
      claim.data.madeBy.forEach((ref, i) => {
        const [kind, slug] = ref.split('/') as ['people' | 'organizations', string];
        if (!slugs[kind]?.has(asEntrySlug(slug))) broken.push(`${claim.file}: madeBy.${i} "${ref}"`);
      });
      claim.data.themes.forEach((theme, i) => {
        if (!slugs.themes.has(theme)) broken.push(`${claim.file}: themes.${i} "${theme}"`);
      });
    }
    expect(broken).toEqual([]);
  });

  type Anchored = { quote: string; article: ArticleSlug; range: { article: string; passageId: string; start: number; end: number } };
  it.each([
    ['piece of claim evidence', library.claims.map((c) => ({ file: c.file, written: c.data.evidence.length, resolved: library.evidenceByClaim.get(c.slug) ?? [] }))],
    ['theme passage', library.themes.map((t) => ({ file: t.file, written: t.data.passages.length, resolved: library.passagesByTheme.get(t.slug) ?? [] }))],
  ] as [string, { file: string; written: number; resolved: Anchored[] }[]][])('every %s is anchored in an article, at text equal to its quote', (_, entries) => {
    const broken: string[] = [];
    for (const { file, written, resolved } of entries) {
      if (resolved.length !== written) broken.push(`${file}: ${written} written, ${resolved.length} anchored`);
      for (const { quote, article, range } of resolved) {
        if (!slugs.articles.has(article)) broken.push(`${file}: article "${article}"`);
        if (passageText(range.article, range.passageId)?.slice(range.start, range.end) !== quote) broken.push(`${file}: "${quote}" not at its range`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("every claim evidence's with names an article of the claim, and every claim's theme lists it back through claimsByPassage", () => {
    const broken: string[] = [];
    for (const claim of library.claims) {
      for (const evidence of library.evidenceByClaim.get(claim.slug) ?? []) {
        if (evidence.with !== undefined && !claim.data.evidence.some((e) => e.article === evidence.with)) broken.push(`${claim.file}: with "${evidence.with}"`);
      }
    }
    for (const [key, claims] of library.claimsByPassage) {
      const [article, passageId] = key.split('#') as [string, string];
      if (passageText(article, passageId) === undefined) broken.push(`claimsByPassage: ${key} is no passage`);
      for (const slug of claims) if (!library.claims.some((c) => c.slug === slug)) broken.push(`claimsByPassage: ${key} → missing claim ${slug}`);
    }
    expect(broken).toEqual([]);
  });

  it("every place's within names a place, and no place is (transitively) within itself", () => {
    const within = new Map(library.places.map((p) => [p.slug, p.data.within]));
    const broken: string[] = [];
    for (const place of library.places) {
      if (place.data.within !== undefined && !slugs.places.has(place.data.within)) broken.push(`${place.file}: within "${place.data.within}"`);
      const seen = new Set([place.slug]);
      for (let next = within.get(place.slug); next !== undefined; next = within.get(next)) {
        if (seen.has(next)) {
          broken.push(`${place.file}: within forms a cycle through ${[...seen].join(' → ')}`);
          break;
        }
        seen.add(next);
      }
    }
    expect(broken).toEqual([]);
  });

  it("every person's affiliation names an organization", () => {
    const broken = library.people
      .filter((p) => p.data.affiliation && !slugs.organizations.has(p.data.affiliation))
      .map((p) => `${p.file}: affiliation "${p.data.affiliation}"`);
    expect(broken).toEqual([]);
  });

  it('every alias scoped to articles names existing articles', () => {
    const broken: string[] = [];
    for (const kind of entityKinds) {
      for (const entry of library[kind]) {
        for (const alias of entry.data.aliases) {
          if (typeof alias === 'string') continue;
          for (const article of alias.articles ?? []) if (!slugs.articles.has(article)) broken.push(`${kind}/${entry.file}: alias "${alias.text}" → "${article}"`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('every mention points at its own text in an existing passage, and belongs to an existing entry', () => {
    const broken: string[] = [];
    for (const m of library.mentions) {
      const text = passageText(m.article, m.passageId);
      if (text === undefined) broken.push(`${m.kind}/${m.slug}: ${m.article}#${m.passageId} is no passage`);
      else if (text.slice(m.start, m.end) !== m.text) broken.push(`${m.kind}/${m.slug}: "${m.text}" not at ${m.article}#${m.passageId}:${m.start}`);
      if (!slugs[m.kind].has(m.slug)) broken.push(`mention of missing ${entityKey(m.kind, m.slug)}`);
    }
    expect(broken).toEqual([]);
  });
});

// Fixtures: tests/fixtures/content-refs/base is a tiny valid library; each folder in cases/ holds the files that
// replace base files to break exactly one reference.
const fixtures = path.join(__dirname, '../fixtures/content-refs');
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function fixtureLibrary(caseName?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-refs-'));
  temporary.push(dir);
  fs.cpSync(path.join(fixtures, 'base'), dir, { recursive: true });
  if (caseName) fs.cpSync(path.join(fixtures, 'cases', caseName), dir, { recursive: true });
  return dir;
}

function problemsOf(caseName: string): ContentProblem[] {
  const dir = fixtureLibrary(caseName);
  try {
    annotateLibrary(loadLibrary(dir));
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  return expect.fail(`the fixture "${caseName}" was accepted`);
}

const where = (problems: ContentProblem[]) => problems.map((p) => `${p.collection} → ${p.file}: ${p.field}`);

const expected: Record<string, { where: string[]; message: RegExp; code: ContentErrorCode }> = {
  'claim-made-by-missing-person': { where: ['claims → cameras-reduce-crime.md: madeBy.1'], message: /people\/nobody/, code: 'unknown-entry' },
  'claim-missing-theme': { where: ['claims → cameras-reduce-crime.md: themes.1'], message: /"no-such-theme", which has no file in content\/themes/, code: 'unknown-entry' },
  'claim-evidence-missing-article': { where: ['claims → cameras-reduce-crime.md: evidence.0.article'], message: /found "missing-article"/, code: 'unknown-article' },
  'claim-quote-not-found': { where: ['claims → cameras-reduce-crime.md: evidence.0.quote'], message: /quote "cameras prevent crime" not found in good-article/, code: 'quote' },
  // Every relation other than "reports" explains itself (content/README.md, Relations).
  'claim-relation-without-note': {
    where: ['claims → cameras-reduce-crime.md: evidence.1.note'],
    message: /"agrees" needs a note naming the words that make it agree/,
    code: 'field',
  },
  'claim-citing-not-a-maker': {
    where: ['claims → cameras-reduce-crime.md: citing.organizations/example-outlet'],
    message: /"organizations\/example-outlet" cites sources but is not in madeBy/,
    code: 'field',
  },
  'theme-passage-missing-article': { where: ['themes → cameras.md: passages.0.article'], message: /found "missing-article"/, code: 'unknown-article' },
  'place-within-missing': { where: ['places → chongqing.md: within'], message: /found "atlantis", which has no file in content\/places/, code: 'unknown-entry' },
  'person-affiliation-missing': { where: ['people → ann-author.md: affiliation'], message: /found "no-such-outlet", which has no file in content\/organizations/, code: 'unknown-entry' },
  // The outlet, no longer named by the article's metadata and never mentioned in its text, is reported too.
  'article-outlet-missing': {
    where: ['organizations → example-outlet.md: aliases', 'articles → good-article.md: outletSlug'],
    message: /found "missing-outlet", which has no file in content\/organizations/,
    code: 'unknown-entry',
  },
};

describe('a broken reference fails with a ContentError naming the file and field', () => {
  it('the base fixture is valid, and every case folder is used below', () => {
    const annotated = annotateLibrary(loadLibrary(fixtureLibrary()));
    expect(annotated.claims.map((c) => c.slug)).toEqual(['cameras-reduce-crime']);
    expect(annotated.evidenceByClaim.get(asEntrySlug('cameras-reduce-crime'))).toHaveLength(1);
    expect(fs.readdirSync(path.join(fixtures, 'cases')).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [caseName, { where: places, message, code }] of Object.entries(expected)) {
    it(caseName, () => {
      const problems = problemsOf(caseName);
      expect(where(problems)).toEqual(places);
      expect(problems.at(-1)!.message).toMatch(message);
      expect(problems.at(-1)!.code).toBe(code);
    });
  }

  it('the claim without a note loads once the note is written, so the note alone made it fail', () => {
    const dir = fixtureLibrary('claim-relation-without-note');
    const file = path.join(dir, 'claims', 'cameras-reduce-crime.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('with: good-article }', 'with: good-article, note: "“cut crime” for “reduce crime”" }'));
    const annotated = annotateLibrary(loadLibrary(dir));
    expect(annotated.evidenceByClaim.get(asEntrySlug('cameras-reduce-crime'))?.map((e) => e.relation)).toEqual(['reports', 'agrees']);
  });

  it('the thrown message names the collection, file and field of the problem', () => {
    const dir = fixtureLibrary('claim-made-by-missing-person');
    expect(() => annotateLibrary(loadLibrary(dir))).toThrow(
      'claims → cameras-reduce-crime.md: madeBy.1: expected an existing people entry; found "people/nobody", which has no file',
    );
  });
});
