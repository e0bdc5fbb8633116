import type { AnnotatedLibrary, EntityKind, Mention, TextRange } from './annotate/types';
import { entityKey, passageKey, push } from './annotate/types';
import type { Article } from './content/load';
import type { Passage } from './content/blocks';
import { sentenceAround, sentenceRanges } from './text/sentences';
import { articleHref, entityHref } from './links';
import { oncePerEntry } from './paging';
import { entityRefParts, parseEntrySlug, type EntityRef, type EntrySlug, type PassageRef } from './ids';

export type EntityEntry = AnnotatedLibrary[EntityKind][number];

export function findEntity(lib: AnnotatedLibrary, kind: EntityKind, slug: EntrySlug): EntityEntry | undefined {
  const { entries } = indexOf(lib);
  if (!entries.has(kind)) {
    // The first entry of a slug wins, as a search from the start of the list would find it.
    const bySlug = new Map<string, EntityEntry>();
    for (const e of lib[kind] as EntityEntry[]) if (!bySlug.has(e.slug)) bySlug.set(e.slug, e);
    entries.set(kind, bySlug);
  }
  return entries.get(kind)!.get(slug);
}

/** The entry a URL segment names, or undefined (a segment not shaped like a slug names none). */
export function findEntityByParam(lib: AnnotatedLibrary, kind: EntityKind, segment: string): EntityEntry | undefined {
  const slug = parseEntrySlug(segment);
  return slug ? findEntity(lib, kind, slug) : undefined;
}

/** What kind of thing an entity is, in words: "city", "company", "quoted source". */
export function entitySubtitle(kind: EntityKind, entry: EntityEntry): string {
  if (kind === 'people') return (entry.data as { role: string }).role;
  return (entry.data as { kind: string }).kind;
}

/**
 * Passages and entries by key, and articles by slug (articlePositions), built once per library or list, so that no
 * page scans the library for each mention, piece of evidence or entry it shows (each scan is cheap, but pages,
 * mentions and articles all grow with the library: at 5,000 articles such scans were a fifth of the build).
 */
type LibraryIndex = { passages: Map<string, Passage>; entries: Map<EntityKind, Map<string, EntityEntry>> };
const indexes = new WeakMap<AnnotatedLibrary, LibraryIndex>();

function indexOf(lib: AnnotatedLibrary): LibraryIndex {
  let index = indexes.get(lib);
  if (!index) {
    const passages = new Map<string, Passage>();
    for (const a of lib.articles) for (const p of a.structure.passages) passages.set(passageKey(a.slug, p.id), p);
    index = { passages, entries: new Map() };
    indexes.set(lib, index);
  }
  return index;
}

const positions = new WeakMap<readonly { slug: string }[], Map<string, number>>();

/**
 * Each article's place in a list of articles (publication order, for the library's), by slug, worked out once per
 * list; the first article of a slug, as a search from the start of the list would find it. Also the index pages'
 * (lib/indexes/build.ts).
 */
export function articlePositions(articles: readonly { slug: string }[]): Map<string, number> {
  let bySlug = positions.get(articles);
  if (!bySlug) {
    const made = new Map<string, number>();
    articles.forEach((a, i) => {
      if (!made.has(a.slug)) made.set(a.slug, i);
    });
    positions.set(articles, (bySlug = made));
  }
  return bySlug;
}

/** The article of a slug. */
export function articleOf(lib: AnnotatedLibrary, slug: string): Article | undefined {
  const at = articlePositions(lib.articles).get(slug);
  return at === undefined ? undefined : lib.articles[at];
}

/** An article's place in publication order (its index in the library's list). */
export const articleOrder = (lib: AnnotatedLibrary, slug: string): number | undefined => articlePositions(lib.articles).get(slug);

export function passageOf(lib: AnnotatedLibrary, range: Pick<TextRange, 'article' | 'passageId'>): { article: Article; passage: Passage } {
  const article = articleOf(lib, range.article)!;
  const passage = indexOf(lib).passages.get(passageKey(range.article, range.passageId))!;
  return { article, passage };
}

/** A highlighted excerpt: the sentence around a range, with the range's position inside it. */
export type Excerpt = { text: string; start: number; end: number; atStart: boolean; atEnd: boolean };

/** Each passage's sentences, found once: an excerpt is cut for every mention and piece of evidence, on many pages. */
const sentencesOf = new WeakMap<Passage, [number, number][]>();

export function excerptOf(lib: AnnotatedLibrary, range: TextRange): Excerpt {
  const { passage } = passageOf(lib, range);
  let ranges = sentencesOf.get(passage);
  if (!ranges) sentencesOf.set(passage, (ranges = sentenceRanges(passage.text)));
  return sentenceAround(passage.text, range.start, range.end, ranges);
}

export type MentionGroup = { article: Article; mentions: (Mention & { excerpt: Excerpt })[] };

/** Every mention of an entity, grouped by article in publication order, each with its sentence in context. */
export function mentionsByArticle(lib: AnnotatedLibrary, kind: EntityKind, slug: EntrySlug): MentionGroup[] {
  const byArticle = new Map<string, Mention[]>();
  for (const m of lib.mentionsByEntity.get(entityKey(kind, slug)) ?? []) push(byArticle, m.article, m);
  return lib.articles
    .filter((article) => byArticle.has(article.slug))
    .map((article) => ({ article, mentions: byArticle.get(article.slug)!.map((m) => ({ ...m, excerpt: excerptOf(lib, m) })) }));
}

export type Related = { kind: EntityKind; slug: EntrySlug; name: string; shared: number };

