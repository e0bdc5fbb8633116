import { atParagraph, type CitationStyle, type Rich } from '../cite';
import { WORDS_PER_MINUTE, wordsOf } from '../text/words';
import { articleHref, entityHref, passageHref } from '../links';
import { passageId, passageRef } from '../ids';
import { itemKey, quoteForMessage } from './codec';
import { articleHead, type ArticleHead, type DataArticle, type DataClaim, type DataPassage, type DataTheme, type ReadingListCore, type ReadingListData } from './data';
import type { Problem, ReadingItemRef, ReadingList } from './types';

export type DataIndex = {
  /** Every article of the site, in publication order: what the editor's form offers. */
  heads: ArticleHead[];
  headsBySlug: Map<string, ArticleHead>;
  /**
   * The articles whose texts are at hand: all of them from indexData; in the browser, those of the packs fetched so
   * far (components/reading-list/useReadingListData.ts), which are all that the list being shown needs.
   */
  articles: Map<string, DataArticle>;
  claims: Map<string, DataClaim>;
  themes: Map<string, DataTheme>;
};

/** The core's index, with the articles at hand in `articles`. */
export function indexCore(core: Pick<ReadingListCore, 'articles' | 'claims' | 'themes'>, articles: Map<string, DataArticle>): DataIndex {
  return {
    heads: core.articles,
    headsBySlug: new Map(core.articles.map((a) => [a.slug, a])),
    articles,
    claims: new Map(core.claims.map((c) => [c.slug, c])),
    themes: new Map(core.themes.map((t) => [t.slug, t])),
  };
}

/** The whole library's index, every text at hand (the build, and tests). */
export function indexData(data: ReadingListData): DataIndex {
  const heads = data.articles.map((a) => articleHead(a, 0));
  return indexCore({ articles: heads, claims: data.claims, themes: data.themes }, new Map(data.articles.map((a) => [a.slug, a])));
}

/**
 * The articles whose texts a list needs: those it names, and those its claims' evidence and its themes' passages
 * quote or compare with. Only articles the site has are named (an unknown one is the list's problem, not a file
 * to fetch).
 */
export function articlesNeeded(list: ReadingList, index: Pick<DataIndex, 'headsBySlug' | 'claims' | 'themes'>): string[] {
  const needed = new Set<string>();
  for (const { ref } of list.items) {
    if (ref.type === 'article' || ref.type === 'passage') needed.add(ref.article);
    else if (ref.type === 'claim') for (const e of index.claims.get(ref.slug)?.evidence ?? []) needed.add(e.article).add(e.with ?? e.article);
    else for (const p of index.themes.get(ref.slug)?.passages ?? []) needed.add(p.article);
  }
  return [...needed].filter((slug) => index.headsBySlug.has(slug));
}

type Common = {
  key: string;
  note: string;
  /** "Article", "Paragraph", "Claim", "Theme" */
  kindLabel: string;
  title: string;
  /** How the item is named in announcements: “…”, paragraph 12 of “…”, the claim “…”. */
  name: string;
  href: string;
  /** Reading time in minutes (fractional for everything but whole articles). */
  minutes: number;
  /** What to cite: the article, or the articles (and paragraphs) a claim or theme draws on. */
  citables: Cited[];
};

export type ResolvedItem = Common &
  (
    | { type: 'article'; ref: Extract<ReadingItemRef, { type: 'article' }>; article: DataArticle }
    | { type: 'passage'; ref: Extract<ReadingItemRef, { type: 'passage' }>; article: DataArticle; passage: DataPassage }
    | { type: 'claim'; ref: Extract<ReadingItemRef, { type: 'claim' }>; claim: DataClaim }
    | { type: 'theme'; ref: Extract<ReadingItemRef, { type: 'theme' }>; theme: DataTheme }
  );

/** An article cited by an item, at a paragraph when the item is (or quotes) one paragraph of it. */
export type Cited = { article: DataArticle; paragraph?: number; label: string };

/** The articles a list's items cite, each once, in the order of the style's bibliography. */
export function bibliographyOf(items: ResolvedItem[], style: CitationStyle): DataArticle[] {
  const articles = new Map<string, DataArticle>();
  for (const item of items) for (const c of item.citables) articles.set(c.article.slug, c.article);
  return [...articles.values()].sort((a, b) => a.cite[style].order - b.cite[style].order);
}

/** The in-text citation (or Chicago note) of what an item cites: at its paragraph if it has one. */
export function inTextCitation(c: Cited, style: CitationStyle): Rich {
  const styled = c.article.cite[style];
  return c.paragraph ? atParagraph(styled.citationAtParagraph, c.paragraph) : styled.citation;
}

const short = (text: string, max = 80) => (Array.from(text).length > max ? `${Array.from(text).slice(0, max - 1).join('')}…` : text);
const minutesOf = (words: number) => words / WORDS_PER_MINUTE;

