import type { Range } from './snippet';
import type { Token } from './text';

/**
 * How query words meet the words of a text: singular and plural, sequences (phrases) read word by word or
 * found with a regular expression, and the stretches of a text around some words.
 */

/** The singular or plural forms of an English word that are worth looking up (no stemming beyond that). */
export function inflections(term: string): string[] {
  if (term.length < 3 || !/^[a-z]+$/.test(term)) return [];
  if (term.endsWith('ies') && term.length > 4) return [`${term.slice(0, -3)}y`];
  if (term.endsWith('ses') || term.endsWith('xes') || term.endsWith('ches') || term.endsWith('shes')) return [term.slice(0, -2), term.slice(0, -1)];
  if (term.endsWith('ss') || term.endsWith('us') || term.endsWith('is')) return [`${term}es`];
  if (term.endsWith('s')) return [term.slice(0, -1)];
  if (term.endsWith('y') && !/[aeiou]y$/.test(term)) return [`${term.slice(0, -1)}ies`];
  return [`${term}s`, `${term}es`];
}

/** A word of the text counts as a query word when it is the same word, or its singular or plural. */
const sameWord = (term: string, wanted: string) => term === wanted || inflections(wanted).includes(term);

/** True when the tokens hold the terms side by side, in order (the last may be a prefix while it is typed). */
export function containsSequence(tokens: Token[], sequence: string[], lastIsPrefix: boolean): boolean {
  const n = sequence.length;
  if (n === 0 || tokens.length < n) return false;
  outer: for (let i = 0; i + n <= tokens.length; i++) {
    for (let j = 0; j < n; j++) {
      const term = tokens[i + j]!.term;
      const wanted = sequence[j]!;
      if (sameWord(term, wanted) || (lastIsPrefix && j === n - 1 && term.startsWith(wanted))) continue;
      continue outer;
    }
    return true;
  }
  return false;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One folded query word in folded text: the word or its singular/plural; a number with or without thousands separators. */
function wordPattern(term: string): string {
  if (/^\p{N}/u.test(term)) return [...term].map(escapeRegExp).join(/^[\d.]+$/.test(term) ? ',?' : '');
  return [term, ...inflections(term)].map(escapeRegExp).join('|');
}

const wordChar = '[\\p{L}\\p{N}\\p{M}]';
const notWordChar = '[^\\p{L}\\p{N}\\p{M}]';

/**
 * A regular expression that finds the words side by side, in order, as whole words, in text folded with
 * foldText (the last word may be a prefix while it is typed): the rule of containsSequence, without reading
 * the text word by word.
 */
export function sequencePattern(sequence: string[], lastIsPrefix: boolean, flags = 'u'): RegExp {
  // A search asks for the same few patterns again and again (each round of fetching runs it anew; typing adds a
  // letter at a time), and compiling a Unicode pattern with look-behind costs more than using it.
  const key = `${flags}\u0000${lastIsPrefix ? 1 : 0}\u0000${sequence.join('\u0000')}`;
  const known = patterns.get(key);
  if (known) {
    known.lastIndex = 0;
    return known;
  }
  const made = makeSequencePattern(sequence, lastIsPrefix, flags);
  if (patterns.size >= 200) patterns.clear();
  patterns.set(key, made);
  return made;
}

const patterns = new Map<string, RegExp>();

function makeSequencePattern(sequence: string[], lastIsPrefix: boolean, flags: string): RegExp {
  const parts = sequence.map((term, i) => `(?:${wordPattern(term)})${lastIsPrefix && i === sequence.length - 1 ? `${wordChar}*` : ''}`);
  // Whole words as the tokenizer sees them: “000” is not a word of “1,000”, nor “58” of “2.58”.
  return new RegExp(`(?<!${wordChar}|\\p{N}[.,])${parts.join(`${notWordChar}+`)}(?!${wordChar}|[.,]\\p{N})`, flags);
}

export type Excerpt = { text: string; toOriginal: (offset: number) => number };

/**
 * The stretches of `text` around the words in `words` (at most six), joined by “ … ”, with a map from excerpt
 * offsets back to the text. Empty when none of the words occurs in the text.
 */
export function excerptOf(text: string, tokens: Token[], words: ReadonlySet<string>, pad: number): Excerpt {
  const stretches: Range[] = [];
  for (const t of tokens) {
    if (!words.has(t.term)) continue;
    const start = Math.max(0, t.start - pad);
    const end = Math.min(text.length, t.end + pad);
    const last = stretches.at(-1);
    if (last && start <= last[1]) last[1] = end;
    else if (stretches.length < 6) stretches.push([start, end]);
  }
  const gap = ' … ';
  const parts: { at: number; from: number; length: number }[] = [];
  let at = 0;
  for (const [start, end] of stretches) {
    parts.push({ at, from: start, length: end - start });
    at += end - start + gap.length;
  }
  return {
    text: stretches.map(([start, end]) => text.slice(start, end)).join(gap),
    toOriginal: (offset) => {
      const part = parts.findLast((p) => p.at <= offset) ?? parts[0];
      return part ? part.from + Math.min(offset - part.at, part.length - 1) : offset;
    },
  };
}
