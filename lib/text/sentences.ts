/** Abbreviations after which a full stop does not end a sentence in these articles. */
const abbreviations = /(?:\b(?:Mr|Mrs|Ms|Dr|St|No|Nov|Oct|Dec|Jan|Feb|Aug|Sept|Gov|Sen|Rep|Inc|Co|vs)|\b(?:[A-Z]\.){1,3}[A-Z]?)\.?\s*$/;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Opening brackets and quotes at the end of a segment, after its full stop. Unicode's sentence rules (UAX #29) count
 * every bracket and quote as closing punctuation that stays with the sentence before it, so "records.[Source]"
 * splits as "records.[" and "Source]"; these belong to the sentence they open.
 */
const openingTail = /[\p{Ps}\p{Pi}]+$/u;

/**
 * Sentences of a passage as [start, end) ranges, with "Mrs. Chen" and "U.S." kept inside their sentence, and an
 * opening bracket or quote ("records.[Source]") at the start of the sentence it opens.
 */
export function sentenceRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let carried = 0;
  for (const { index, segment } of segmenter.segment(text)) {
    const start = index - carried;
    const tail = openingTail.exec(segment);
    carried = tail && tail.index > 0 ? tail[0].length : 0;
    const end = index + segment.length - carried;
    const last = ranges.at(-1);
    if (last && abbreviations.test(text.slice(last[0], last[1]))) last[1] = end;
    else ranges.push([start, end]);
  }
  const last = ranges.at(-1);
  if (last && carried) last[1] += carried;
  return ranges;
}

/** The sentence that holds [start, end), with the range re-expressed inside it; spans sentences if the range does. */
export function sentenceAround(text: string, start: number, end: number, ranges: [number, number][] = sentenceRanges(text)) {
  const first = ranges.find(([s, e]) => start >= s && start < e) ?? [0, text.length];
  const last = ranges.find(([s, e]) => end > s && end <= e) ?? first;
  const from = first[0];
  const sentence = text.slice(from, last[1]).trimEnd();
  return { text: sentence, start: start - from, end: Math.min(end - from, sentence.length), atStart: from === 0, atEnd: last[1] >= text.trimEnd().length };
}
