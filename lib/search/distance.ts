/**
 * Edit distance with adjacent transpositions (optimal string alignment), stopping early once it must exceed
 * `max`: “survelliance” → “surveillance” is 2, “Chongquing” → “chongqing” is 1. Returns max + 1 when farther.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  let previous2 = new Array<number>(lb + 1).fill(0);
  let previous = Array.from({ length: lb + 1 }, (_, j) => j);
  let current = new Array<number>(lb + 1).fill(0);
  for (let i = 1; i <= la; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        value = Math.min(value, previous2[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return Math.min(previous[lb]!, max + 1);
}

/** How many wrong letters a word of this length may have and still count as a misspelling of another. */
export function allowedEdits(term: string): number {
  if (/^\p{N}/u.test(term)) return 0; // “2.59 million” is not a misspelling of “2.58 million”
  const length = [...term].length;
  if (length < 4) return 0;
  if (length < 7) return 1;
  return 2;
}
