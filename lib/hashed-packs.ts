import { createHash } from 'node:crypto';

/**
 * Items cut into packs of `size`, in order, each pack written as JSON by `pack` and named by a hash of that JSON
 * (`<prefix><k>-<12 hex>.json`), so that a host may cache it for ever: the packs of /compare's data
 * (lib/compare/pack-files.ts), of the reading lists' texts (lib/reading-list/pack-files.ts) and the files of
 * mention cards (lib/mention-cards-files.ts, one bucket of cards to a pack). Build time only.
 * Returns the names by pack number, and each name's JSON.
 */
export function hashedPacks<T>(items: readonly T[], size: number, prefix: string, pack: (slice: T[]) => unknown): { names: string[]; files: Map<string, string> } {
  const names: string[] = [];
  const files = new Map<string, string>();
  for (let k = 0; k * size < items.length; k++) {
    const json = JSON.stringify(pack(items.slice(k * size, (k + 1) * size)));
    const name = `${prefix}${k}-${createHash('sha256').update(json).digest('hex').slice(0, 12)}.json`;
    files.set(name, json);
    names.push(name);
  }
  return { names, files };
}
