import type { SearchHit } from './engine';
import type { SearchRecord } from './records';
import { termsOf } from './text';
import { collectionOfType } from '../collections';
import { entityHref, passageHref } from '../links';
import { HIGHLIGHT_PARAM } from './query-url';

/** The page a record links to: an entry's own page, or the passage's anchor in its article. */
export function recordUrl(record: SearchRecord): string {
  return record.type === 'passage'
    ? passageHref(record.article, record.n)
    : entityHref(collectionOfType[record.type], record.slug);
}

export { HIGHLIGHT_PARAM };
const MAX_HIGHLIGHT_WORDS = 8;

/** The words a hit highlighted in its passage, folded and each once: what `?hl=` carries. */
export function highlightWords(hit: Pick<SearchHit, 'record' | 'highlights'>): string[] {
  const words = new Set<string>();
  for (const [start, end] of hit.highlights.text) {
    for (const term of termsOf(hit.record.text.slice(start, end))) {
      if (term.length <= 40) words.add(term);
    }
  }
  return [...words].slice(0, MAX_HIGHLIGHT_WORDS);
}

/**
 * Where a hit leads: an entry's page, or the passage's anchor in its article with the matched words in
 * `?hl=` (the article page marks them on arrival; nothing is stored in the browser).
 */
export function hitUrl(hit: Pick<SearchHit, 'record' | 'highlights'>): string {
  const url = recordUrl(hit.record);
  if (hit.record.type !== 'passage') return url;
  const words = highlightWords(hit);
  if (words.length === 0) return url;
  const [path, hash] = url.split('#') as [string, string];
  return `${path}?${new URLSearchParams({ [HIGHLIGHT_PARAM]: words.join(' ') })}#${hash}`;
}
