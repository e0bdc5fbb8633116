import type { AnnotatedLibrary } from '../annotate/types';
import { entityKey } from '../annotate/types';
import type { Marker } from './markers';
import type { MapView } from './views';
import type { ArticleSlug, EntrySlug } from '../ids';

/** A name shown beside its marker at all times, placed where it overlaps no other name or marker. */
export type PlaceLabel = { slug: string; name: string; x: number; y: number; side: 'right' | 'left' | 'above' | 'below' };

/** The cities a student looks for first: labelled before any other place, if they fit. */
export const mainPlaces = ['beijing', 'shanghai', 'chongqing', 'urumqi', 'hong-kong', 'shenzhen', 'hotan', 'khorgos', 'xinjiang', 'tibet'];

/**
 * How labels are measured: the map is drawn at most this narrow (a 320 px screen less the page's margins), and a
 * label is text of this size. Labels are placed in view units for that smallest drawing; a wider drawing only
 * spreads them further apart, since their offsets from the marker are fixed in pixels.
 */
export const labelMetrics = { minWidthPx: 288, charPx: 7.2, heightPx: 15, gapPx: 3, paddingPx: 4 };

type Box = { x0: number; y0: number; x1: number; y1: number };
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const hitsCircle = (b: Box, cx: number, cy: number, r: number) => {
  const dx = cx - Math.max(b.x0, Math.min(cx, b.x1));
  const dy = cy - Math.max(b.y0, Math.min(cy, b.y1));
  return dx * dx + dy * dy < r * r;
};

/**
 * Labels for the markers of one view: the main places first, then the others by mentions, each tried right, left,
 * above and below its marker, and kept only where it overlaps no label already placed, no marker of more than
 * one mention (none at all where it can), and stays inside the view. Deterministic: the same content always gives the same labels.
 */
export function placeLabels(markers: Marker[], view: Pick<MapView, 'width' | 'height'>, metrics = labelMetrics): PlaceLabel[] {
  const unit = view.width / metrics.minWidthPx; // view units per pixel at the narrowest drawing
  const priority = (m: Marker) => {
    const i = mainPlaces.indexOf(m.slug);
    return i < 0 ? mainPlaces.length : i;
  };
  const order = [...markers].sort((a, b) => priority(a) - priority(b) || b.mentions - a.mentions || a.name.localeCompare(b.name));
  const placed: Box[] = [];
  const labels: PlaceLabel[] = [];
  for (const m of order) {
    const w = (m.name.length * metrics.charPx + 2 * metrics.paddingPx) * unit;
    const h = metrics.heightPx * unit;
    const gap = m.r + metrics.gapPx * unit;
    const candidates: [PlaceLabel['side'], Box][] = [
      ['right', { x0: m.x + gap, y0: m.y - h / 2, x1: m.x + gap + w, y1: m.y + h / 2 }],
      ['left', { x0: m.x - gap - w, y0: m.y - h / 2, x1: m.x - gap, y1: m.y + h / 2 }],
      ['above', { x0: m.x - w / 2, y0: m.y - gap - h, x1: m.x + w / 2, y1: m.y - gap }],
      ['below', { x0: m.x - w / 2, y0: m.y + gap, x1: m.x + w / 2, y1: m.y + gap + h }],
    ];
    const fits = (box: Box, avoid: Marker[]) =>
      box.x0 >= 0 && box.y0 >= 0 && box.x1 <= view.width && box.y1 <= view.height && !placed.some((p) => overlaps(p, box)) && !avoid.some((o) => o.slug !== m.slug && hitsCircle(box, o.x, o.y, o.r));
    // Clear of every marker if possible; otherwise a name may pass over the smallest circles (one mention),
    // which stay visible under its halo and clickable through it, but never over another name.
    const found = candidates.find(([, box]) => fits(box, markers)) ?? candidates.find(([, box]) => fits(box, markers.filter((o) => o.mentions > 1)));
    if (found) {
      placed.push(found[1]);
      labels.push({ slug: m.slug, name: m.name, x: m.x, y: m.y, side: found[0] });
    }
  }
  return labels;
}

/** A place's mentions per article, in publication order: "TIME 8 · TODAY 7". */
export function mentionsPerArticle(source: Pick<AnnotatedLibrary, 'articles' | 'mentionsByEntity'>, slug: EntrySlug): { article: ArticleSlug; outlet: string; count: number }[] {
  // Counted in one pass over the mentions, not once per article (China's mentions × the articles at 5,000 articles).
  const byArticle = new Map<string, number>();
  for (const m of source.mentionsByEntity.get(entityKey('places', slug)) ?? []) byArticle.set(m.article, (byArticle.get(m.article) ?? 0) + 1);
  return source.articles
    .map((a) => ({ article: a.slug, outlet: a.outlet.replace(/\s*\(.*\)\s*$/, ''), count: byArticle.get(a.slug) ?? 0 }))
    .filter((x) => x.count > 0);
}