/** Resolves one item against the site's data; a string says why it cannot be shown. */
export function resolveItem(ref: ReadingItemRef, note: string, index: DataIndex): ResolvedItem | string {
  const key = itemKey(ref);
  switch (ref.type) {
    case 'article': {
      const article = index.articles.get(ref.article);
      if (!article) return `Unknown article ‘${quoteForMessage(ref.article)}’ was skipped.`;
      return {
        type: 'article', ref, article, key, note,
        kindLabel: 'Article',
        title: article.title,
        name: `“${short(article.title)}”`,
        href: articleHref(article.slug),
        minutes: article.readingMinutes,
        citables: [{ article, label: article.title }],
      };
    }
    case 'passage': {
      const article = index.articles.get(ref.article);
      if (!article) return `Unknown article ‘${quoteForMessage(ref.article)}’ (paragraph ${ref.n}) was skipped.`;
      const passage = article.passages.find((p) => p.n === ref.n);
      if (!passage) {
        return `Paragraph ${ref.n} of “${short(article.title)}” was skipped: the article has ${article.passages.length} paragraphs.`;
      }
      return {
        type: 'passage', ref, article, passage, key, note,
        kindLabel: 'Paragraph',
        title: `Paragraph ${passage.n} of “${article.title}”`,
        name: `paragraph ${passage.n} of “${short(article.title)}”`,
        href: passageHref(article.slug, passage.n),
        minutes: minutesOf(passage.words),
        citables: [{ article, paragraph: passage.n, label: `${article.title}, paragraph ${passage.n}` }],
      };
    }
    case 'claim': {
      const claim = index.claims.get(ref.slug);
      if (!claim) return `Unknown claim ‘${quoteForMessage(ref.slug)}’ was skipped.`;
      const words = wordsOf([claim.statement, ...claim.evidence.map((e) => e.quote)].join(' ')).length;
      const cited = new Set<string>();
      const citables: Common['citables'] = [];
      for (const e of claim.evidence) {
        const article = index.articles.get(e.article);
        const at = passageRef(e.article, passageId(e.n));
        if (!article || cited.has(at)) continue;
        cited.add(at);
        citables.push({ article, paragraph: e.n, label: `${article.title}, paragraph ${e.n}` });
      }
      return {
        type: 'claim', ref, claim, key, note,
        kindLabel: 'Claim',
        title: claim.statement,
        name: `the claim “${short(claim.statement, 60)}”`,
        href: entityHref('claims', claim.slug),
        minutes: minutesOf(words),
        citables,
      };
    }
    case 'theme': {
      const theme = index.themes.get(ref.slug);
      if (!theme) return `Unknown theme ‘${quoteForMessage(ref.slug)}’ was skipped.`;
      // The packet prints each of the theme's paragraphs once, whole; that is what there is to read.
      const paragraphs = new Map<string, number>();
      for (const p of theme.passages) {
        const passage = index.articles.get(p.article)?.passages.find((x) => x.n === p.n);
        if (passage) paragraphs.set(passageRef(p.article, passageId(p.n)), passage.words);
      }
      const words = wordsOf(theme.summary).length + [...paragraphs.values()].reduce((a, b) => a + b, 0);
      const articles = [...new Set(theme.passages.map((p) => p.article))].flatMap((slug) => index.articles.get(slug) ?? []);
      return {
        type: 'theme', ref, theme, key, note,
        kindLabel: 'Theme',
        title: theme.name,
        name: `the theme “${short(theme.name)}”`,
        href: entityHref('themes', theme.slug),
        minutes: minutesOf(words),
        citables: articles.map((a) => ({ article: a, label: a.title })),
      };
    }
  }
}

export type Resolved = { list: ReadingList; items: ResolvedItem[]; problems: Problem[] };

/** The items the site knows, in order; every unknown one is named in a Problem and left out of the list. */
export function resolveList(list: ReadingList, index: DataIndex): Resolved {
  const items: ResolvedItem[] = [];
  const problems: Problem[] = [];
  for (const item of list.items) {
    const resolved = resolveItem(item.ref, item.note, index);
    if (typeof resolved === 'string') problems.push({ kind: 'unknown-item', message: item.note ? `${resolved.slice(0, -1)} (with its note).` : resolved });
    else items.push(resolved);
  }
  const kept = new Set(items.map((i) => i.key));
  return { list: { ...list, items: list.items.filter((i) => kept.has(itemKey(i.ref))) }, items, problems };
}

/** Total reading time in whole minutes, rounded up (whole articles at their stated time, the rest at 230 wpm). */
export function totalMinutes(items: { minutes: number }[]): number {
  const total = items.reduce((sum, i) => sum + i.minutes, 0);
  return total === 0 ? 0 : Math.ceil(total - 1e-9);
}

export function formatMinutes(minutes: number): string {
  if (minutes < 0.75) return 'under a minute';
  const m = Math.round(minutes);
  return m === 1 ? '1 minute' : `${m} minutes`;
}
