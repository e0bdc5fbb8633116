import type { IFuseOptions } from 'fuse.js';
import type { SearchRecord } from './records';

/**
 * The Fuse keys of the fuzzy stage (engine.ts gives Fuse the candidate records, `new Fuse(records, options)`):
 * plain string paths. A name counts three times a description or passage, an alias twice.
 */
export const fuseKeys = [
  { name: 'name', weight: 3 },
  { name: 'aliases', weight: 2 },
  { name: 'text', weight: 1 },
] as const;

/**
 * Options for the fuzzy stage. Exact and whole-word matches are found first, without Fuse (see engine.ts);
 * Fuse scores only the candidates the typo-tolerant word lookup proposes, so these settings decide how
 * forgiving a misspelling may be, not what ranks first.
 * - ignoreLocation: passages are long, and the default only looks near the start of a field.
 * - useExtendedSearch: the engine joins the query's words with spaces (AND of per-word fuzzy matches) and marks
 *   short words with ' (substring), so each word is matched on its own instead of as one long pattern.
 *   The words come from the tokenizer (letters and digits only), so a reader's operator characters never
 *   reach Fuse's parser.
 * - threshold 0.34: one wrong letter in four-letter words, two in eight-letter words; more floods the results.
 * - includeMatches: the matched ranges (inclusive at both ends) are the fallback for highlighting.
 */
export const fuseOptions = {
  keys: fuseKeys.map((k) => ({ ...k })),
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  useExtendedSearch: true,
  threshold: 0.34,
  minMatchCharLength: 2,
  fieldNormWeight: 0.5,
} satisfies IFuseOptions<SearchRecord>;
