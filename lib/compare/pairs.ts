import { displayValue } from '../events/filter';
import type { CompareData, PairView } from './types';
import { itemKinds } from './types';

/** The key of an unordered pair: the two slugs in the given (publication) order, joined by "+". */
export function pairKey(a: string, b: string, order: string[]): string {
  return order.indexOf(a) <= order.indexOf(b) ? `${a}+${b}` : `${b}+${a}`;
}

/** Every unordered pair of distinct articles, in publication order: n·(n−1)/2 of them. */
export function allPairs(slugs: string[]): [string, string][] {
  return slugs.flatMap((a, i) => slugs.slice(i + 1).map((b) => [a, b] as [string, string]));
}

export type PairChoice =
  | { ok: true; a: string; b: string; isDefault: boolean }
  | { ok: false; a?: string; b?: string; problems: string[] };

/**
 * Reads ?a=…&b=… from the URL. No parameters at all gives the default pair; anything else must name two different
 * articles. Every problem is described in words (with the offending value shown safely), never thrown.
 */
export function readPair(rawA: string | null, rawB: string | null, data: Pick<CompareData, 'articles' | 'defaultPair'>): PairChoice {
  const slugs = data.articles.map((a) => a.slug);
  const blank = (v: string | null) => v === null || v.trim() === '';
  if (blank(rawA) && blank(rawB)) return { ok: true, a: data.defaultPair[0], b: data.defaultPair[1], isDefault: true };
  const problems: string[] = [];
  const read = (raw: string | null, which: 'first' | 'second', param: 'a' | 'b'): string | undefined => {
    if (blank(raw)) {
      problems.push(`The ${which} article (${param}) is missing.`);
      return undefined;
    }
    if (slugs.includes(raw!)) return raw!;
    problems.push(`“${displayValue(raw!)}” (${param}) is not one of the four articles.`);
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

/** The comparison of two articles, `a` on the left and `b` on the right, from the precomputed data. */
export function resolvePair(data: CompareData, a: string, b: string): PairView {
  const order = data.articles.map((x) => x.slug);
  const left = data.articles.find((x) => x.slug === a);
  const right = data.articles.find((x) => x.slug === b);
  const shared = data.pairs[pairKey(a, b, order)];
  if (!left || !right || a === b || !shared) throw new Error(`no comparison for "${a}" and "${b}"`);
  return {
    left,
    right,
    groups: itemKinds.map((kind) => ({
      kind,
      items: shared[kind].map((key) => ({
        key,
        ...data.items[key]!,
        left: data.excerpts[`${a}|${key}`] ?? [],
        right: data.excerpts[`${b}|${key}`] ?? [],
      })),
    })),
  };
}