/** Entities that share passages with this one, ranked by the number of passages shared. */
export function relatedEntities(lib: AnnotatedLibrary, kind: EntityKind, slug: EntrySlug, limit = 12): Related[] {
  const own = lib.mentionsByEntity.get(entityKey(kind, slug)) ?? [];
  const passages = new Set(own.map((m) => passageKey(m.article, m.passageId)));
  const shared = new Map<EntityRef<EntityKind>, Set<PassageRef>>();
  for (const key of passages) {
    for (const m of lib.mentionsByPassage.get(key) ?? []) {
      if (m.kind === kind && m.slug === slug) continue;
      const k = entityKey(m.kind, m.slug);
      if (!shared.has(k)) shared.set(k, new Set());
      shared.get(k)!.add(key);
    }
  }
  return [...shared.entries()]
    .map(([k, set]) => {
      const { collection: otherKind, slug: otherSlug } = entityRefParts(k);
      return { kind: otherKind, slug: otherSlug, name: findEntity(lib, otherKind, otherSlug)?.data.name ?? otherSlug, shared: set.size };
    })
    .sort((a, b) => b.shared - a.shared || a.name.localeCompare(b.name))
    .slice(0, limit);
}

/** Claims an entity makes, or whose evidence passages mention it. */
export function claimsOfEntity(lib: AnnotatedLibrary, kind: EntityKind, slug: EntrySlug) {
  const ref = entityKey(kind, slug);
  const passages = new Set((lib.mentionsByEntity.get(entityKey(kind, slug)) ?? []).map((m) => passageKey(m.article, m.passageId)));
  return lib.claims.filter(
    (claim) =>
      claim.data.madeBy.some((maker) => maker === ref) ||
      (lib.evidenceByClaim.get(claim.slug) ?? []).some((e) => passages.has(passageKey(e.range.article, e.range.passageId))),
  );
}

/** Themes whose passages mention the entity, with how many of their passages do. */
export function themesOfEntity(lib: AnnotatedLibrary, kind: EntityKind, slug: EntrySlug) {
  const passages = new Set((lib.mentionsByEntity.get(entityKey(kind, slug)) ?? []).map((m) => passageKey(m.article, m.passageId)));
  return lib.themes
    .map((theme) => ({
      theme,
      count: (lib.passagesByTheme.get(theme.slug) ?? []).filter((p) => passages.has(passageKey(p.range.article, p.range.passageId))).length,
    }))
    .filter((t) => t.count > 0)
    .sort((a, b) => b.count - a.count);
}

export type Backlink = { href: string; label: string; why: string };

/** Entries whose front matter points at this entity: affiliated people, places within, claims it makes, articles it published. */
export function backlinks(lib: AnnotatedLibrary, kind: EntityKind, slug: EntrySlug): Backlink[] {
  const links: Backlink[] = [];
  if (kind === 'organizations') {
    for (const person of lib.people) if (person.data.affiliation === slug) links.push({ href: entityHref('people', person.slug), label: person.data.name, why: 'affiliated' });
    for (const article of lib.articles) if (article.outletSlug === slug) links.push({ href: articleHref(article.slug), label: article.title, why: 'published by it' });
  }
  if (kind === 'places') {
    for (const place of lib.places) if (place.data.within === slug) links.push({ href: entityHref('places', place.slug), label: place.data.name, why: 'lies within it' });
  }
  if (kind === 'people') {
    const person = findEntity(lib, 'people', slug);
    if (person) for (const article of lib.articles) if (article.authors.includes(person.data.name)) links.push({ href: articleHref(article.slug), label: article.title, why: 'written by them' });
  }
  for (const claim of lib.claims) if (claim.data.madeBy.some((maker) => maker === entityKey(kind, slug))) links.push({ href: entityHref('claims', claim.slug), label: claim.data.statement, why: 'a claim they make' });
  return links;
}

/**
 * An outlet's short name, from its name in the content: the name without a parenthesis ("TODAY (from the South
 * China Morning Post)" → "TODAY"); a name of several words, less a leading "The", by its initials ("The New York
 * Times" → "NYT", "China Digital Times" → "CDT"); a one-word name as it is ("TIME").
 */
export function articleShortName(article: Pick<Article, 'outlet'>): string {
  const name = article.outlet.replace(/\s*\(.*\)\s*$/, '').trim();
  const words = name.split(/\s+/).filter((w, i) => !(i === 0 && /^the$/i.test(w)));
  if (words.length <= 1) return words[0] ?? name;
  return words.map((w) => w.charAt(0).toUpperCase()).join('');
}

/** What a mention's preview card shows: the entry's name, kind, first sentence and how often the articles name it. */
export type MentionPreview = { name: string; kind: string; line: string; count: number; articles: number; href: string };

/** The first sentence of an entry's description, cut to 160 characters. */
function firstLine(body: string): string {
  const text = body.trim();
  const [start, end] = sentenceRanges(text)[0] ?? [0, 0];
  const sentence = text.slice(start, end).trim();
  return sentence.length > 160 ? `${sentence.slice(0, 157)}…` : sentence;
}

/**
 * One entity's preview card, made once per library (and served once, lib/mention-cards.ts): every article that
 * names the entity shows the same card, and counting its articles reads all its mentions (thousands for China at
 * 1,000 articles), so making it again on each article page made the article pages cost grow with the square of
 * the library.
 */
export const mentionPreviewOf = oncePerEntry((lib: AnnotatedLibrary, key: EntityRef<EntityKind>): MentionPreview => {
  const { collection: kind, slug } = entityRefParts(key);
  const entry = findEntity(lib, kind, slug)!;
  const all = lib.mentionsByEntity.get(key) ?? [];
  return {
    name: entry.data.name,
    kind: entitySubtitle(kind, entry),
    line: firstLine(entry.body),
    count: all.length,
    articles: new Set(all.map((x) => x.article)).size,
    href: entityHref(kind, slug),
  };
});
