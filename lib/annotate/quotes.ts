import type { Passage } from '../content/blocks';
import type { ArticleSlug } from '../ids';
import type { TextRange } from './types';

export type QuoteSelector = { quote: string; prefix?: string; suffix?: string };

export type QuoteResult =
  | { ok: true; range: TextRange }
  | { ok: false; reason: 'not-found' | 'ambiguous'; message: string };

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/**
 * Anchors a quote in an article, in the manner of a Web Annotation TextQuoteSelector: the exact text, with the
 * prefix immediately before it and the suffix immediately after, inside a single passage. It must occur exactly once.
 */
export function findQuote(article: ArticleSlug, passages: Passage[], selector: QuoteSelector): QuoteResult {
  const needle = `${selector.prefix ?? ''}${selector.quote}${selector.suffix ?? ''}`;
  const hits: TextRange[] = [];
  for (const passage of passages) {
    for (const index of occurrences(passage.text, needle)) {
      const start = index + (selector.prefix?.length ?? 0);
      hits.push({ article, passageId: passage.id, n: passage.n, start, end: start + selector.quote.length });
    }
  }
  if (hits.length === 1) return { ok: true, range: hits[0]! };
  const shown = `"${selector.prefix ? `[${selector.prefix}]` : ''}${selector.quote}${selector.suffix ? `[${selector.suffix}]` : ''}"`;
  if (hits.length === 0) {
    const folded = needle.toLowerCase();
    const near = passages.find((p) => p.text.toLowerCase().includes(folded));
    const hint = near
      ? ` (it occurs in ${near.id} with different capitals)`
      : /['"]/.test(needle)
        ? ' (the articles use typographic quotes and apostrophes: ’ “ ”)'
        : '';
    return { ok: false, reason: 'not-found', message: `quote ${shown} not found in ${article}${hint}` };
  }
  return {
    ok: false,
    reason: 'ambiguous',
    message: `quote ${shown} is ambiguous: it occurs ${hits.length} times in ${article} (${hits.map((h) => h.passageId).join(', ')}); add a prefix or suffix`,
  };
}
