/**
 * The word sequence of a text, as the fidelity check sees it: lower-cased, every character that is not a
 * letter or a digit (punctuation, symbols, apostrophes, dollar signs) treated as a space, whitespace folded.
 * "China’s" and the TIME source's "china s" give the same words; so do "15.35" and "15 35".
 */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** Average adult silent reading speed used for the "n min read" figures. */
export const WORDS_PER_MINUTE = 230;

export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(wordsOf(text).length / WORDS_PER_MINUTE));
}

export type WordDifference = { position: number; expected: string; found: string; context: string };

/** First position where two word sequences differ, with ten words of context either side, or null. */
export function firstWordDifference(expected: string[], found: string[]): WordDifference | null {
  const length = Math.max(expected.length, found.length);
  for (let i = 0; i < length; i++) {
    if (expected[i] !== found[i]) {
      const around = (words: string[]) => words.slice(Math.max(0, i - 10), i + 11).join(' ');
      return {
        position: i,
        expected: expected[i] ?? '(end of text)',
        found: found[i] ?? '(end of text)',
        context: `source:   …${around(expected)}…\nrendered: …${around(found)}…`,
      };
    }
  }
  return null;
}
