import type { AnnotatedLibrary, ResolvedEvidence } from './annotate/types';
import type { Article } from './content/load';
import type { Relation } from './content/schema';
import { articleOf, articleOrder, articleShortName, excerptOf, findEntity, type Excerpt } from './entities';
import { isEntityKind } from './collections';
import { parseEntityRef, type ArticleSlug, type EntrySlug } from './ids';
import { entityHref } from './links';
import { wordsOf } from './text/words';

const verbs: Record<Exclude<Relation, 'reports'>, string> = { agrees: 'agrees with', differs: 'differs from', qualifies: 'qualifies' };

export type EvidenceView = ResolvedEvidence & {
  article: ArticleSlug;
  articleData: Article;
  excerpt: Excerpt;
  /** "TIME agrees with TODAY", without the note. */
  relationHead: string;
  /** The relation and its note in one sentence: "TIME agrees with TODAY: same figure". */
  relationText: string;
};

/** "TIME agrees with TODAY" — who relates to whom, without the note. */
export function relationHead(lib: AnnotatedLibrary, evidence: ResolvedEvidence): string {
  const short = (slug: ArticleSlug) => articleShortName(articleOf(lib, slug)!);
  if (evidence.relation === 'reports') return `${short(evidence.article)} reports it`;
  return `${short(evidence.article)} ${verbs[evidence.relation]} ${short(evidence.with!)}`;
}

/** "TIME agrees with TODAY: same figure" — a relation said plainly, with its note. */
export function relationSentence(lib: AnnotatedLibrary, evidence: ResolvedEvidence): string {
  return `${relationHead(lib, evidence)}${evidence.note ? `: ${evidence.note}` : '.'}`;
}

/** A claim's evidence in publication order, each with its excerpt and relation sentence. */
export function claimEvidence(lib: AnnotatedLibrary, slug: EntrySlug): EvidenceView[] {
  return [...(lib.evidenceByClaim.get(slug) ?? [])]
    .sort((a, b) => articleOrder(lib, a.article)! - articleOrder(lib, b.article)! || a.range.n - b.range.n)
    .map((e) => ({
      ...e,
      articleData: articleOf(lib, e.article)!,
      excerpt: excerptOf(lib, e.range),
      relationHead: relationHead(lib, e),
      relationText: relationSentence(lib, e),
    }));
}

/**
 * Who makes a claim, as names and links; `citing` says whom a maker relays when it relays unnamed sources
 * ("analysts"), so that the page can read "The New York Times, citing analysts".
 */
export function claimMakers(lib: AnnotatedLibrary, refs: string[], citing: Record<string, string> = {}) {
  return refs.map((ref) => {
    const parsed = parseEntityRef(ref);
    if (!parsed || !isEntityKind(parsed.collection)) throw new Error(`claimMakers: "${ref}" is not a reference to a place, person or organization`);
    return { href: entityHref(parsed.collection, parsed.slug), name: findEntity(lib, parsed.collection, parsed.slug)?.data.name ?? parsed.slug, citing: citing[ref] };
  });
}

/** "The New York Times, citing analysts": a maker said in words, for metadata and plain text. */
export function makerText(maker: { name: string; citing?: string | undefined }): string {
  return maker.citing ? `${maker.name}, citing ${maker.citing}` : maker.name;
}

// Words too common to show that a note says something of its own.
const stopWords = new Set(
  'a an and are as at be but by for from has have in is it its of on or same says say that the their this to was were which with both also than them they what where who'.split(' '),
);

/**
 * Why a relation's note does not explain it, or null when it does: a note must exist and say something beyond
 * the quote it sits under (content/README.md, Relations). "Only repeats the quote" means that every word of
 * the note that is not a common word already occurs in the quote.
 */
export function noteProblem(evidence: { relation: Relation; quote: string; note?: string | undefined }): string | null {
  if (evidence.relation === 'reports') return null;
  const note = evidence.note?.trim() ?? '';
  if (!note) return 'no note';
  const quoteWords = new Set(wordsOf(evidence.quote));
  const own = wordsOf(note).filter((w) => !stopWords.has(w) && !quoteWords.has(w));
  if (own.length === 0) return 'the note only repeats the quote';
  return null;
}

/** A one-line account of how the articles relate on a claim: "Reported by NYT and TIME; TIME differs." */
export function claimSummary(lib: AnnotatedLibrary, slug: EntrySlug): string {
  const evidence = claimEvidence(lib, slug);
  const names = [...new Set(evidence.map((e) => articleShortName(e.articleData)))];
  const tension = evidence.filter((e) => e.relation === 'differs' || e.relation === 'qualifies').map((e) => `${articleShortName(e.articleData)} ${e.relation}`);
  const list = names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `Reported by ${list}${tension.length ? `; ${tension.join(', ')}` : names.length > 1 ? '; they agree' : ''}.`;
}
