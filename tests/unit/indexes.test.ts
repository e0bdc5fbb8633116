import { describe, expect, it } from 'vitest';
import { getLibrary } from '@/lib/library';
import { numberWords } from '@/lib/format';
import { buildIndex, indexArticleData, kindOptions, relationMix } from '@/lib/indexes/build';
import {
  applyIndexState,
  byCount,
  byName,
  defaultState,
  describeShown,
  filterEntries,
  parseIndexQuery,
  serializeIndexQuery,
  sortEntries,
} from '@/lib/indexes/query';
import type { IndexCollection, IndexConfig, IndexEntry } from '@/lib/indexes/types';

const library = getLibrary();
const collections: IndexCollection[] = ['places', 'people', 'organizations', 'claims', 'themes'];
const index = Object.fromEntries(collections.map((c) => [c, buildIndex(library, c)])) as Record<IndexCollection, ReturnType<typeof buildIndex>>;

/** Mentions counted straight from the flat list, not from mentionsByEntity, so the two are checked against each other. */
function mentionsOf(kind: 'places' | 'people' | 'organizations', slug: string) {
  const found = library.mentions.filter((m) => m.kind === kind && m.slug === slug);
  return { n: found.length, articles: new Set(found.map((m) => m.article)) };
}

const entry = (over: Partial<IndexEntry> & { slug: string }): IndexEntry => ({
  name: over.slug,
  href: `/places/${over.slug}`,
  count: 1,
  secondary: 1,
  articles: [],
  outlets: [],
  kinds: [],
  counts: '',
  ...over,
});

