import type { Excerpt as ExcerptData } from '@/lib/entities';

/** A sentence (or passage) with one range highlighted; ellipses show where the passage goes on. */
export function Excerpt({ excerpt }: { excerpt: ExcerptData }) {
  const { text, start, end } = excerpt;
  return (
    <>
      {excerpt.atStart ? '' : '… '}
      {text.slice(0, start)}
      <mark>{text.slice(start, end)}</mark>
      {text.slice(end)}
      {excerpt.atEnd ? '' : ' …'}
    </>
  );
}
