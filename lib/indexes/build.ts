import type { AnnotatedLibrary, EntityKind } from '../annotate/types';
import { entityKey, push } from '../annotate/types';
import { involvements, organizationKinds, placeKinds, relations, type Relation } from '../content/schema';
import { listNames, numberWords, plural } from '../format';
import { sortEntries } from './query';
import { label } from '../collections';
import { entityHref } from '../links';
import { articlePositions } from '../entities';
import { INDEX_ARTICLE_DATA_VERSION, type IndexArticleData, type IndexCollection, type IndexConfig, type IndexEntry, type Option, type OutletCount, type SortOption } from './types';
import type { EntrySlug } from '../ids';

/** What the articles library offers an index: only what these functions read. */
type Source = Pick<
  AnnotatedLibrary,
  'articles' | 'places' | 'people' | 'organizations' | 'claims' | 'themes' | 'mentionsByEntity' | 'evidenceByClaim' | 'passagesByTheme'
>;

export const placeKindLabels: Record<(typeof placeKinds)[number], string> = {
  country: 'Country',
  region: 'Region',
  city: 'City',
  district: 'District',
  site: 'Site',
};
export const involvementLabels: Record<(typeof involvements)[number], string> = {
  quoted: 'Quoted',
  'reported-on': 'Reported on',
  author: 'Author',
  contributor: 'Contributor',
  photographer: 'Photographer',
  'referred-to': 'Referred to',
};
export const organizationKindLabels: Record<(typeof organizationKinds)[number], string> = {
  company: 'Company',
  agency: 'Agency',
  program: 'Program',
  outlet: 'News outlet',
  ngo: 'NGO',
  research: 'Research group',
  university: 'University',
  party: 'Political party',
  government: 'Government',
  other: 'Other',
};
export const relationLabels: Record<Relation, string> = {
  reports: 'Reports',
  agrees: 'Agrees',
  qualifies: 'Qualifies',
  differs: 'Differs',
};

/**
 * The articles looked up by author and outlet (and by slug, articlePositions), once per list of articles: the entries of an index each ask
 * which articles are theirs, and scanning every article for every entry grew with the square of the library.
 */
type ArticleLookup = { outletOf: Map<string, string>; byAuthor: Map<string, string[]>; byOutlet: Map<string, string[]>; outlets: Option[] };
const lookups = new WeakMap<readonly Source['articles'][number][], ArticleLookup>();

function lookupOf(source: Pick<Source, 'articles'>): ArticleLookup {
  let lookup = lookups.get(source.articles);
  if (!lookup) {
    const outletOf = new Map<string, string>();
    const byAuthor = new Map<string, string[]>();
    const byOutlet = new Map<string, string[]>();
    for (const a of source.articles) {
      outletOf.set(a.slug, a.outletSlug);
      for (const name of new Set(a.authors)) push(byAuthor, name, a.slug);
      push(byOutlet, a.outletSlug, a.slug);
    }
    lookup = { outletOf, byAuthor, byOutlet, outlets: outletOptionsOf(source) };
    lookups.set(source.articles, lookup);
  }
  return lookup;
}

/** How often an entity is mentioned in the article text, and in which articles (publication order). */
export function entityMentionCounts(source: Pick<Source, 'articles' | 'mentionsByEntity'>, kind: EntityKind, slug: EntrySlug) {
  const mentions = source.mentionsByEntity.get(entityKey(kind, slug)) ?? [];
  return { mentions: mentions.length, articles: inPublicationOrder(source, mentions.map((m) => m.article)) };
}

export const mentionPhrase = (mentions: number, articles: number) =>
  mentions === 0 ? 'Not named in the article text' : `${plural(mentions, 'mention')} in ${plural(articles, 'article')}`;

/**
 * The outlets, in order of their first article, each once. "TODAY (from the South China Morning Post)" is
 * "TODAY" in the list; the select says it in full.
 */
export function outletOptions(source: Pick<Source, 'articles'>): Option[] {
  return lookupOf(source).outlets.map((o) => ({ ...o }));
}

function outletOptionsOf(source: Pick<Source, 'articles'>): Option[] {
  const seen = new Map<string, Option>();
  for (const a of source.articles) {
    if (!seen.has(a.outletSlug)) seen.set(a.outletSlug, { value: a.outletSlug, label: a.outlet, short: a.outlet.replace(/\s*\(.*\)\s*$/, '') });
  }
  return [...seen.values()];
}