describe('index entries from the library', () => {
  it('lists every entry of each collection once, linking to its page', () => {
    for (const c of collections) {
      const { entries } = index[c];
      expect(entries.map((e) => e.slug).sort()).toEqual(library[c].map((e) => e.slug).sort());
      for (const e of entries) expect(e.href).toBe(`/${c}/${e.slug}`);
    }
  });

  it('counts mentions and articles of places, people and organizations as the annotations have them', () => {
    for (const kind of ['places', 'people', 'organizations'] as const) {
      let total = 0;
      for (const e of index[kind].entries) {
        const { n, articles } = mentionsOf(kind, e.slug);
        expect(e.count, `${kind}/${e.slug}`).toBe(n);
        expect(e.secondary).toBe(articles.size);
        for (const a of articles) expect(e.articles).toContain(a);
        total += e.count;
      }
      expect(total).toBe(library.mentions.filter((m) => m.kind === kind).length);
    }
  });

  it('says the counts in words, with singulars where they belong', () => {
    const chongqing = index.places.entries.find((e) => e.slug === 'chongqing')!;
    const { n, articles } = mentionsOf('places', 'chongqing');
    expect(chongqing.counts).toBe(`${n} mention${n === 1 ? '' : 's'} in ${articles.size} article${articles.size === 1 ? '' : 's'}`);
    for (const e of index.places.entries) {
      expect(e.counts).toMatch(/^\d+ mentions? in \d+ articles?$/);
      expect(e.counts.startsWith('1 mentions')).toBe(false);
    }
  });

  it('keeps authors and outlets that the text never names, with the article they belong to', () => {
    for (const article of library.articles) {
      for (const author of article.authors) {
        const person = library.people.find((p) => p.data.name === author);
        if (!person) continue;
        const e = index.people.entries.find((x) => x.slug === person.slug)!;
        expect(e.articles).toContain(article.slug);
        expect(e.counts).toContain('author of');
      }
      const outlet = index.organizations.entries.find((x) => x.slug === article.outletSlug)!;
      expect(outlet.articles).toContain(article.slug);
      expect(outlet.counts).toContain('publisher of');
    }
  });

  it('gives each claim the articles of its evidence and the mix of relations', () => {
    for (const claim of library.claims) {
      const e = index.claims.entries.find((x) => x.slug === claim.slug)!;
      const evidence = claim.data.evidence;
      expect(e.count).toBe(new Set(evidence.map((q) => q.article)).size);
      expect(e.secondary).toBe(evidence.length);
      expect(new Set(e.kinds)).toEqual(new Set(evidence.map((q) => q.relation)));
      expect(e.counts).toContain(relationMix(evidence.map((q) => q.relation)));
      expect(e.name).toBe(claim.data.statement);
    }
    // The mix adds up to the number of quotes.
    for (const e of index.claims.entries) {
      const numbers = [...e.counts.split(': ')[1]!.matchAll(/(\d+) (reports|agrees|differs|qualifies)/g)].map((m) => Number(m[1]));
      expect(numbers.reduce((a, b) => a + b, 0)).toBe(e.secondary);
    }
  });

  it('gives each theme its passages and their articles', () => {
    for (const theme of library.themes) {
      const e = index.themes.entries.find((x) => x.slug === theme.slug)!;
      expect(e.count).toBe(theme.data.passages.length);
      expect(e.articles.sort()).toEqual([...new Set(theme.data.passages.map((p) => p.article))].sort());
    }
  });

  it('prerenders every list most-counted first', () => {
    for (const c of collections) {
      const { entries } = index[c];
      for (let i = 1; i < entries.length; i++) expect(byCount(entries[i - 1]!, entries[i]!), `${c}: ${entries[i]!.slug}`).toBeLessThan(0);
    }
  });

  it('offers only kinds that some but not every entry has, each with its count', () => {
    for (const c of ['places', 'people', 'organizations', 'claims'] as const) {
      const { config, entries } = index[c];
      expect(config.kind!.options.length).toBeGreaterThan(1);
      for (const option of config.kind!.options) {
        const n = entries.filter((e) => e.kinds.includes(option.value)).length;
        expect(n).toBeGreaterThan(0);
        expect(n).toBeLessThan(entries.length);
        expect(option.label).toMatch(new RegExp(`\\(${n}\\)$`));
      }
    }
    expect(index.themes.config.kind).toBeUndefined();
    const all = [entry({ slug: 'a', kinds: ['x'] }), entry({ slug: 'b', kinds: ['x', 'y'] })];
    expect(kindOptions(all, ['x', 'y', 'z'], { x: 'X', y: 'Y', z: 'Z' })).toEqual([{ value: 'y', label: 'Y (1)' }]);
  });

  it('offers each outlet once, short names without the parenthesis, and counts the articles without listing them', () => {
    const { outlets, articleCount } = index.places.config;
    expect(outlets.map((o) => o.value)).toEqual([...new Set(library.articles.map((a) => a.outletSlug))]);
    for (const o of outlets) expect(o.short).not.toMatch(/\(/);
    expect(articleCount).toBe(numberWords(library.articles.length));
  });

  it('counts each entry’s articles by outlet, in the outlets’ order', () => {
    const order = index.places.config.outlets.map((o) => o.value);
    for (const c of collections) {
      for (const e of index[c].entries) {
        const expected = new Map<string, number>();
        for (const slug of e.articles) {
          const outlet = library.articles.find((a) => a.slug === slug)!.outletSlug;
          expected.set(outlet, (expected.get(outlet) ?? 0) + 1);
        }
        expect(new Map(e.outlets.map((o) => [o.value, o.n]))).toEqual(expected);
        const positions = e.outlets.map((o) => order.indexOf(o.value));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
      }
    }
  });

  it('writes the article filter’s file: every article, and each entry’s articles as numbers into that list', () => {
    for (const c of collections) {
      const data = indexArticleData(library, index[c]);
      expect(data.collection).toBe(c);
      expect(data.articles.map((a) => a.slug)).toEqual(library.articles.map((a) => a.slug));
      expect(Object.keys(data.members).sort()).toEqual(index[c].entries.map((e) => e.slug).sort());
      for (const e of index[c].entries) expect(data.members[e.slug]!.map((n) => data.articles[n]!.slug)).toEqual(e.articles);
    }
  });
});

describe('sorting and filtering', () => {
  const entries = [
    entry({ slug: 'zeta', name: 'Zeta', count: 3, secondary: 2, articles: ['a1'], kinds: ['city'] }),
    entry({ slug: 'alpha', name: 'alpha', count: 3, secondary: 1, articles: ['a2'], kinds: ['country'] }),
    entry({ slug: 'beta', name: 'Beta', count: 9, secondary: 1, articles: ['a1', 'a2'], kinds: ['city'] }),
    entry({ slug: 'gamma', name: '“Gamma”', count: 1, secondary: 1, articles: [], kinds: ['site'] }),
  ];

  it('sorts by count, then secondary count, then name', () => {
    expect(sortEntries(entries, 'mentions').map((e) => e.slug)).toEqual(['beta', 'zeta', 'alpha', 'gamma']);
    const ties = [entry({ slug: 'b', name: 'B' }), entry({ slug: 'a', name: 'A' })];
    expect(sortEntries(ties, 'mentions').map((e) => e.slug)).toEqual(['a', 'b']);
  });

  it('sorts by name regardless of case and quotation marks', () => {
    expect(sortEntries(entries, 'name').map((e) => e.slug)).toEqual(['alpha', 'beta', 'gamma', 'zeta']);
    expect(byName(entries[0]!, entries[0]!)).toBe(0);
  });

  it('does not change the list it is given', () => {
    const before = entries.map((e) => e.slug);
    sortEntries(entries, 'name');
    expect(entries.map((e) => e.slug)).toEqual(before);
  });

  it('filters by article, by kind and by both', () => {
    expect(filterEntries(entries, { article: 'a1' }).map((e) => e.slug)).toEqual(['zeta', 'beta']);
    expect(filterEntries(entries, { kind: 'city' }).map((e) => e.slug)).toEqual(['zeta', 'beta']);
    expect(filterEntries(entries, { article: 'a2', kind: 'city' }).map((e) => e.slug)).toEqual(['beta']);
    expect(filterEntries(entries, { article: 'a2', kind: 'site' })).toEqual([]);
    expect(filterEntries(entries, {})).toHaveLength(entries.length);
  });

  it('filters the real places: every city of one article, and only those', () => {
    const { entries: places } = index.places;
    const article = library.articles[0]!.slug;
    const shown = applyIndexState(places, { sort: 'name', article, kind: 'city' });
    const expected = library.places
      .filter((p) => p.data.kind === 'city' && mentionsOf('places', p.slug).articles.has(article))
      .map((p) => p.slug)
      .sort();
    expect(shown.map((e) => e.slug).sort()).toEqual(expected);
    expect(shown.length).toBeGreaterThan(0);
    for (let i = 1; i < shown.length; i++) expect(byName(shown[i - 1]!, shown[i]!)).toBeLessThan(0);
  });
});

describe('the URL query', () => {
  const config: IndexConfig = index.places.config;
  const article = library.articles[2]!.slug;

  it('reads a valid query', () => {
    const { state, ignored } = parseIndexQuery(`?sort=name&article=${article}&kind=city`, config);
    expect(state).toEqual({ sort: 'name', article, kind: 'city' });
    expect(ignored).toEqual([]);
  });

  it('uses the defaults for an empty query, and for empty values', () => {
    expect(parseIndexQuery('', config)).toEqual({ state: defaultState(config), ignored: [] });
    expect(parseIndexQuery('?kind=&article=', config)).toEqual({ state: defaultState(config), ignored: [] });
    expect(defaultState(config)).toEqual({ sort: 'mentions' });
  });

  it('ignores bad values, keeps the good ones and says what it ignored', () => {
    const slugs = library.articles.map((a) => a.slug);
    const { state, ignored } = parseIndexQuery('?sort=size&article=no-such-article&kind=city&outlet=bbc', config, slugs);
    expect(state).toEqual({ sort: 'mentions', kind: 'city' });
    expect(ignored.map((i) => i.param)).toEqual(['sort', 'outlet', 'article']);
    expect(ignored[0]!.message).toBe('“size” is not a way to sort this list; showing most mentioned first.');
    expect(ignored[1]!.message).toBe('“bbc” is not one of the outlets; showing all outlets.');
    expect(ignored[2]!.message).toContain('“no-such-article” is not one of the four articles');
  });

  it('without the list of articles, keeps a well-formed article for the page to check and ignores a malformed one', () => {
    expect(parseIndexQuery('?article=no-such-article', config)).toEqual({ state: { sort: 'mentions', article: 'no-such-article' }, ignored: [] });
    const bad = parseIndexQuery('?article=%3Cscript%3E', config);
    expect(bad.state).toEqual(defaultState(config));
    expect(bad.ignored[0]!.message).toBe('“<script>” is not one of the four articles; showing all articles.');
  });

  it('ignores a kind that belongs to another index, a repeated parameter and strange strings', () => {
    expect(parseIndexQuery('?kind=company', config).ignored[0]!.message).toContain('is not a kind of place');
    const repeated = parseIndexQuery('?sort=name&sort=mentions', config);
    expect(repeated.state.sort).toBe('mentions');
    expect(repeated.ignored[0]!.message).toContain('more than once');
    const strange = parseIndexQuery(`?kind=${encodeURIComponent('<script>alert(1)</script>'.repeat(5))}&article=%E2%80%AE`, config);
    expect(strange.state).toEqual(defaultState(config));
    expect(strange.ignored).toHaveLength(2);
    expect(strange.ignored[0]!.message.length).toBeLessThan(120);
    expect(() => parseIndexQuery('?%%%=%zz&sort', config)).not.toThrow();
  });

  it('has no kinds to filter on the themes list', () => {
    const { state, ignored } = parseIndexQuery('?kind=city&sort=name', index.themes.config);
    expect(state).toEqual({ sort: 'name' });
    expect(ignored[0]!.message).toBe('This list has no kinds to filter by; showing all themes.');
  });

  it('writes a state back into the query it came from, leaving out defaults', () => {
    expect(serializeIndexQuery(defaultState(config), config)).toBe('');
    for (const sort of config.sorts.map((s) => s.value)) {
      for (const a of [undefined, ...library.articles.map((x) => x.slug)]) {
        for (const kind of [undefined, ...config.kind!.options.map((o) => o.value)]) {
          for (const outlet of [undefined, config.outlets[0]!.value]) {
            const state = { sort, ...(outlet ? { outlet } : {}), ...(a ? { article: a } : {}), ...(kind ? { kind } : {}) };
            const query = serializeIndexQuery(state, config);
            expect(parseIndexQuery(query, config)).toEqual({ state, ignored: [] });
            expect(parseIndexQuery(query, config, library.articles.map((x) => x.slug))).toEqual({ state, ignored: [] });
          }
        }
      }
    }
  });

  it('describes what is shown for the live region', () => {
    const { entries } = index.places;
    expect(describeShown(entries.length, entries, defaultState(config), config)).toBe(
      `Showing all ${entries.length} places, most mentioned first.`,
    );
    const state = { sort: 'name', kind: 'city', article };
    const shown = applyIndexState(entries, state);
    const { title, outlet, outletSlug } = library.articles[2]!;
    expect(describeShown(shown.length, entries, state, config, title)).toBe(
      `Showing ${shown.length} of ${entries.length} places (kind: ${config.kind!.options.find((o) => o.value === 'city')!.label}; in “${title}”), sorted by name.`,
    );
    const byOutlet = { sort: 'name', outlet: outletSlug };
    const fromOutlet = applyIndexState(entries, byOutlet);
    expect(fromOutlet.length).toBeGreaterThan(0);
    expect(describeShown(fromOutlet.length, entries, byOutlet, config)).toBe(`Showing ${fromOutlet.length} of ${entries.length} places (in ${outlet}), sorted by name.`);
  });
});
