import escapeStringRegexp from 'escape-string-regexp';
import type { Alias } from '../content/schema';
import type { Passage } from '../content/blocks';
import type { ArticleSlug, EntrySlug, PassageId } from '../ids';
import type { EntityKind, Mention, NotMention } from './types';

/** An alias ready to match: one entity, one spelling, optionally limited to some articles. */
export type AliasMatcher = {
  kind: EntityKind;
  slug: EntrySlug;
  file: string;
  text: string;
  articles?: ArticleSlug[];
  pattern: RegExp;
  /** Words listed in the entry's `notMentions`: they claim their span like an alias, and yield no mention. */
  notMention?: boolean;
};

/**
 * Whole words only: an alias may not continue a word on either side ("Wu" does not match in "Wuhu", "US" not in
 * "USB"), Unicode-aware so that "Sabrié" and "@paulmozur" have proper edges. A hyphen is an edge ("Mao-era").
 */
export function aliasPattern(text: string, caseInsensitive = false): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escapeStringRegexp(text)}(?![\\p{L}\\p{N}_])`, caseInsensitive ? 'giu' : 'gu');
}

export function aliasMatcher(kind: EntityKind, slug: EntrySlug, file: string, alias: Alias): AliasMatcher {
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

/** A matcher for words of an entry's `notMentions`: matched like an alias, longest first, and then left out. */
export function notMentionMatcher(kind: EntityKind, slug: EntrySlug, file: string, alias: Alias): AliasMatcher {
  return { ...aliasMatcher(kind, slug, file, alias), notMention: true };
}

export type MentionConflict = { article: ArticleSlug; passageId: PassageId; text: string; files: [string, string] };

/**
 * Finds the mentions in one article's passages. Every alias that applies to the article is matched; the longest
 * match wins where matches overlap ("Chongqing Public Security Bureau" over "Chongqing"), and the earlier one where
 * two of equal length overlap. Two entities claiming exactly the same words is a conflict, reported, not guessed.
 * Words claimed by a `notMentions` entry are returned apart, as `notMentions`, and are not mentions.
 */
export function findMentions(
  article: ArticleSlug,
  passages: Passage[],
  matchers: AliasMatcher[],
): { mentions: Mention[]; conflicts: MentionConflict[]; notMentions: NotMention[] } {
  const applicable = matchers.filter((m) => !m.articles || m.articles.includes(article));
  const mentions: Mention[] = [];
  const conflicts: MentionConflict[] = [];
  const notMentions: NotMention[] = [];
  for (const passage of passages) {
    const candidates: (Mention & { file: string; notMention: boolean })[] = [];
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
          notMention: matcher.notMention ?? false,
        });
      }
    }
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const accepted: typeof candidates = [];
    for (const candidate of candidates) {
      const same = accepted.find((a) => a.start === candidate.start && a.end === candidate.end);
      if (same) {
        if (same.kind !== candidate.kind || same.slug !== candidate.slug || same.notMention !== candidate.notMention) {
          conflicts.push({ article, passageId: passage.id, text: candidate.text, files: [same.file, candidate.file] });
        }
        continue;
      }
      if (accepted.some((a) => a.start < candidate.end && candidate.start < a.end)) continue;
      accepted.push(candidate);
    }
    accepted.sort((a, b) => a.start - b.start);
    for (const { file: _file, notMention, ...mention } of accepted) (notMention ? notMentions : mentions).push(mention);
  }
  return { mentions, conflicts, notMentions };
}
