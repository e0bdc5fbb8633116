import { tokenize, type Token } from './text';

/** A highlighted stretch of a text: start inclusive, end exclusive (Fuse's inclusive ends are converted). */
export type Range = [start: number, end: number];

export type Snippet = {
  text: string;
  ranges: Range[];
  /** True when the snippet starts or ends inside the text (the view adds an ellipsis). */
  clippedStart: boolean;
  clippedEnd: boolean;
};

/** Joins ranges that overlap or are separated only by spaces and punctuation (“facial-recognition glasses”). */
export function mergeRanges(text: string, ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const range of sorted) {
    const last = out.at(-1);
    if (last && (range[0] <= last[1] || (range[0] - last[1] <= 2 && /^[\s\-–—'’]*$/u.test(text.slice(last[1], range[0]))))) {
      last[1] = Math.max(last[1], range[1]);
    } else out.push([range[0], range[1]]);
  }
  return out;
}

/** The ranges of the words of `text` whose folded form is in `terms`. */
export function wordRanges(text: string, terms: ReadonlySet<string>): Range[] {
  return mergeRanges(
    text,
    tokenize(text)
      .filter((t) => terms.has(t.term))
      .map((t) => [t.start, t.end] as Range),
  );
}

/** Widens Fuse's inclusive [start, end] match indices to whole words, dropping fragments shorter than 3 letters. */
export function rangesFromFuse(text: string, indices: ReadonlyArray<readonly [number, number]>, words: Token[] = tokenize(text)): Range[] {
  const out: Range[] = [];
  for (const [start, endInclusive] of indices) {
    if (endInclusive - start + 1 < 3) continue;
    const touched = words.filter((w) => w.start <= endInclusive && w.end > start);
    if (touched.length) out.push([touched[0]!.start, touched.at(-1)!.end]);
  }
  return mergeRanges(text, out);
}

/**
 * A window of about `length` characters of `text` around its highlighted ranges, cut at word boundaries, with
 * the ranges moved into the window. The window starts a little before the first range so that it reads as a
 * phrase rather than starting on the highlighted word.
 */
export function makeSnippet(text: string, ranges: Range[], length = 180): Snippet {
  if (text.length <= length) return { text, ranges, clippedStart: false, clippedEnd: false };
  const first = ranges[0];
  let start = first ? Math.max(0, first[0] - Math.floor(length / 4)) : 0;
  let end = Math.min(text.length, start + length);
  start = Math.max(0, Math.min(start, end - length));
  // Move the edges out of the middle of words.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < (first?.[0] ?? end)) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start && space >= (first?.[1] ?? start)) end = space;
  }
  const inside = ranges
    .filter(([s, e]) => e > start && s < end)
    .map(([s, e]) => [Math.max(s, start) - start, Math.min(e, end) - start] as Range);
  return { text: text.slice(start, end), ranges: inside, clippedStart: start > 0, clippedEnd: end < text.length };
}

/** Splits a text into plain and highlighted parts, for rendering with <mark>. */
export function splitByRanges(text: string, ranges: Range[]): { text: string; mark: boolean }[] {
  const parts: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s < at || e > text.length || s >= e) continue;
    if (s > at) parts.push({ text: text.slice(at, s), mark: false });
    parts.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}
