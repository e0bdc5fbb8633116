import type { ReactNode } from 'react';
import { CitationText } from '@/components/CitationText';
import { bibliographyHeadings, type CitationStyle } from '@/lib/cite';
import type { DataArticle } from '@/lib/reading-list/data';

/**
 * A list's works cited, in its citation style: the assignment view and the print view show the same section, each
 * with its own class and heading id, a line under the heading (`note`) and what follows the list (`after`).
 */
export function Bibliography(props: { sources: DataArticle[]; style: CitationStyle; className: string; headingId: string; note?: ReactNode; after?: ReactNode }) {
  const { sources, style, className, headingId, note, after } = props;
  if (!sources.length) return null;
  return (
    <section className={className} aria-labelledby={headingId}>
      <h2 id={headingId}>{bibliographyHeadings[style]}</h2>
      {note}
      <ul>
        {sources.map((a) => (
          <li key={a.slug}>
            <CitationText rich={a.cite[style].bibliography} />
          </li>
        ))}
      </ul>
      {after}
    </section>
  );
}
