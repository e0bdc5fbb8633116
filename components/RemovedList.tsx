import type { Removal } from '@/lib/content/schema';

/** What Sightlines removed from an article's source (its front matter's `removed`), or `none` when it removed nothing. */
export function RemovedList({ removed, none }: { removed: Removal[]; none: string }) {
  if (removed.length === 0) return <p>{none}</p>;
  return (
    <ul>
      {removed.map((r, i) => (
        <li key={i}>
          “{r.text}”{r.count > 1 ? ` (${r.count} times)` : ''}: {r.reason}.
        </li>
      ))}
    </ul>
  );
}
