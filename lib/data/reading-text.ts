import type { TextRange } from '../annotate/types';
import type { Article } from '../content/load';

/**
 * The reading text of an article, the text every character offset of the open data counts in: the text of the
 * article's passages (paragraphs, captions, quoted passages and posts, as `lib/content/blocks.ts` reads them,
 * numbered p-1, p-2… in document order), joined by one blank line ("\n\n"). Section headings, post attribution
 * lines and the page's own furniture are not part of it. Offsets count Unicode code points (not UTF-16 units,
 * not bytes), start at 0, and an end offset is exclusive, as the W3C TextPositionSelector defines them; Python's
 * `text[start:end]` and JavaScript's `[...text].slice(start, end).join('')` both read the quoted words back.
 */
export const passageSeparator = '\n\n';

export type ReadingText = {
  text: string;
  /** The text as code points, so that offsets and slices never split a character. */
  codePoints: string[];
  /** passage id → the code-point offset at which the passage starts in `text`. */
  passageStart: Map<string, number>;
};

export const codePointLength = (text: string) => {
  let n = 0;
  for (const _ of text) n++;
  return n;
};

export function readingText(article: Pick<Article, 'structure'>): ReadingText {
  const passageStart = new Map<string, number>();
  const parts: string[] = [];
  let at = 0;
  for (const passage of article.structure.passages) {
    if (parts.length) at += codePointLength(passageSeparator);
    passageStart.set(passage.id, at);
    parts.push(passage.text);
    at += codePointLength(passage.text);
  }
  const text = parts.join(passageSeparator);
  return { text, codePoints: Array.from(text), passageStart };
}

/** Where a passage range (UTF-16 offsets into one passage's text) lies: code points in the passage and in the reading text. */
export type Position = { passageStart: number; passageEnd: number; start: number; end: number };

export function positionOf(reading: ReadingText, passageText: string, range: Pick<TextRange, 'passageId' | 'start' | 'end'>): Position {
  const base = reading.passageStart.get(range.passageId);
  if (base === undefined) throw new Error(`no passage ${range.passageId} in this article's reading text`);
  const passageStart = codePointLength(passageText.slice(0, range.start));
  const passageEnd = passageStart + codePointLength(passageText.slice(range.start, range.end));
  return { passageStart, passageEnd, start: base + passageStart, end: base + passageEnd };
}

/** How many code points of context a TextQuoteSelector carries on each side (as Hypothesis does). */
export const contextLength = 32;

/** The exact text at a position, with up to `contextLength` code points before and after it. */
export function quoteAt(reading: ReadingText, start: number, end: number): { exact: string; prefix: string; suffix: string } {
  const cp = reading.codePoints;
  return {
    exact: cp.slice(start, end).join(''),
    prefix: cp.slice(Math.max(0, start - contextLength), start).join(''),
    suffix: cp.slice(end, end + contextLength).join(''),
  };
}