/** How many of an entry's articles each outlet published, in the order of `outletOptions`. */
function outletCounts(source: Pick<Source, 'articles'>, articles: readonly string[]): OutletCount[] {
  const { outletOf, outlets } = lookupOf(source);
  const counts = new Map<string, number>();
  for (const slug of articles) {
    const outlet = outletOf.get(slug);
    if (outlet) counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
  }
  return outlets
    .filter((o) => counts.has(o.value))
    .map((o) => ({ value: o.value, n: counts.get(o.value)! }));
}

/**
 * The file an index page fetches for its article filter: every article and the articles of each entry, as
 * numbers into that list.
 */
export function indexArticleData(source: Pick<Source, 'articles'>, data: IndexData): IndexArticleData {
  const number = new Map(source.articles.map((a, i) => [a.slug as string, i]));
  return {
    version: INDEX_ARTICLE_DATA_VERSION,
    collection: data.config.collection,
    articles: source.articles.map((a) => ({ slug: a.slug, title: a.title, outlet: a.outlet, published: a.published })),
    members: Object.fromEntries(data.entries.map((e) => [e.slug, e.articles.map((a) => number.get(a)!).filter((n) => n !== undefined)])),
  };
}

/**
 * Kind options in the schema's order, each with how many entries have it; a value no entry has, or every entry
 * has (every claim "reports"), would filter nothing and is left out.
 */
export function kindOptions(entries: IndexEntry[], order: readonly string[], labels: Record<string, string>): Option[] {
  return order
    .map((value) => ({ value, n: entries.filter((e) => e.kinds.includes(value)).length }))
    .filter(({ n }) => n > 0 && n < entries.length)
    .map(({ value, n }) => ({ value, label: `${labels[value]} (${n})` }));
}

const byNameSort: SortOption = { value: 'name', label: 'Name (A–Z)', phrase: 'sorted by name' };
const mentionSorts: SortOption[] = [{ value: 'mentions', label: 'Most mentioned', phrase: 'most mentioned first' }, byNameSort];

/** The articles of `slugs` that are in the list, each once, in the list's order. */
function inPublicationOrder(source: Pick<Source, 'articles'>, slugs: Iterable<string>): string[] {
  const position = articlePositions(source.articles);
  return [...new Set(slugs)].filter((s) => position.has(s)).sort((a, b) => position.get(a)! - position.get(b)!);
}

export function placeEntries(source: Source): BaseEntry[] {
  const names = new Map(source.places.map((p) => [p.slug, p.data.name]));
  return source.places.map((place) => {
    const { mentions, articles } = entityMentionCounts(source, 'places', place.slug);
    const within = place.data.within ? names.get(place.data.within) : undefined;
    return {
      slug: place.slug,
      name: place.data.name,
      href: entityHref('places', place.slug),
      count: mentions,
      secondary: articles.length,
      articles,
      kinds: [place.data.kind],
      counts: mentionPhrase(mentions, articles.length),
      note: `${placeKindLabels[place.data.kind]}${within ? ` in ${within}` : ''}`,
    };
  });
}

export function personEntries(source: Source): BaseEntry[] {
  return source.people.map((person) => {
    const { mentions, articles } = entityMentionCounts(source, 'people', person.slug);
    // An author counts as part of the article even where the text never names them (the TODAY report).
    const authored = [...(lookupOf(source).byAuthor.get(person.data.name) ?? [])];
    const credit = authored.length ? `; author of ${plural(authored.length, 'article')}` : '';
    return {
      slug: person.slug,
      name: person.data.name,
      href: entityHref('people', person.slug),
      count: mentions,
      secondary: articles.length,
      articles: inPublicationOrder(source, [...articles, ...authored]),
      kinds: [...person.data.involvement],
      counts: `${mentionPhrase(mentions, articles.length)}${credit}`,
      note: person.data.role,
    };
  });
}

export function organizationEntries(source: Source): BaseEntry[] {
  return source.organizations.map((org) => {
    const { mentions, articles } = entityMentionCounts(source, 'organizations', org.slug);
    const published = [...(lookupOf(source).byOutlet.get(org.slug) ?? [])];
    const credit = published.length ? `; publisher of ${plural(published.length, 'article')}` : '';
    return {
      slug: org.slug,
      name: org.data.name,
      href: entityHref('organizations', org.slug),
      count: mentions,
      secondary: articles.length,
      articles: inPublicationOrder(source, [...articles, ...published]),
      kinds: [org.data.kind],
      counts: `${mentionPhrase(mentions, articles.length)}${credit}`,
      note: organizationKindLabels[org.data.kind],
    };
  });
}

/** "2 reports, 1 agrees": how the quotes of a claim's evidence relate, in the schema's order. */
export function relationMix(relationsOfQuotes: Relation[]): string {
  return relations
    .map((r) => ({ r, n: relationsOfQuotes.filter((x) => x === r).length }))
    .filter(({ n }) => n > 0)
    .map(({ r, n }) => `${n} ${r}`)
    .join(', ');
}

