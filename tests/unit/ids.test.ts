/**
 * The vocabulary of the code: the collection registry, the branded ids (each parser accepts what its encoder
 * makes and refuses the rest) and the links module (one spelling of every internal URL).
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { collectionOfType, collections, entityKinds, entryCollections, isEntityKind, isEntryCollection, label, typeOfCollection } from '@/lib/collections';
import {
  entityRef,
  isArticleSlug,
  isEntityRef,
  isPassageId,
  isPassageRef,
  parseArticleSlug,
  parseEntityRef,
  parsePassageId,
  parsePassageRef,
  passageId,
  passageRef,
} from '@/lib/ids';
import { articleHref, collectionHref, compareHref, entityHref, passageFragmentHref, passageHref, readingListHref, searchHref } from '@/lib/links';
import { entityRefOfHref } from '@/lib/entity-href';
import { articleCountWords, getArticle, getLibrary, outletsPhrase } from '@/lib/library';
import { articleFrontMatter, slug } from '@/lib/content/schema';
import { articleShortName } from '@/lib/entities';
import { numberWords } from '@/lib/format';
import { asArticleSlug, asEntrySlug, slugPattern, type ArticleSlug, type EntityRef, type EntrySlug, type PassageId } from '@/lib/ids';

describe('the collection registry', () => {
  it('derives the entry collections and the entity kinds, in the registry order', () => {
    expect(entryCollections).toEqual(['places', 'people', 'organizations', 'themes', 'claims']);
    expect(entityKinds).toEqual(['places', 'people', 'organizations']);
    expect(isEntryCollection('themes')).toBe(true);
    expect(isEntryCollection('articles')).toBe(false);
    expect(isEntityKind('claims')).toBe(false);
  });

  it('maps type names and collections both ways, and names each in four forms', () => {
    for (const c of entryCollections) expect(collectionOfType[typeOfCollection(c)]).toBe(c);
    expect(label('people', 'one')).toBe('person');
    expect(label('people', 'One')).toBe('Person');
    expect(label('organizations', 'Many')).toBe('Organizations');
    expect(label('articles', 'many')).toBe('articles');
  });

  it('has a folder in content/ for every collection the library loads', () => {
    const lib = getLibrary();
    for (const c of entryCollections) expect(lib[c].length, c).toBeGreaterThan(0);
    for (const c of Object.keys(collections)) expect(collections[c as keyof typeof collections].folder).toBe(c);
  });
});

describe('branded ids', () => {
  it('parses what the encoders make', () => {
    expect(parseEntityRef(entityRef('places', asEntrySlug('chongqing')))).toEqual({ collection: 'places', slug: 'chongqing' });
    expect(parsePassageId(passageId(12))).toBe(12);
    expect(parsePassageRef(passageRef(asArticleSlug('nyt-dystopian-dreams'), passageId(12)))).toEqual({ article: 'nyt-dystopian-dreams', n: 12 });
  });

  it.each([
    ['', false],
    ['Chongqing', false],
    ['a--b', false],
    ['-a', false],
    ['../etc', false],
    ['nyt-dystopian-dreams', true],
  ])('accepts only slugs as article slugs: %j → %s', (value, ok) => {
    expect(isArticleSlug(value)).toBe(ok);
    expect(parseArticleSlug(value)).toBe(ok ? value : null);
  });

  it.each(['place/chongqing', 'places/', 'places/Chongqing', 'articles/nyt-dystopian-dreams', 'places', 'places/a/b', 42, null])(
    'refuses %j as an entity ref',
    (value) => {
      expect(parseEntityRef(value)).toBeNull();
      expect(isEntityRef(value)).toBe(false);
    },
  );

  it('are made at the boundary: the loaded library carries them, so the type checker keeps them apart', () => {
    const lib = getLibrary();
    const article = lib.articles[0]!;
    const place = lib.places[0]!;
    expectTypeOf(article.slug).toEqualTypeOf<ArticleSlug>();
    expectTypeOf(place.slug).toEqualTypeOf<EntrySlug>();
    expectTypeOf(lib.claims[0]!.data.madeBy[0]!).toMatchTypeOf<EntityRef>();
    expectTypeOf(lib.mentions[0]!.passageId).toEqualTypeOf<PassageId>();
    expectTypeOf(articleHref).parameter(0).toEqualTypeOf<ArticleSlug>();
    expectTypeOf<EntrySlug>().not.toMatchTypeOf<ArticleSlug>();
    expectTypeOf<string>().not.toMatchTypeOf<ArticleSlug>();
    // A place slug where an article slug is expected does not compile: npm run typecheck fails on an expected
    // error that does not occur, so each line below proves its error is there. At run time they are only strings.
    // @ts-expect-error: an EntrySlug is not an ArticleSlug
    expect(articleHref(place.slug)).toBe(`/articles/${place.slug}`);
    // @ts-expect-error: nor is plain text
    expect(getArticle(article.slug as string)).toBe(article);
    // @ts-expect-error: an article slug is not a passage id
    expect(passageRef(article.slug, article.slug)).toBe(`${article.slug}#${article.slug}`);
    expect(parseArticleSlug(place.slug)).toBe(place.slug);
  });

  it('are spelled one way: the slug pattern of the content schema is the one of lib/ids', () => {
    expect(articleFrontMatter.shape.slug.safeParse('Not A Slug').success).toBe(false);
    expect(articleFrontMatter.shape.slug.parse('nyt-dystopian-dreams')).toBe('nyt-dystopian-dreams');
    for (const value of ['', 'a--b', '-a', 'Chongqing', 'nyt-dystopian-dreams', 'a1-b2']) {
      expect(slug.safeParse(value).success).toBe(slugPattern.test(value));
    }
  });

  it.each(['p-0', 'p-', 'p-01', 'p-1e3', 'p12', 'P-12', 'p-1234567'])('refuses %j as a passage id', (value) => {
    expect(isPassageId(value)).toBe(false);
  });

  it.each(['#p-1', 'a#p-0', 'a#3', 'a.3', 'A#p-1', 'a#p-1#p-2'])('refuses %j as a passage ref', (value) => {
    expect(isPassageRef(value)).toBe(false);
  });
});

describe('links', () => {
  it('spells every internal URL one way', () => {
    expect(articleHref(asArticleSlug('nyt-dystopian-dreams'))).toBe('/articles/nyt-dystopian-dreams');
    expect(passageHref(asArticleSlug('nyt-dystopian-dreams'), 12)).toBe('/articles/nyt-dystopian-dreams#p-12');
    expect(passageFragmentHref(12)).toBe('#p-12');
    expect(entityHref('people', asEntrySlug('wu-fuchun'))).toBe('/people/wu-fuchun');
    expect(collectionHref('claims')).toBe('/claims');
    expect(searchHref()).toBe('/search');
    expect(searchHref('face & place', { place: 'chongqing', person: undefined })).toBe('/search?q=face+%26+place&place=chongqing');
    expect(compareHref(asArticleSlug('a'), asArticleSlug('b'))).toBe('/compare?a=a&b=b');
    expect(compareHref(asArticleSlug('a'))).toBe('/compare');
    expect(readingListHref('v=1&x=a.b')).toBe('/reading-list?v=1&x=a.b');
  });

  it('keeps hostile slugs inside their path segment', () => {
    // A branded slug cannot hold such text (asArticleSlug and asEntrySlug refuse it); should a cast ever smuggle
    // one in, the links still encode it inside its segment.
    expect(() => asArticleSlug('../x?y#z')).toThrow(/an article slug/);
    expect(() => asEntrySlug('../x?y#z')).toThrow(/an entry slug/);
    expect(passageHref('../x?y#z' as ArticleSlug, 1)).toBe('/articles/..%2Fx%3Fy%23z#p-1');
    expect(entityHref('places', '../x?y#z' as EntrySlug)).toBe('/places/..%2Fx%3Fy%23z');
  });

  it('reads back the entry an entry page’s address names, and nothing else', () => {
    for (const collection of entryCollections) expect(entityRefOfHref(entityHref(collection, asEntrySlug('wu-fuchun')))).toBe(`${collection}/wu-fuchun`);
    for (const other of [null, '', '/', '/places', '/places/', '/planets/mars', '/places/china/passages/2', '/places/china#x', '/places/china?q=1', 'https://x.example/places/china', '/places/%E0%A4%A', '/places/..%2Fx', '//places/china']) {
      expect(entityRefOfHref(other), String(other)).toBeNull();
    }
  });
});

describe('long queries in links', () => {
  it('keeps at most the characters the engine searches in a /search address', () => {
    const pasted = '监控'.repeat(5_000);
    const href = searchHref(pasted);
    const q = new URL(href, 'http://localhost').searchParams.get('q')!;
    expect(q.length).toBeLessThanOrEqual(200);
    expect(pasted.startsWith(q)).toBe(true);
    expect(href.length).toBeLessThan(2_000);
  });

  it('keeps a short query as typed, trailing space and all', () => {
    expect(searchHref('face ')).toBe('/search?q=face+');
    expect(searchHref('   ')).toBe('/search');
  });
});

describe('nothing counted by hand', () => {
  it.each([
    ['The New York Times', 'NYT'],
    ['TODAY (from the South China Morning Post)', 'TODAY'],
    ['TIME', 'TIME'],
    ['China Digital Times', 'CDT'],
    ['The Guardian', 'Guardian'],
    ['South China Morning Post', 'SCMP'],
  ])('an outlet’s short name comes from its name: %s → %s', (outlet, short) => {
    expect(articleShortName({ outlet })).toBe(short);
  });

  it('counts the articles and names their outlets from the content', () => {
    const lib = getLibrary();
    expect(articleCountWords()).toBe(numberWords(lib.articles.length));
    for (const a of lib.articles) expect(outletsPhrase()).toContain(a.outlet);
  });
});
