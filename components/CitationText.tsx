import type { Rich } from '@/lib/cite';

/** A formatted citation: its text, with the style's italics. */
export function CitationText({ rich }: { rich: Rich }) {
  return (
    <>
      {rich.map((run, i) => (typeof run === 'string' ? run : <i key={i}>{run.i}</i>))}
    </>
  );
}