export function claimEntries(source: Source): BaseEntry[] {
  const entityNames = new Map<string, string>([
    ...source.people.map((p) => [entityKey('people', p.slug), p.data.name] as const),
    ...source.organizations.map((o) => [entityKey('organizations', o.slug), o.data.name] as const),
  ]);
  return source.claims.map((claim) => {
    const evidence = source.evidenceByClaim.get(claim.slug) ?? claim.data.evidence;
    const articles = inPublicationOrder(source, evidence.map((e) => e.article));
    const used = relations.filter((r) => evidence.some((e) => e.relation === r));
    // A maker that relays unnamed sources is named with them: "The New York Times, citing analysts".
    const madeBy = claim.data.madeBy.map((ref) => [entityNames.get(ref) ?? ref, claim.data.citing?.[ref]].filter(Boolean).join(', citing '));
    return {
      slug: claim.slug,
      name: claim.data.statement,
      href: entityHref('claims', claim.slug),
      count: articles.length,
      secondary: evidence.length,
      articles,
      kinds: used,
      counts: `Evidence from ${plural(articles.length, 'article')}: ${relationMix(evidence.map((e) => e.relation))}`,
      note: `Made by ${claim.data.citing ? madeBy.join('; ') : listNames(madeBy)}`,
    };
  });
}

export function themeEntries(source: Source): BaseEntry[] {
  return source.themes.map((theme) => {
    const passages = source.passagesByTheme.get(theme.slug) ?? theme.data.passages;
    const articles = inPublicationOrder(source, passages.map((p) => p.article));
    return {
      slug: theme.slug,
      name: theme.data.name,
      href: entityHref('themes', theme.slug),
      count: passages.length,
      secondary: articles.length,
      articles,
      kinds: [],
      counts: `${plural(passages.length, 'passage')} in ${plural(articles.length, 'article')}`,
      note: theme.data.summary,
    };
  });
}

export type IndexData = { config: IndexConfig; entries: IndexEntry[] };

/** An entry as each collection makes it; `buildIndex` adds the outlet counts. */
type BaseEntry = Omit<IndexEntry, 'outlets'>;

/** What differs between index pages: where the entries come from, how they sort, and the kind filter if any. */
type IndexSettings = {
  entries: (source: Source) => BaseEntry[];
  /** The first is the default (the order of the prerendered list). */
  sorts: SortOption[];
  kind?: (entries: IndexEntry[]) => NonNullable<IndexConfig['kind']>;
};

const indexSettings: Record<IndexCollection, IndexSettings> = {
  places: {
    entries: placeEntries,
    sorts: mentionSorts,
    kind: (entries) => ({ label: 'Kind', allLabel: 'All kinds', what: 'a kind of place in this list', options: kindOptions(entries, placeKinds, placeKindLabels) }),
  },
  people: {
    entries: personEntries,
    sorts: mentionSorts,
    kind: (entries) => ({ label: 'Involvement', allLabel: 'Any involvement', what: 'an involvement in this list', options: kindOptions(entries, involvements, involvementLabels) }),
  },
  organizations: {
    entries: organizationEntries,
    sorts: mentionSorts,
    kind: (entries) => ({ label: 'Kind', allLabel: 'All kinds', what: 'a kind of organization in this list', options: kindOptions(entries, organizationKinds, organizationKindLabels) }),
  },
  themes: {
    entries: themeEntries,
    sorts: [{ value: 'passages', label: 'Most passages', phrase: 'most passages first' }, byNameSort],
  },
  claims: {
    entries: claimEntries,
    sorts: [{ value: 'articles', label: 'Most articles', phrase: 'those with evidence in the most articles first' }, byNameSort],
    kind: (entries) => ({ label: 'Relation', allLabel: 'Any relation', what: 'a relation between articles', options: kindOptions(entries, relations, relationLabels) }),
  },
};

/**
 * Everything an index page needs: its entries in the default order (the prerendered list) and what its
 * controls offer. Called by the route; computed from the annotated library, never from files.
 */
export function buildIndex(source: Source, collection: IndexCollection): IndexData {
  const settings = indexSettings[collection];
  const entries = settings.entries(source).map((e) => ({ ...e, outlets: outletCounts(source, e.articles) }));
  const config: IndexConfig = {
    collection,
    noun: { one: label(collection, 'one'), many: label(collection, 'many') },
    sorts: settings.sorts,
    ...(settings.kind ? { kind: settings.kind(entries) } : {}),
    outlets: outletOptions(source),
    articleCount: numberWords(source.articles.length),
  };
  return { config, entries: sortEntries(entries, config.sorts[0]!.value) };
}
