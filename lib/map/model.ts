import type { AnnotatedLibrary } from '../annotate/types';
import { placePoints, viewMarkers, viewOf, type Marker, type PlacePoint } from './markers';
import { getView, viewGeometry, viewIds, type MapView, type ViewGeometry, type ViewId } from './views';

type Source = Pick<AnnotatedLibrary, 'places' | 'articles' | 'mentionsByEntity'>;

export type Rect = { x: number; y: number; width: number; height: number };

export type MapModel = {
  view: MapView;
  geometry: ViewGeometry;
  markers: Marker[];
  /** Marker sizes the legend shows, in mentions. */
  legend: { mentions: number; r: number }[];
  /** On the world view: where the China view is, so the reader can go there. */
  chinaFrame?: Rect;
};

/** Three legend sizes for a view: one mention, the largest count, and a round number between. */
export function legendSizes(mentions: number[]): number[] {
  const max = Math.max(1, ...mentions);
  if (max <= 2) return [...new Set([1, max])];
  const middle = [2, 5, 10, 20, 50, 100].filter((n) => n < max).reduce((best, n) => (Math.abs(Math.log(n) - Math.log(max) / 2) < Math.abs(Math.log(best) - Math.log(max) / 2) ? n : best), 2);
  return [...new Set([1, middle, max])];
}

/** The China view's extent as seen on the world view (its corners and edge midpoints, projected). */
function chinaFrameOnWorld(world: MapView): Rect | undefined {
  const china = getView('china');
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i <= 8; i++) {
    for (const [x, y] of [
      [(china.width * i) / 8, 0],
      [(china.width * i) / 8, china.height],
      [0, (china.height * i) / 8],
      [china.width, (china.height * i) / 8],
    ] as [number, number][]) {
      const lonLat = china.unproject(x, y);
      const p = lonLat && world.project(lonLat[0], lonLat[1]);
      if (p) {
        xs.push(p[0]);
        ys.push(p[1]);
      }
    }
  }
  if (!xs.length) return undefined;
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

const models = new WeakMap<object, MapModel[]>();

/** Both views of /places: the China view first (most places are there), then the world. Cached per library. */
export function placesMapModel(source: Source): MapModel[] {
  const cached = models.get(source);
  if (cached) return cached;
  const points = placePoints(source);
  const result = viewIds.map((id): MapModel => {
    const view = getView(id);
    const markers = viewMarkers(view, points);
    return {
      view,
      geometry: viewGeometry(id, 'full'),
      markers,
      legend: legendSizes(markers.map((m) => m.mentions)).map((mentions) => ({ mentions, r: view.markerScale * Math.sqrt(mentions) })),
      chinaFrame: id === 'world' ? chinaFrameOnWorld(view) : undefined,
    };
  });
  models.set(source, result);
  return result;
}

export type LocatorModel = {
  view: MapView;
  geometry: ViewGeometry;
  place: PlacePoint;
  x: number;
  y: number;
};

/**
 * A small map for one place's page: the China view for places in China, the world view otherwise. Undefined
 * for an unknown slug or a place without coordinates: the page then shows no map.
 */
export function locatorModel(source: Source, placeSlug: string): LocatorModel | undefined {
  const place = placePoints(source).find((p) => p.slug === placeSlug);
  if (!place) return undefined;
  const preferred: ViewId = viewOf(place);
  for (const id of [preferred, 'world'] as ViewId[]) {
    const view = getView(id);
    const point = view.project(place.lon, place.lat);
    if (point) return { view, geometry: viewGeometry(id, 'locator'), place, x: point[0], y: point[1] };
  }
  return undefined;
}

export { viewOf };
export type { Marker, PlacePoint, ViewId };
