/**
 * FNV-1a, 32 bits, of a text's UTF-8 bytes, as an unsigned integer: short, stable and the same in Node and the
 * browser. Names a reading list's answers in storage (lib/reading-list/answers.ts) and puts each mention card in
 * its file (lib/mention-cards.ts).
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
