import escapeStringRegexp from 'escape-string-regexp';
import type { Alias } from '../content/schema';
import type { Passage } from '../content/blocks';
import type { ArticleSlug, EntrySlug, PassageId } from '../ids';
import { push, type EntityKind, type Mention, type NotMention } from './types';

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

/** Runs of letters and digits: the words a passage is looked up by (see MatcherIndex). */
const wordRun = /[\p{L}\p{N}]+/gu;

/**
 * The matchers, looked up by word. Matching every alias of the library against every passage cost passages ×
 * aliases, and both grow with the library (40 s of a 5,000-article build, ×15 the cost at 1,000). A case-sensitive
 * alias can only match where its first run of letters and digits is a whole run of the passage: the alias may not
 * continue a word on either side (aliasPattern), and inside the alias the run ends where the alias's own
 * characters say. So a passage runs only the matchers keyed by one of its runs, in the matchers' own order; the
 * few that have no run, or ignore case (whose folding is the regex engine's to decide), run on every passage. The
 * answer is the same as running every matcher (tests/unit/mention-index.test.ts compares the two).
 */
export type MatcherIndex = { matchers: AliasMatcher[]; byRun: Map<string, number[]>; always: number[] };

export function indexMatchers(matchers: AliasMatcher[]): MatcherIndex {
  const byRun = new Map<string, number[]>();
  const always: number[] = [];
  matchers.forEach((matcher, i) => {
    const run = matcher.pattern.flags.includes('i') ? undefined : matcher.text.match(wordRun)?.[0];
    if (run === undefined) always.push(i);
    else push(byRun, run, i);
  });
  return { matchers, byRun, always };
}

/** The matchers that can match in `text`, in their order in the index. */
function matchersFor(index: MatcherIndex, text: string): AliasMatcher[] {
  const picked = new Set(index.always);
  for (const [run] of text.matchAll(wordRun)) index.byRun.get(run)?.forEach((i) => picked.add(i));
  return [...picked].sort((a, b) => a - b).map((i) => index.matchers[i]!);
}

/**
 * Finds the mentions in one article's passages. Every alias that applies to the article is matched; the longest
 * match wins where matches overlap ("Chongqing Public Security Bureau" over "Chongqing"), and the earlier one where
 * two of equal length overlap. Two entities claiming exactly the same words is a conflict, reported, not guessed.
 * Words claimed by a `notMentions` entry are returned apart, as `notMentions`, and are not mentions. Pass an
 * index (indexMatchers) when finding the mentions of many articles with the same matchers.
 */
export function findMentions(
  article: ArticleSlug,
  passages: Passage[],
  matchers: AliasMatcher[] | MatcherIndex,
): FoundMentions {
  const index = Array.isArray(matchers) ? indexMatchers(matchers) : matchers;
  return mentionsIn(article, passages, (passage) => matchersFor(index, passage.text));
}

/**
 * The same, running every matcher over every passage: what findMentions did before its index, and the reference
 * it is tested against (tests/unit/mention-index.test.ts). Its cost grows with passages × aliases.
 */
export function findMentionsEveryMatcher(article: ArticleSlug, passages: Passage[], matchers: AliasMatcher[]): FoundMentions {
  return mentionsIn(article, passages, () => matchers);
}

type FoundMentions = { mentions: Mention[]; conflicts: MentionConflict[]; notMentions: NotMention[] };

/** The mentions in an article's passages, each passage matched by the matchers `tried` gives for it, in that order. */
function mentionsIn(article: ArticleSlug, passages: Passage[], tried: (passage: Passage) => AliasMatcher[]): FoundMentions {
  const applies = (m: AliasMatcher) => !m.articles || m.articles.includes(article);
  const mentions: Mention[] = [];
  const conflicts: MentionConflict[] = [];
  const notMentions: NotMention[] = [];
  for (const passage of passages) {
    const candidates: (Mention & { file: string; notMention: boolean })[] = [];
    for (const matcher of tried(passage)) {
      if (!applies(matcher)) continue;
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
