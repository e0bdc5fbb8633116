import type { Removal } from './schema';

export type RemovalProblem = { removal: Removal; found: number };

/**
 * The source text less the listed page furniture. Each removal takes out the first `count` lines whose
 * trimmed text equals `text`; a removal that matches fewer lines than it claims is reported, never ignored.
 */
export function applyRemovals(source: string, removals: Removal[]): { text: string; problems: RemovalProblem[] } {
  const lines = source.split('\n');
  const removed = new Set<number>();
  const problems: RemovalProblem[] = [];
  for (const removal of removals) {
    let found = 0;
    for (let i = 0; i < lines.length && found < removal.count; i++) {
      if (!removed.has(i) && lines[i]!.trim() === removal.text.trim()) {
        removed.add(i);
        found++;
      }
    }
    if (found < removal.count) problems.push({ removal, found });
  }
  return { text: lines.filter((_, i) => !removed.has(i)).join('\n'), problems };
}
