import type { Problem } from '@/lib/reading-list/types';

/**
 * What a reading list's link (or stored list) held that could not be used, named one by one; the assignment,
 * the editor and the print view show it the same way, each with its own heading and closing line.
 */
export function ListProblems({ problems, heading, after, className = 'rl-problems' }: { problems: Problem[]; heading: string; after?: string; className?: string }) {
  if (problems.length === 0) return null;
  return (
    <div className={className} role="alert" aria-labelledby="rl-problems-heading">
      <h2 id="rl-problems-heading">{heading}</h2>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p.message}</li>
        ))}
      </ul>
      {after ? <p>{after}</p> : null}
    </div>
  );
}
