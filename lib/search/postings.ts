/**
 * Compact posting lists for the word index: which records contain a word, and in which fields.
 * An entry is `record * 8 + fields` (fields: 1 name, 2 alias, 4 text); a list is sorted, stored as the
 * differences between neighbours in base 36, joined by spaces: “0 5 1b 8” rather than [0, 5, 52, 60].
 */
export const FIELD_NAME = 1;
export const FIELD_ALIAS = 2;
export const FIELD_TEXT = 4;

export function encodePostings(entries: number[]): string {
  const sorted = [...entries].sort((a, b) => a - b);
  let previous = 0;
  return sorted
    .map((value) => {
      const delta = value - previous;
      previous = value;
      return delta.toString(36);
    })
    .join(' ');
}

export function decodePostings(encoded: string): Int32Array {
  if (!encoded) return new Int32Array(0);
  const parts = encoded.split(' ');
  const out = new Int32Array(parts.length);
  let value = 0;
  for (let i = 0; i < parts.length; i++) {
    value += parseInt(parts[i]!, 36);
    out[i] = value;
  }
  return out;
}
