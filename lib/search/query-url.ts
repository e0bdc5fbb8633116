/**
 * What the addresses of search carry, apart from the query parser (./query.ts and ./links.ts re-export it):
 * lib/links.ts and the article page's islands need only this, and so the pages whose client code builds a link
 * or reads `?hl=` do not also load the word folding of ./text.ts (issue 13, first-load JavaScript).
 */

/** The query parameter that tells an article page which words to mark in the target paragraph. */
export const HIGHLIGHT_PARAM = 'hl';

/** Queries longer than this are cut (and the reader is told): no one types more, and pasted pages stay cheap. */
export const MAX_QUERY_LENGTH = 200;

// Control and format characters (NUL, bidi overrides, zero-width joiners) carry no searchable meaning.
export const invisible = /[\p{Cc}\p{Cf}]/gu;

/**
 * Cuts a string to at most `max` UTF-16 units without splitting a surrogate pair, and at a space when there
 * is one near the end, so that the last word is not cut in half.
 */
export function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  const space = text.lastIndexOf(' ', end);
  if (!/\s/.test(text[end] ?? ' ') && space > end - 30) end = space;
  return text.slice(0, end);
}

/**
 * The query as a URL carries it: the same cleaned, cut prefix the engine searches (so a pasted page makes an
 * address of at most MAX_QUERY_LENGTH characters before encoding, never one a server refuses), but with its
 * trailing space kept, since that says whether the last word is finished.
 */
export function queryForUrl(input: string): string {
  return cutAt(cutAt(input, MAX_QUERY_LENGTH * 4).replace(invisible, ' ').replace(/\s+/g, ' ').trimStart(), MAX_QUERY_LENGTH);
}
