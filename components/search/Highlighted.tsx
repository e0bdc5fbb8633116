import { splitByRanges, type Range } from '@/lib/search/snippet';

/** A text with its highlighted ranges in <mark>. React escapes the text: nothing in it is read as HTML. */
export function Highlighted({ text, ranges }: { text: string; ranges: Range[] }) {
  return (
    <>
      {splitByRanges(text, ranges).map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text))}
    </>
  );
}
