import { toString } from 'mdast-util-to-string';
import type { AnnotatedLibrary } from '../annotate/types';
import { passageKey } from '../annotate/types';
import { parseMarkdown } from '../content/blocks';
import type { Alias } from '../content/schema';
import { collectionOfType, type EntityKind, type EntryCollection, type EntryType } from '../collections';
import { entityRef, passageRef, type ArticleSlug, type EntrySlug } from '../ids';

/**
 * What search finds: one record per passage of every article, and one per place, person, organization, theme
 * and claim. Records are plain data (no functions, no Maps) so they can be written to JSON at build time and
 * read back in the browser.
 */
export type { EntryType };
/** The collections a passage record lists the slugs of (claims too are listed, but not offered as a filter). */
export type FacetKind = Exclude<EntryCollection, 'claims'>;

export type PassageRecord = {
  type: 'passage';
  /** `${article}#p-${n}` (passageRef of lib/ids) */
  id: string;
  article: ArticleSlug;
  n: number;
  kind: 'paragraph' | 'caption' | 'quote' | 'post';
  section?: string;
  text: string;
  /** Slugs of what the passage carries: entities mentioned in it, claims whose evidence lies in it, themes it belongs to. */
  places: string[];
  people: string[];
  organizations: string[];
  claims: string[];
  themes: string[];
};

export type EntryRecord = {
  type: EntryType;
  /** `${collection}/${slug}`, as `places/xiangyang` (entityRef of lib/ids) */
  id: string;
  slug: EntrySlug;
  /** The entry's name; for a claim, its statement. */
  name: string;
  /** Other spellings the articles use (places, people, organizations), without the name itself. */
  aliases: string[];
  /** What sort of entry: “city”, “company”, a person's role, “claim”, “theme”. */
  label: string;
  /** Plain text of the entry's description (a theme's summary, then its description). */
  text: string;
  /**
   * The articles the entry appears in, in publication order. Left out of the records of a sharded index, which
   * keeps them in a file of their own: SearchEngine.articlesOf() reads them from either.
   */
  articles?: string[];
};

export type SearchRecord = PassageRecord | EntryRecord;

export type ArticleInfo = { slug: string; title: string; outlet: string; published: string };

/** The articles as search results name them, in publication order. */
export function articleInfo(lib: Pick<AnnotatedLibrary, 'articles'>): ArticleInfo[] {
  return lib.articles.map(({ slug, title, outlet, published }) => ({ slug, title, outlet, published }));
}

const aliasText = (alias: Alias) => (typeof alias === 'string' ? alias : alias.text);

/** The other spellings of a name, each once, case-insensitively, without the name itself. */
function otherSpellings(name: string, aliases: Alias[]): string[] {
  const seen = new Set([name.toLowerCase()]);
  const out: string[] = [];
  for (const text of aliases.map(aliasText)) {
    const key = text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}

/** Plain text of a Markdown description, paragraphs separated by a space. */
export function plainText(markdown: string): string {
  return parseMarkdown(markdown)
    .children.map((node) => toString(node))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const sortedUnique = (values: Iterable<string>) => [...new Set(values)].sort();

/**
 * Builds the search records of an annotated library. Pure: the same library gives the same records, in the
 * same order (passages in publication and reading order, then places, people, organizations, themes, claims).
 */
export function buildSearchRecords(lib: AnnotatedLibrary): SearchRecord[] {
  const articleOrder = new Map<string, number>(lib.articles.map((a, i) => [a.slug, i]));
  const inOrder = (slugs: Iterable<string>) =>
    [...new Set(slugs)].filter((s) => articleOrder.has(s)).sort((a, b) => articleOrder.get(a)! - articleOrder.get(b)!);

  // Themes by passage: the theme's own anchored passages, and the themes of the claims evidenced there.
  const themesByPassage = new Map<string, Set<string>>();
  const addTheme = (key: string, theme: string) => {
    const set = themesByPassage.get(key) ?? new Set<string>();
    set.add(theme);
    themesByPassage.set(key, set);
  };
  for (const [theme, passages] of lib.passagesByTheme) {
    for (const p of passages) addTheme(passageKey(p.range.article, p.range.passageId), theme);
  }
  const themesOfClaim = new Map(lib.claims.map((c) => [c.slug, c.data.themes]));
  for (const [key, claims] of lib.claimsByPassage) {
    for (const claim of claims) for (const theme of themesOfClaim.get(claim) ?? []) addTheme(key, theme);
  }

  const records: SearchRecord[] = [];
  for (const article of lib.articles) {
    for (const passage of article.structure.passages) {
      const key = passageKey(article.slug, passage.id);
      const mentions = lib.mentionsByPassage.get(key) ?? [];
      const slugsOf = (kind: FacetKind) => sortedUnique(mentions.filter((m) => m.kind === kind).map((m) => m.slug));
      records.push({
        type: 'passage',
        id: passageRef(article.slug, passage.id),
        article: article.slug,
        n: passage.n,
        kind: passage.kind,
        ...(passage.section ? { section: passage.section } : {}),
        text: passage.text,
        places: slugsOf('places'),
        people: slugsOf('people'),
        organizations: slugsOf('organizations'),
        claims: sortedUnique(lib.claimsByPassage.get(key) ?? []),
        themes: sortedUnique(themesByPassage.get(key) ?? []),
      });
    }
  }

  const mentionedIn = (dir: EntityKind, slug: EntrySlug) =>
    inOrder((lib.mentionsByEntity.get(entityRef(dir, slug)) ?? []).map((m) => m.article));

  for (const e of lib.places) {
    records.push(entry('place', e.slug, e.data.name, otherSpellings(e.data.name, e.data.aliases), e.data.kind, plainText(e.body), mentionedIn('places', e.slug)));
  }
  for (const e of lib.people) {
    records.push(entry('person', e.slug, e.data.name, otherSpellings(e.data.name, e.data.aliases), e.data.role, plainText(e.body), mentionedIn('people', e.slug)));
  }
  for (const e of lib.organizations) {
    records.push(
      entry('organization', e.slug, e.data.name, otherSpellings(e.data.name, e.data.aliases), e.data.kind, plainText(e.body), mentionedIn('organizations', e.slug)),
    );
  }
  for (const t of lib.themes) {
    const text = [t.data.summary, plainText(t.body)].filter(Boolean).join(' ');
    const articles = inOrder((lib.passagesByTheme.get(t.slug) ?? t.data.passages).map((p) => p.article));
    records.push(entry('theme', t.slug, t.data.name, [], 'theme', text, articles));
  }
  for (const c of lib.claims) {
    const articles = inOrder((lib.evidenceByClaim.get(c.slug) ?? c.data.evidence).map((e) => e.article));
    records.push(entry('claim', c.slug, c.data.statement, [], 'claim', plainText(c.body), articles));
  }
  return records;
}

function entry(type: EntryType, slug: EntrySlug, name: string, aliases: string[], label: string, text: string, articles: string[]): EntryRecord {
  return { type, id: entityRef(collectionOfType[type], slug), slug, name, aliases, label, text, articles };
}
