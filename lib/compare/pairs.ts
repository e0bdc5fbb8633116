import { displayValue } from '../events/filter';
import { numberWords } from '../format';
import { pairViewOf } from './shared';
import type { CompareArticle, CompareData, PairView } from './types';
import type { ArticleSlug } from '../ids';

/** Every unordered pair of distinct articles, in publication order: n·(n−1)/2 of them. */
export function allPairs<S extends string>(slugs: S[]): [S, S][] {
  return slugs.flatMap((a, i) => slugs.slice(i + 1).map((b) => [a, b] as [S, S]));
}

export type PairChoice =
  | { ok: true; a: ArticleSlug; b: ArticleSlug; isDefault: boolean }
  | { ok: false; a?: ArticleSlug; b?: ArticleSlug; problems: string[] };

/**
 * Reads ?a=…&b=… from the URL. No parameters at all gives the default pair; anything else must name two different
 * articles. Every problem is described in words (with the offending value shown safely), never thrown.
 */
export function readPair(rawA: string | null, rawB: string | null, data: Pick<CompareData, 'articles' | 'defaultPair'>): PairChoice {
  const slugs = data.articles.map((a) => a.slug);
  const blank = (v: string | null) => v === null || v.trim() === '';
  if (blank(rawA) && blank(rawB)) return { ok: true, a: data.defaultPair[0], b: data.defaultPair[1], isDefault: true };
  const problems: string[] = [];
  const read = (raw: string | null, which: 'first' | 'second', param: 'a' | 'b'): ArticleSlug | undefined => {
    if (blank(raw)) {
      problems.push(`The ${which} article (${param}) is missing.`);
      return undefined;
    }
    const slug = slugs.find((s) => s === raw);
    if (slug) return slug;
    problems.push(`“${displayValue(raw!)}” (${param}) is not one of the ${numberWords(slugs.length)} articles.`);
    return undefined;
  };
  const a = read(rawA, 'first', 'a');
  const b = read(rawB, 'second', 'b');
  if (a && b && a === b) {
    const outlet = data.articles.find((x) => x.slug === a)!.outlet;
    return { ok: false, a, problems: [`Both sides are the same article (${outlet}); choose two different articles.`] };
  }
  if (a && b) return { ok: true, a, b, isDefault: false };
  return { ok: false, ...(a ? { a } : {}), ...(b ? { b } : {}), problems };
}

/** The comparison of two articles, `a` on the left and `b` on the right, from their comparison files. */
export function resolvePair(data: CompareData, a: ArticleSlug, b: ArticleSlug): PairView {
  const left = data.articles.find((x) => x.slug === a);
  const right = data.articles.find((x) => x.slug === b);
  const leftData = data.byArticle[a];
  const rightData = data.byArticle[b];
  if (!left || !right || a === b || !leftData || !rightData) throw new Error(`no comparison for "${a}" and "${b}"`);
  return pairViewOf(left, right, leftData, rightData);
}

/** Up to this many articles (28 pairings) /compare links every pairing; beyond it, one link per article. */
export const maxArticlesForAllPairings = 8;
/** Beyond this many articles, /compare links only the latest ones, so that the page does not grow with the library. */
export const maxPairingLinks = 24;

export type PairingLink = { a: ArticleSlug; b: ArticleSlug; label: string };
export type PairingLinks = {
  heading: string;
  links: PairingLink[];
  /** Said under the heading when not every pairing is listed. */
  note?: string;
  /** How the notice for a bad pair refers to the list: "one of the six pairings below". */
  pickOne: string;
};

/**
 * The links at the foot of /compare. A small library lists every pairing (n·(n−1)/2 links); a larger one would make
 * the page grow with the square of the library, so it lists each article once, paired with its neighbour in
 * publication order (the last with the first), and leaves the other pairings to the pickers.
 */
export function pairingLinks(articles: CompareArticle[]): PairingLinks {
  const outlet = new Map(articles.map((a) => [a.slug, a.outlet]));
  const link = (a: ArticleSlug, b: ArticleSlug): PairingLink => ({ a, b, label: `${outlet.get(a)} and ${outlet.get(b)}` });
  if (articles.length <= maxArticlesForAllPairings) {
    const pairs = allPairs(articles.map((a) => a.slug));
    const one = pairs.length === 1;
    return {
      heading: one ? 'The one pairing' : `All ${numberWords(pairs.length)} pairings`,
      links: pairs.map(([a, b]) => link(a, b)),
      pickOne: one ? 'the pairing below' : `one of the ${numberWords(pairs.length)} pairings below`,
    };
  }
  const byDate = [...articles].sort((x, y) => x.published.localeCompare(y.published) || x.slug.localeCompare(y.slug));
  const pairings = `The ${numberWords(articles.length)} articles make ${numberWords((articles.length * (articles.length - 1)) / 2)} pairings, too many to list`;
  if (articles.length > maxPairingLinks) {
    // A page that does not grow with the library: the most recent articles, each with the one published before it.
    const recent = byDate.slice(-(maxPairingLinks + 1));
    return {
      heading: `The ${numberWords(maxPairingLinks)} latest articles, each with the one before`,
      links: recent.slice(1).map((x, i) => link(x.slug, recent[i]!.slug)),
      note: `${pairings}: here each of the ${numberWords(maxPairingLinks)} most recently published articles is paired with the one published before it. Choose any two articles above to compare them.`,
      pickOne: 'one of the pairings below',
    };
  }
  return {
    heading: 'Each article with the next',
    // The last wraps round to the first, so every link is a different pairing.
    links: byDate.map((x, i) => link(x.slug, byDate[(i + 1) % byDate.length]!.slug)),
    note: `${pairings}: here each article is paired with the next one published (the last with the first). Choose any two articles above to compare them.`,
    pickOne: 'one of the pairings below',
  };
}
