import type { AnnotatedLibrary, ResolvedEvidence } from './annotate/types';
import type { Article } from './content/load';
import type { Relation } from './content/schema';
import { articleShortName, excerptOf, findEntity, type Excerpt } from './entities';
import { isEntityKind } from './collections';
import { parseEntityRef } from './ids';
import { entityHref } from './links';

const verbs: Record<Exclude<Relation, 'reports'>, string> = { agrees: 'agrees with', differs: 'differs from', qualifies: 'qualifies' };

export type EvidenceView = ResolvedEvidence & { article: string; articleData: Article; excerpt: Excerpt; relationText: string };

/** "TIME agrees with TODAY: same figure" — a relation said plainly. */
export function relationSentence(lib: AnnotatedLibrary, evidence: ResolvedEvidence): string {
  const short = (slug: string) => articleShortName(lib.articles.find((a) => a.slug === slug)!);
  if (evidence.relation === 'reports') return `${short(evidence.article)} reports it${evidence.note ? `: ${evidence.note}` : '.'}`;
  return `${short(evidence.article)} ${verbs[evidence.relation]} ${short(evidence.with!)}${evidence.note ? `: ${evidence.note}` : '.'}`;
}

/** A claim's evidence in publication order, each with its excerpt and relation sentence. */
export function claimEvidence(lib: AnnotatedLibrary, slug: string): EvidenceView[] {
  const order = new Map(lib.articles.map((a, i) => [a.slug, i]));
  return [...(lib.evidenceByClaim.get(slug) ?? [])]
    .sort((a, b) => order.get(a.article)! - order.get(b.article)! || a.range.n - b.range.n)
    .map((e) => ({
      ...e,
      articleData: lib.articles.find((a) => a.slug === e.article)!,
      excerpt: excerptOf(lib, e.range),
      relationText: relationSentence(lib, e),
    }));
}

/** Who makes a claim, as names and links. */
export function claimMakers(lib: AnnotatedLibrary, refs: string[]) {
  return refs.map((ref) => {
    const parsed = parseEntityRef(ref);
    if (!parsed || !isEntityKind(parsed.collection)) throw new Error(`claimMakers: "${ref}" is not a reference to a place, person or organization`);
    return { href: entityHref(parsed.collection, parsed.slug), name: findEntity(lib, parsed.collection, parsed.slug)?.data.name ?? parsed.slug };
  });
}

/** A one-line account of how the articles relate on a claim: "Reported by NYT and TIME; TIME differs." */
export function claimSummary(lib: AnnotatedLibrary, slug: string): string {
  const evidence = claimEvidence(lib, slug);
  const names = [...new Set(evidence.map((e) => articleShortName(e.articleData)))];
  const tension = evidence.filter((e) => e.relation === 'differs' || e.relation === 'qualifies').map((e) => `${articleShortName(e.articleData)} ${e.relation}`);
  const list = names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `Reported by ${list}${tension.length ? `; ${tension.join(', ')}` : names.length > 1 ? '; they agree' : ''}.`;
}
