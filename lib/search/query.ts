import { termsOf } from './text';
import { cutAt, invisible, MAX_QUERY_LENGTH } from './query-url';

export { cutAt, MAX_QUERY_LENGTH, queryForUrl } from './query-url';

/** More distinct words than this add nothing to ranking but cost time; the rest are ignored. */
export const MAX_QUERY_TERMS = 12;

export type ParsedQuery = {
  /** The query as searched: control characters removed, whitespace folded, cut to MAX_QUERY_LENGTH. */
  text: string;
  /** True when the input was longer than MAX_QUERY_LENGTH characters and was cut. */
  truncated: boolean;
  /** The folded words, in order, duplicates removed, at most MAX_QUERY_TERMS. */
  terms: string[];
  /** Word sequences that must appear together: each quoted part, as folded words. */
  phrases: string[][];
  /** All the query's words in order (for the “whole query as a phrase” bonus), when there are two or more. */
  sequence: string[];
  /** True when the query ends inside a word (no space or punctuation after it): its last word may be a prefix. */
  open: boolean;
};

const quotePairs = /["“”„«»]([^"“”„«»]*)["“”„«»]?/g;

/** Reads what the reader typed. Never throws; an empty result (no terms) means “nothing to search for”. */
export function parseQuery(input: unknown): ParsedQuery {
  const raw = typeof input === 'string' ? input : '';
  // Look at a bounded prefix only, so a pasted book costs no more than a long query.
  const bounded = cutAt(raw, MAX_QUERY_LENGTH * 4);
  const cleaned = bounded.replace(invisible, ' ').replace(/\s+/g, ' ').trimStart();
  const truncated = cleaned.trimEnd().length > MAX_QUERY_LENGTH;
  const text = cutAt(cleaned, MAX_QUERY_LENGTH);
  const open = !truncated && /[\p{L}\p{N}\p{M}]$/u.test(text);

  const phrases: string[][] = [];
  for (const match of text.matchAll(quotePairs)) {
    const words = termsOf(match[1] ?? '');
    if (words.length > 1) phrases.push(words);
  }
  const sequence = termsOf(text);
  const terms = [...new Set(sequence)].slice(0, MAX_QUERY_TERMS);
  return {
    text: text.trim(),
    truncated,
    terms,
    phrases,
    sequence: sequence.length > 1 ? sequence.slice(0, MAX_QUERY_TERMS * 2) : [],
    open,
  };
}
