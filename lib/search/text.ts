/**
 * The words of a text as search sees them. Build time (the index) and query time (the browser) use this one
 * tokenizer, so a query word and an indexed word compare equal exactly when a reader would say they are the
 * same word: case and accents are folded (“Sabrié” = “sabrie”), hyphens and apostrophes separate words
 * (“Facial-recognition” = “facial recognition”), and a number keeps its decimal point but drops its thousands
 * separators (“2.58”, “1,000” = “1000”).
 */

/** A word of a text: its folded form and where it stands in the original string (start inclusive, end exclusive). */
export type Token = { term: string; start: number; end: number };

// A number with its decimal/thousands separators, or a run of letters, digits and combining marks.
const wordPattern = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}\p{M}]+/gu;
const marks = /\p{M}+/gu;
const ascii = /^[\x00-\x7f]*$/;

/** Lower case, accents removed, thousands separators dropped: the form a word is indexed and looked up under. */
export function foldTerm(word: string): string {
  // Most words are plain ASCII, which needs no Unicode normalization (the costly part).
  const folded = ascii.test(word) ? word.toLowerCase() : word.normalize('NFKD').replace(marks, '').toLowerCase();
  return /^\p{N}/u.test(folded) ? foldNumber(folded) : folded;
}

/** “1,000” → “1000”; “2.58” stays; “15,35” (a decimal comma) stays when it is not a thousands group. */
function foldNumber(number: string): string {
  return /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(number) ? number.replaceAll(',', '') : number;
}

/** Every word of a text with its offsets, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const term = foldTerm(match[0]);
    if (term) tokens.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The folded words of a text, in order. */
export function termsOf(text: string): string[] {
  return tokenize(text).map((t) => t.term);
}

/** A whole text folded as words are (case, accents), for matching only: offsets may differ from the original. */
export function foldText(text: string): string {
  return ascii.test(text) ? text.toLowerCase() : text.normalize('NFKD').replace(marks, '').toLowerCase();
}
