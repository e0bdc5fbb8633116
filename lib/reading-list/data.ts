import { evidenceFields, type AnnotatedLibrary } from '../annotate/types';
import type { ArticleCitations } from '../cite';
import { bibtex } from '../cite/export';
import type { CslRecord } from '../cite/record';
import { siteCitations, siteRecords } from '../cite/site';
import type { PassageKind } from '../content/blocks';
import type { Relation } from '../content/schema';
import { wordsOf } from '../text/words';
import { entityRef, type ArticleSlug, type EntityRef, type EntrySlug } from '../ids';

/**
 * What the reading-list pages need to show any list, prepared once at build time. The pages are client-rendered
 * because a list lives in its URL, and they fetch what a list needs instead of carrying the texts in every page's
 * HTML. Plain JSON: passages are plain text (the article pages render the annotated Markdown; here text is enough).
 *
 * Served in two parts (pack-files.ts), so that a list of three readings does not fetch the whole library (at
 * 1,000 articles the one file this used to be was 10 MB):
 * - /reading-list-data.json, the core: every article's head (title, outlet, number of paragraphs, and which pack
 *   holds it), every claim and every theme;
 * - /reading-list-data/t<k>-<hash>.json, the packs: the articles themselves (texts, citations, records), eight to
 *   a file in publication order, each named by a hash of its content so that a host may cache it for ever.
 * A library of one pack (up to eight articles) has no pack file: the core holds the texts too, and a list needs
 * one request, not two.
 */
export type ReadingListData = {
  version: 1;
  articles: DataArticle[];
  claims: DataClaim[];
  themes: DataTheme[];
};

export type DataPassage = { n: number; kind: PassageKind; text: string; words: number; section?: string };

/** The article's layout for the print view: headings, and passages grouped as the article groups them. */
export type DataBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph' | 'caption'; n: number }
  | { type: 'quote'; ns: number[] }
  | { type: 'post'; ns: number[]; attribution?: string };

export type DataArticle = {
  slug: ArticleSlug;
  title: string;
  outlet: string;
  authors: string[];
  published: string;
  url?: string;
  summary: string;
  readingMinutes: number;
  /** Its citations in every style, formatted at build time by the CSL engine (lib/cite/engine.ts). */
  cite: ArticleCitations;
  /**
   * Its record for reference managers: CSL-JSON, and the same as BibLaTeX (lib/cite/export.ts, which needs
   * Citation.js and so runs at build time). RIS is made from the CSL-JSON in the browser (lib/cite/files.ts).
   */
  record: { csl: CslRecord; bib: string };
  passages: DataPassage[];
  blocks: DataBlock[];
};

export type DataEvidence = { article: ArticleSlug; n: number; quote: string; relation: Relation; with?: ArticleSlug; note?: string };
export type DataClaim = { slug: EntrySlug; statement: string; madeBy: string[]; evidence: DataEvidence[] };

/** What the core says of every article: enough to offer it in the editor's form, and where its pack is. */
export type ArticleHead = { slug: ArticleSlug; title: string; outlet: string; passages: number; pack: number };

/** An article's head, as the core names it, in pack `pack`. */
export const articleHead = (a: DataArticle, pack: number): ArticleHead => ({ slug: a.slug, title: a.title, outlet: a.outlet, passages: a.passages.length, pack });

export const READING_PACK_SIZE = 8;
export const READING_DATA_VERSION = 2;

/** /reading-list-data.json */
export type ReadingListCore = {
  version: typeof READING_DATA_VERSION;
  articles: ArticleHead[];
  /** The packs' file names under /reading-list-data/, by pack number. */
  packs: string[];
  /** With one pack in all (a small library, as the site's four articles), its articles here and no pack file. */
  texts?: DataArticle[];
  claims: DataClaim[];
  themes: DataTheme[];
};

/** /reading-list-data/<pack> */
export type ReadingListPack = { version: typeof READING_DATA_VERSION; articles: DataArticle[] };

export type DataThemePassage = { article: ArticleSlug; n: number; quote: string; note?: string; start: number; end: number };
export type DataTheme = { slug: EntrySlug; name: string; summary: string; passages: DataThemePassage[] };

export function readingListData(library: AnnotatedLibrary): ReadingListData {
  const names = new Map<EntityRef, string>([
    ...library.people.map((p) => [entityRef('people', p.slug), p.data.name] as const),
    ...library.organizations.map((o) => [entityRef('organizations', o.slug), o.data.name] as const),
  ]);
  const citations = siteCitations(library);
  const records = new Map(siteRecords(library).map((r) => [r.id, r]));
  return {
    version: 1,
    articles: library.articles.map((a) => ({
      slug: a.slug,
      title: a.title,
      outlet: a.outlet,
      authors: a.authors,
      published: a.published,
      ...(a.url ? { url: a.url } : {}),
      summary: a.summary,
      readingMinutes: a.readingMinutes,
      cite: citations.get(a.slug)!,
      record: { csl: records.get(a.slug)!, bib: bibtex([records.get(a.slug)!]) },
      passages: a.structure.passages.map((p) => ({
        n: p.n,
        kind: p.kind,
        text: p.text,
        words: wordsOf(p.text).length,
        ...(p.section ? { section: p.section } : {}),
      })),
      blocks: a.structure.blocks.map((b): DataBlock => {
        switch (b.type) {
          case 'heading':
            return { type: 'heading', text: b.text };
          case 'paragraph':
          case 'caption':
            return { type: b.type, n: b.passage.n };
          case 'quote':
            return { type: 'quote', ns: b.passages.map((p) => p.n) };
          case 'post':
            return { type: 'post', ns: b.passages.map((p) => p.n), ...(b.attribution ? { attribution: b.attribution.text } : {}) };
        }
      }),
    })),
    claims: library.claims.map((c) => ({
      slug: c.slug,
      statement: c.data.statement,
      madeBy: c.data.madeBy.map((ref) => names.get(ref) ?? ref),
      evidence: (library.evidenceByClaim.get(c.slug) ?? []).map((e) => ({
        article: e.article,
        n: e.range.n,
        ...evidenceFields(e),
      })),
    })),
    themes: library.themes.map((t) => ({
      slug: t.slug,
      name: t.data.name,
      summary: t.data.summary,
      passages: (library.passagesByTheme.get(t.slug) ?? []).map((p) => ({
        article: p.article,
        n: p.range.n,
        quote: p.quote,
        ...(p.note ? { note: p.note } : {}),
        start: p.range.start,
        end: p.range.end,
      })),
    })),
  };
}
