/** A run of passage text; `mark` runs are the mention or quote being shown. */
export type Segment = { text: string; mark?: true };

type Range = { start: number; end: number };

/**
 * A short excerpt of a passage around its first marked range, cut at word boundaries with an ellipsis where the
 * passage goes on. Other marked ranges that fall inside the excerpt are marked too; ranges are character offsets
 * into the passage's plain text (the same text mentions and quotes were found in).
 */
export function excerpt(text: string, ranges: Range[], radius = 70): Segment[] {
  const sorted = ranges
    .filter((r) => r.start >= 0 && r.end <= text.length && r.start < r.end)
    .sort((x, y) => x.start - y.start);
  const first = sorted[0];
  if (!first) return [{ text: text.length > radius * 2 ? `${text.slice(0, radius * 2).replace(/\s+\S*$/, '')} …` : text }];

  let from = Math.max(0, first.start - radius);
  let to = Math.min(text.length, first.end + radius);
  // Cut at a space so no word is broken; keep the marked range whole whatever happens.
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space !== -1 && space < first.start ? space + 1 : first.start;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    to = space > first.end ? space : first.end;
  }

  const segments: Segment[] = [];
  if (from > 0) segments.push({ text: '… ' });
  let cursor = from;
  for (const range of sorted) {
    if (range.start < cursor || range.end > to) continue;
    if (range.start > cursor) segments.push({ text: text.slice(cursor, range.start) });
    segments.push({ text: text.slice(range.start, range.end), mark: true });
    cursor = range.end;
  }
  if (to > cursor) segments.push({ text: text.slice(cursor, to) });
  if (to < text.length) segments.push({ text: ' …' });
  return segments;
}
