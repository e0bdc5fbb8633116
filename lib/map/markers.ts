import type { AnnotatedLibrary } from '../annotate/types';
import { plural } from '../format';
import { entityHref } from '../links';
import { placeLineage, withinMap } from '../places';
import { entityMentionCounts } from '../indexes/build';
import type { MapView, ViewId } from './views';
import type { EntrySlug } from '../ids';

/** A place that can go on a map, with the counts its marker shows. */
export type PlacePoint = {
  slug: EntrySlug;
  name: string;
  lon: number;
  lat: number;
  mentions: number;
  articles: number;
  /** The place is China or lies within it (following `within`), so its detailed map is the China view. */
  inChina: boolean;
};

export type Marker = {
  slug: EntrySlug;
  name: string;
  href: string;
  mentions: number;
  articles: number;
  /** The accessible name and tooltip, e.g. "Chongqing: 15 mentions in 2 articles". */
  label: string;
  /** Where the place is, in view units. */
  anchor: [number, number];
  /** Where the marker is drawn: the anchor, or nearby when it had to make room for a coinciding place. */
  x: number;
  y: number;
  /** The drawn circle: area proportional to mentions. */
  r: number;
  /** The clickable circle: never smaller than the view's hit radius. */
  hitR: number;
  /** Which side of the marker its label goes, so that labels stay inside the view. */
  labelSide: 'left' | 'right';
};

export const CHINA = 'china';

type PlaceSource = Pick<AnnotatedLibrary, 'places' | 'articles' | 'mentionsByEntity'>;

/** Whether a place is China or lies within it, following the `within` chain (guarded against cycles). */
export function isInChina(slug: string, withinOf: ReadonlyMap<string, string | undefined>): boolean {
  return placeLineage(withinOf, slug).includes(CHINA);
}

/** Every place with coordinates, with its mention counts. */
export function placePoints(source: PlaceSource): PlacePoint[] {
  const withinOf = withinMap(source.places);
  return source.places.flatMap((place) => {
    const coordinates = place.data.coordinates;
    if (!coordinates) return [];
    const { mentions, articles } = entityMentionCounts(source, 'places', place.slug);
    return [
      {
        slug: place.slug,
        name: place.data.name,
        lon: coordinates.lon,
        lat: coordinates.lat,
        mentions,
        articles: articles.length,
        inChina: isInChina(place.slug, withinOf),
      },
    ];
  });
}

/**
 * Which view draws a place: places in China (but not China itself) on the China view, everything else, and
 * China as a whole, on the world view. Each place so has one marker, on the view that shows it best.
 */
export function viewOf(point: Pick<PlacePoint, 'slug' | 'inChina'>): ViewId {
  return point.inChina && point.slug !== CHINA ? 'china' : 'world';
}

/** Radius for a number of mentions: area ∝ mentions (a place without any still gets the size of one). */
export function markerRadius(mentions: number, scale: number): number {
  return scale * Math.sqrt(Math.max(mentions, 1));
}

export function markerLabel(point: Pick<PlacePoint, 'name' | 'mentions' | 'articles'>): string {
  return `${point.name}: ${plural(point.mentions, 'mention')} in ${plural(point.articles, 'article')}`;
}

/** Larger circles first, so that smaller ones are drawn on top and stay clickable; ties by name. */
const drawOrder = (a: Marker, b: Marker) => b.r - a.r || a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug);

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Places that coincide at a view's scale (Zhengzhou and the Shijiachi housing complex share a point; Chongqing,
 * its stadium and its two rivers lie within a few pixels) are pushed apart until each marker keeps a clickable
 * disk of its own: a marker's centre stays at least its own hit radius plus the smaller marker's hit radius
 * away from any smaller marker drawn over it. Heavier markers (more mentions) move less. Deterministic: the
 * same content always gives the same map.
 */
export function separateMarkers(markers: Marker[], view: Pick<MapView, 'width' | 'height' | 'hitRadius'>, iterations = 400): Marker[] {
  const placed = [...markers].sort(drawOrder).map((m) => ({ ...m }));
  const gap = 1;
  for (let round = 0; round < iterations; round++) {
    let moved = false;
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const big = placed[i]!;
        const small = placed[j]!;
        const needed = view.hitRadius + small.hitR + gap;
        let dx = small.x - big.x;
        let dy = small.y - big.y;
        let distance = Math.hypot(dx, dy);
        if (distance >= needed) continue;
        if (distance < 1e-6) {
          // Exactly the same point: fan out in a fixed, evenly spread direction.
          const angle = GOLDEN_ANGLE * (j + i * placed.length) - Math.PI / 2;
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          distance = 1;
        } else {
          dx /= distance;
          dy /= distance;
        }
        const overlap = needed - Math.max(distance, 0);
        const wBig = Math.max(big.mentions, 1);
        const wSmall = Math.max(small.mentions, 1);
        const bigShare = wSmall / (wBig + wSmall);
        big.x -= dx * overlap * bigShare;
        big.y -= dy * overlap * bigShare;
        small.x += dx * overlap * (1 - bigShare);
        small.y += dy * overlap * (1 - bigShare);
        moved = true;
      }
    }
    for (const m of placed) {
      m.x = Math.min(Math.max(m.x, m.hitR), view.width - m.hitR);
      m.y = Math.min(Math.max(m.y, m.hitR), view.height - m.hitR);
    }
    if (!moved) break;
  }
  return placed;
}

/** The markers of one view, in drawing order (largest first), coinciding places separated. */
export function viewMarkers(view: MapView, points: PlacePoint[]): Marker[] {
  const markers: Marker[] = [];
  for (const point of points) {
    if (viewOf(point) !== view.id) continue;
    const anchor = view.project(point.lon, point.lat);
    if (!anchor) continue;
    const r = markerRadius(point.mentions, view.markerScale);
    markers.push({
      slug: point.slug,
      name: point.name,
      href: entityHref('places', point.slug),
      mentions: point.mentions,
      articles: point.articles,
      label: markerLabel(point),
      anchor,
      x: anchor[0],
      y: anchor[1],
      r,
      hitR: Math.max(r, view.hitRadius),
      labelSide: 'right',
    });
  }
  return separateMarkers(markers, view).map((m) => ({ ...m, labelSide: m.x > view.width * 0.62 ? 'left' : 'right' }));
}
