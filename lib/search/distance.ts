/**
 * Rows of the distance table, reused call after call (a typo is checked against every indexed word of about
 * its length, so a search must not allocate per word); grown when a longer word comes.
 */
let rows = new Int32Array(3 * 32);

/**
 * Edit distance with adjacent transpositions (optimal string alignment), stopping early once it must exceed
 * `max`: “survelliance” → “surveillance” is 2, “Chongquing” → “chongqing” is 1. Returns max + 1 when farther.
 *
 * Only the cells within `max` of the diagonal are worked out: a path through a cell farther from it already
 * costs more than `max`, so every cell just outside the band stands in as max + 1.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  const far = max + 1;
  if (Math.abs(la - lb) > max) return far;
  const width = lb + 1;
  if (rows.length < 3 * width) rows = new Int32Array(6 * width);
  const table = rows;
  // Offsets of the rows i - 2, i - 1 and i in `table`.
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j <= lb; j++) table[previous + j] = j;
  for (let i = 1; i <= la; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(lb, i + max);
    const edge = lo === 1 ? i : far;
    table[current + lo - 1] = edge;
    if (hi < lb) table[current + hi + 1] = far;
    let rowMin = edge;
    const ca = a.charCodeAt(i - 1);
    const caBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = lo; j <= hi; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = table[previous + j - 1]! + (ca === cb ? 0 : 1);
      const up = table[previous + j]! + 1;
      if (up < value) value = up;
      const left = table[current + j - 1]! + 1;
      if (left < value) value = left;
      if (j > 1 && ca === b.charCodeAt(j - 2) && caBefore === cb) {
        const swap = table[before + j - 2]! + 1;
        if (swap < value) value = swap;
      }
      table[current + j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return far;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return Math.min(table[previous + lb]!, far);
}

/**
 * Which letters a word holds, one bit per letter (a–z; digits and other characters share the last six bits).
 * One edit changes at most two bits (a substitution), so two words whose masks differ in more than 2 × max
 * bits are more than `max` edits apart: most words are ruled out without working out a distance.
 */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    mask |= 1 << (c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6));
  }
  return mask >>> 0;
}

/** How many bits are set in a 32-bit number. */
export function bitCount(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** How many wrong letters a word of this length may have and still count as a misspelling of another. */
export function allowedEdits(term: string): number {
  if (/^\p{N}/u.test(term)) return 0; // “2.59 million” is not a misspelling of “2.58 million”
  const length = [...term].length;
  if (length < 4) return 0;
  if (length < 7) return 1;
  return 2;
}
