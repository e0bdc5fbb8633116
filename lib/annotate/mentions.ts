import type { Alias } from '../content/schema';
import type { Passage } from '../content/blocks';
import type { EntityKind, Mention } from './types';

/** An alias ready to match: one entity, one spelling, optionally limited to some articles. */
export type AliasMatcher = {
  kind: EntityKind;
  slug: string;
  file: string;
  text: string;
  articles?: string[];
  pattern: RegExp;
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whole words only: an alias may not continue a word on either side ("Wu" does not match in "Wuhu", "US" not in
 * "USB"), Unicode-aware so that "Sabrié" and "@paulmozur" have proper edges. A hyphen is an edge ("Mao-era").
 */
export function aliasPattern(text: string, caseInsensitive = false): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escape(text)}(?![\\p{L}\\p{N}_])`, caseInsensitive ? 'giu' : 'gu');
}

export function aliasMatcher(kind: EntityKind, slug: string, file: string, alias: Alias): AliasMatcher {
  const spec = typeof alias === 'string' ? { text: alias } : alias;
  return {
    kind,
    slug,
    file,
    text: spec.text,
    articles: spec.articles,
    pattern: aliasPattern(spec.text, spec.caseInsensitive ?? false),
  };
}

export type MentionConflict = { article: string; passageId: string; text: string; files: [string, string] };

/**
 * Finds the mentions in one article's passages. Every alias that applies to the article is matched; the longest
 * match wins where matches overlap ("Chongqing Public Security Bureau" over "Chongqing"), and the earlier one where
 * two of equal length overlap. Two entities claiming exactly the same words is a conflict, reported, not guessed.
 */
export function findMentions(
  article: string,
  passages: Passage[],
  matchers: AliasMatcher[],
): { mentions: Mention[]; conflicts: MentionConflict[] } {
  const applicable = matchers.filter((m) => !m.articles || m.articles.includes(article));
  const mentions: Mention[] = [];
  const conflicts: MentionConflict[] = [];
  for (const passage of passages) {
    const candidates: (Mention & { file: string })[] = [];
    for (const matcher of applicable) {
      matcher.pattern.lastIndex = 0;
      for (const match of passage.text.matchAll(matcher.pattern)) {
        candidates.push({
          article,
          passageId: passage.id,
          n: passage.n,
          start: match.index,
          end: match.index + match[0].length,
          kind: matcher.kind,
          slug: matcher.slug,
          text: match[0],
          file: matcher.file,
        });
      }
    }
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const accepted: (Mention & { file: string })[] = [];
    for (const candidate of candidates) {
      const same = accepted.find((a) => a.start === candidate.start && a.end === candidate.end);
      if (same) {
        if (same.kind !== candidate.kind || same.slug !== candidate.slug) {
          conflicts.push({ article, passageId: passage.id, text: candidate.text, files: [same.file, candidate.file] });
        }
        continue;
      }
      if (accepted.some((a) => a.start < candidate.end && candidate.start < a.end)) continue;
      accepted.push(candidate);
    }
    accepted.sort((a, b) => a.start - b.start);
    mentions.push(...accepted.map(({ file: _file, ...mention }) => mention));
  }
  return { mentions, conflicts };
}
