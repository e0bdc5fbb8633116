import { geoConicEqualArea, geoEqualEarth, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import countries50m from 'world-atlas/countries-50m.json';
import { CompactPathContext, type Detail } from './svg-path';

export type ViewId = 'china' | 'world';
export const viewIds: ViewId[] = ['china', 'world'];

/** A map view: a projection fitted to a fixed viewBox (0 0 width height), drawn at build time. */
export type MapView = {
  id: ViewId;
  label: string;
  width: number;
  height: number;
  /** [x, y] in view units, or undefined when the point is outside the view. */
  project: (lon: number, lat: number) => [number, number] | undefined;
  /** [lon, lat] of a point of the view. */
  unproject: (x: number, y: number) => [number, number] | undefined;
  /** Scale of the circle markers: radius = markerScale × √mentions, so that area is proportional to mentions. */
  markerScale: number;
  /** The smallest radius of a marker's clickable area, in view units. */
  hitRadius: number;
};

export type ViewGeometry = { land: string; borders: string };

type Countries = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;
const world110 = countries110m as unknown as Countries;
const world50 = countries50m as unknown as Countries;

/** Antarctica adds bytes and nothing the articles talk about. */
const ANTARCTICA = '010';

function withoutAntarctica(topology: Countries): GeometryCollection<{ name: string }> {
  const countries = topology.objects.countries;
  return { ...countries, geometries: countries.geometries.filter((g) => g.id !== ANTARCTICA) };
}

/**
 * The China view: an Albers-style conic fitted to the whole country, Xinjiang in the west to Heilongjiang in the
 * north-east and Hainan in the south, so that Xinjiang, Chongqing and the coastal cities are all on screen.
 */
const chinaExtent: MultiPoint = {
  type: 'MultiPoint',
  coordinates: [
    [73.5, 39.4],
    [80, 45.5],
    [87.5, 49.2],
    [122.5, 53.6],
    [134.8, 48.3],
    [124, 40],
    [122.5, 29],
    [114, 22],
    [108.6, 18.2],
    [97.5, 21],
  ],
};

const CHINA_WIDTH = 800;
const CHINA_HEIGHT = 600;
const WORLD_WIDTH = 960;

function chinaProjection(): GeoProjection {
  return geoConicEqualArea()
    .parallels([25, 47])
    .rotate([-105, 0])
    .fitExtent(
      [
        [24, 24],
        [CHINA_WIDTH - 24, CHINA_HEIGHT - 24],
      ],
      chinaExtent,
    )
    .clipExtent([
      [0, 0],
      [CHINA_WIDTH, CHINA_HEIGHT],
    ]);
}

/** Equal Earth, cropped above 84°N and below 58°S. */
function worldProjection(): { projection: GeoProjection; height: number } {
  const projection = geoEqualEarth().fitWidth(WORLD_WIDTH, { type: 'Sphere' });
  const top = projection([0, 84])![1];
  const bottom = projection([0, -58])![1];
  const [tx, ty] = projection.translate();
  projection.translate([tx, ty - top]);
  const height = Math.round(bottom - top);
  projection.clipExtent([
    [0, 0],
    [WORLD_WIDTH, height],
  ]);
  return { projection, height };
}

function inside(view: { width: number; height: number }, [x, y]: [number, number]) {
  return x >= 0 && y >= 0 && x <= view.width && y <= view.height;
}

function makeView(id: ViewId): MapView & { projection: GeoProjection } {
  const china = id === 'china';
  const { projection, height } = china ? { projection: chinaProjection(), height: CHINA_HEIGHT } : worldProjection();
  const view = { width: china ? CHINA_WIDTH : WORLD_WIDTH, height };
  return {
    id,
    label: china ? 'China' : 'World',
    ...view,
    projection,
    project: (lon, lat) => {
      const p = projection([lon, lat]);
      return p && inside(view, p) ? [p[0], p[1]] : undefined;
    },
    unproject: (x, y) => projection.invert?.([x, y]) ?? undefined,
    markerScale: china ? 4.5 : 3.6,
    hitRadius: china ? 10 : 9,
  };
}

const views = new Map<ViewId, ReturnType<typeof makeView>>();

export function getView(id: ViewId): MapView {
  let view = views.get(id);
  if (!view) {
    view = makeView(id);
    views.set(id, view);
  }
  return view;
}

/** Detail levels: the full maps on /places, and the small locator maps on place pages. */
export type DetailLevel = 'full' | 'locator';
const details: Record<DetailLevel, Detail> = {
  full: { tolerance: 0.6, minRingSize: 2 },
  locator: { tolerance: 2.2, minRingSize: 8 },
};

function draw(projection: GeoProjection, object: GeoPermissibleObjects, detail: Detail): string {
  const context = new CompactPathContext(detail);
  geoPath(projection, context).pointRadius(0)(object);
  return context.result();
}

const geometries = new Map<string, ViewGeometry>();

/**
 * Land and borders of a view as SVG path data, from Natural Earth via world-atlas (1:110m for the world, 1:50m
 * for China), clipped to the view and simplified for its scale. Computed once per build and view.
 */
export function viewGeometry(id: ViewId, level: DetailLevel = 'full'): ViewGeometry {
  const key = `${id}/${level}`;
  const cached = geometries.get(key);
  if (cached) return cached;
  const view = views.get(id) ?? (getView(id), views.get(id)!);
  const topology = id === 'china' ? world50 : world110;
  const countries = withoutAntarctica(topology);
  // The merged land object draws each coastline once; country borders come from the mesh of shared arcs.
  const land = feature(topology, topology.objects.land);
  const borders = mesh(topology, countries, (a, b) => a !== b);
  const geometry = { land: draw(view.projection, land, details[level]), borders: draw(view.projection, borders, details[level]) };
  geometries.set(key, geometry);
  return geometry;
}
