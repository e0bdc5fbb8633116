import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LocatorMap } from '@/components/map/LocatorMap';
import { PlacesMap } from '@/components/map/PlacesMap';
import { getLibrary } from '@/lib/library';
import {
  isInChina,
  markerLabel,
  markerRadius,
  placePoints,
  separateMarkers,
  viewMarkers,
  viewOf,
  type Marker,
} from '@/lib/map/markers';
import { legendSizes, locatorModel, placesMapModel } from '@/lib/map/model';
import { CompactPathContext, simplifyLine } from '@/lib/map/svg-path';
import { getView, viewGeometry } from '@/lib/map/views';
import { asEntrySlug } from '@/lib/ids';

const library = getLibrary();
const withCoordinates = library.places.filter((p) => p.data.coordinates);
const coordinatesOf = (slug: string) => library.places.find((p) => p.slug === slug)!.data.coordinates!;

describe('projections', () => {
  const china = getView('china');
  const inside = (p: [number, number] | undefined, view = china) =>
    p !== undefined && p[0] > 0 && p[1] > 0 && p[0] < view.width && p[1] < view.height;

  it('puts Chongqing, Xinjiang and the coastal cities inside the China view', () => {
    for (const slug of ['chongqing', 'xinjiang', 'urumqi', 'hotan', 'khorgos', 'beijing', 'shanghai', 'shenzhen', 'hong-kong', 'qingdao', 'rongcheng']) {
      const { lon, lat } = coordinatesOf(slug);
      expect(inside(china.project(lon, lat)), slug).toBe(true);
    }
    // The far corners of the country too: Kashgar in the west, Mohe in the north, Sanya in the south, Fuyuan in the east.
    for (const [lon, lat] of [[75.99, 39.47], [122.53, 52.97], [109.51, 18.25], [134.29, 48.36]] as const) {
      expect(inside(china.project(lon, lat)), `${lon},${lat}`).toBe(true);
    }
  });

  it('keeps north up and east to the right in the China view', () => {
    const chongqing = china.project(106.551, 29.563)!;
    const beijing = china.project(116.407, 39.904)!;
    const urumqi = china.project(87.617, 43.825)!;
    expect(beijing[1]).toBeLessThan(chongqing[1]);
    expect(urumqi[0]).toBeLessThan(chongqing[0]);
  });

  it('leaves out points beyond a view, and undoes its own projection', () => {
    expect(china.project(-0.128, 51.507)).toBeUndefined(); // London
    const world = getView('world');
    expect(inside(world.project(-0.128, 51.507), world)).toBe(true);
    const [x, y] = china.project(106.551, 29.563)!;
    const [lon, lat] = china.unproject(x, y)!;
    expect(lon).toBeCloseTo(106.551, 6);
    expect(lat).toBeCloseTo(29.563, 6);
  });
});

describe('markers', () => {
  const models = placesMapModel(library);
  const all = models.flatMap((m) => m.markers.map((marker) => ({ view: m.view.id, marker })));

  it('gives every place with coordinates exactly one marker, linking to its page', () => {
    expect(withCoordinates.length).toBeGreaterThan(0);
    expect(all.map((x) => x.marker.slug).sort()).toEqual(withCoordinates.map((p) => p.slug).sort());
    for (const { marker } of all) expect(marker.href).toBe(`/places/${marker.slug}`);
  });

  it('puts places in China on the China view, and the rest, with China as a whole, on the world view', () => {
    const viewOfSlug = new Map<string, (typeof all)[number]['view']>(all.map((x) => [x.marker.slug, x.view]));
    expect(viewOfSlug.get('chongqing')).toBe('china');
    expect(viewOfSlug.get('jiangnan-stadium')).toBe('china'); // within Chongqing, within China
    expect(viewOfSlug.get('china')).toBe('world');
    expect(viewOfSlug.get('london')).toBe('world');
    expect(viewOfSlug.get('almaty')).toBe('world');
  });

  it('sizes markers by mentions: area in proportion', () => {
    expect(markerRadius(4, 3)).toBeCloseTo(2 * markerRadius(1, 3));
    expect(markerRadius(9, 3) / markerRadius(1, 3)).toBeCloseTo(3);
    expect(markerRadius(2, 3)).toBeGreaterThan(markerRadius(1, 3));
    for (const { view, markers } of models) {
      for (const a of markers) {
        for (const b of markers) {
          if (a.mentions > b.mentions) expect(a.r, `${view.id}: ${a.slug} > ${b.slug}`).toBeGreaterThan(b.r);
        }
        expect(a.r ** 2 / Math.max(a.mentions, 1)).toBeCloseTo(view.markerScale ** 2);
      }
    }
  });

  it('names each marker with the place and its counts from the annotations', () => {
    const chongqing = all.find((x) => x.marker.slug === 'chongqing')!.marker;
    const mentions = library.mentions.filter((m) => m.kind === 'places' && m.slug === 'chongqing');
    const articles = new Set(mentions.map((m) => m.article)).size;
    expect(chongqing.label).toBe(`Chongqing: ${mentions.length} mentions in ${articles} article${articles === 1 ? '' : 's'}`);
    expect(markerLabel({ name: 'X', mentions: 1, articles: 1 })).toBe('X: 1 mention in 1 article');
  });

  it('draws larger markers first, so that smaller ones stay on top', () => {
    for (const { markers } of models) {
      for (let i = 1; i < markers.length; i++) expect(markers[i]!.r).toBeLessThanOrEqual(markers[i - 1]!.r);
    }
  });

  it('keeps every marker inside its view', () => {
    for (const { view, markers } of models) {
      for (const m of markers) {
        expect(m.x - m.hitR).toBeGreaterThanOrEqual(-1e-9);
        expect(m.y - m.hitR).toBeGreaterThanOrEqual(-1e-9);
        expect(m.x + m.hitR).toBeLessThanOrEqual(view.width + 1e-9);
        expect(m.y + m.hitR).toBeLessThanOrEqual(view.height + 1e-9);
      }
    }
  });

  it('separates places that coincide, so each keeps a clickable spot of its own', () => {
    const zhengzhou = coordinatesOf('zhengzhou');
    const shijiachi = coordinatesOf('shijiachi');
    expect([zhengzhou.lat, zhengzhou.lon]).toEqual([shijiachi.lat, shijiachi.lon]);
    for (const { view, markers } of models) {
      for (let i = 0; i < markers.length; i++) {
        for (let j = i + 1; j < markers.length; j++) {
          const [big, small] = [markers[i]!, markers[j]!];
          const distance = Math.hypot(big.x - small.x, big.y - small.y);
          expect(distance, `${view.id}: ${big.slug} / ${small.slug}`).toBeGreaterThanOrEqual(view.hitRadius + small.hitR - 0.5);
        }
      }
    }
  });

  it('moves markers no further than needed, and not at all when there is room', () => {
    const china = models.find((m) => m.view.id === 'china')!;
    const moved = (slug: string) => {
      const m = china.markers.find((x) => x.slug === slug)!;
      return Math.hypot(m.x - m.anchor[0], m.y - m.anchor[1]);
    };
    expect(moved('xinjiang')).toBeLessThan(0.5);
    expect(moved('chongqing')).toBeLessThan(china.view.hitRadius);
    expect(moved('jialing-river')).toBeLessThan(4 * china.view.hitRadius);
  });

  it('lays out the same markers the same way every time, whatever the input order', () => {
    const view = getView('china');
    const points = placePoints(library);
    const once = viewMarkers(view, points);
    const again = viewMarkers(view, [...points].reverse());
    expect(again).toEqual(once);
  });

  it('fans out markers at exactly the same point', () => {
    const view = { width: 200, height: 200, hitRadius: 10 };
    const at = (slug: string): Marker => ({ slug: asEntrySlug(slug), name: slug, href: '', mentions: 1, articles: 1, label: slug, anchor: [100, 100], x: 100, y: 100, r: 4, hitR: 10, labelSide: 'right' });
    const placed = separateMarkers([at('a'), at('b'), at('c')], view);
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        expect(Math.hypot(placed[i]!.x - placed[j]!.x, placed[i]!.y - placed[j]!.y)).toBeGreaterThanOrEqual(19.5);
      }
    }
  });

  it('finds places in China by following `within`, and survives a loop', () => {
    const within = new Map<string, string | undefined>([
      ['china', undefined],
      ['chongqing', 'china'],
      ['stadium', 'chongqing'],
      ['london', 'uk'],
      ['uk', undefined],
      ['loop-a', 'loop-b'],
      ['loop-b', 'loop-a'],
    ]);
    expect(isInChina('stadium', within)).toBe(true);
    expect(isInChina('china', within)).toBe(true);
    expect(isInChina('london', within)).toBe(false);
    expect(isInChina('loop-a', within)).toBe(false);
    expect(viewOf({ slug: asEntrySlug('china'), inChina: true })).toBe('world');
    expect(viewOf({ slug: asEntrySlug('stadium'), inChina: true })).toBe('china');
  });

  it('shows one mention, the largest count and a round number between in the legend', () => {
    expect(legendSizes([1, 3, 15, 2])).toEqual([1, 5, 15]);
    expect(legendSizes([69, 1, 9])).toEqual([1, 10, 69]);
    expect(legendSizes([1, 1])).toEqual([1]);
    expect(legendSizes([])).toEqual([1]);
  });
});

describe('map geometry', () => {
  it('simplifies lines, keeping their ends and corners', () => {
    const line: [number, number][] = [[0, 0], [1, 0.01], [2, 0], [3, 0], [3, 5]];
    expect(simplifyLine(line, 0.5)).toEqual([[0, 0], [3, 0], [3, 5]]);
    expect(simplifyLine([[0, 0], [1, 1]], 0.5)).toEqual([[0, 0], [1, 1]]);
  });

  it('writes compact relative path data, and drops rings too small to see', () => {
    const context = new CompactPathContext({ tolerance: 0.5, minRingSize: 2 });
    context.moveTo(10, 10);
    context.lineTo(20, 10);
    context.lineTo(20, 20);
    context.lineTo(10, 20);
    context.closePath();
    context.moveTo(50, 50);
    context.lineTo(50.5, 50);
    context.lineTo(50.5, 50.5);
    context.closePath();
    context.moveTo(0, 0);
    context.lineTo(3.4, 4.6);
    expect(context.result()).toBe('M10 10h10v10h-10zM0 0l3 5');
  });

  it('draws land and borders for each view, smaller for the locator maps', () => {
    for (const id of ['china', 'world'] as const) {
      const full = viewGeometry(id, 'full');
      const locator = viewGeometry(id, 'locator');
      for (const d of [full.land, full.borders, locator.land, locator.borders]) {
        expect(d.length).toBeGreaterThan(500);
        expect(d).toMatch(/^M[-\d]/);
        expect(d).toMatch(/^[MmLlHhVvZz\d\s-]+$/);
      }
      expect(locator.land.length).toBeLessThan(full.land.length);
    }
  });
});

describe('map components', () => {
  it('renders every marker as a named link inside the SVG', () => {
    const html = renderToStaticMarkup(createElement(PlacesMap));
    const links = [...html.matchAll(/<a href="(\/places\/[a-z0-9-]+)" class="map-marker" aria-label="([^"]+)"/g)];
    expect(links.map((l) => l[1]).sort()).toEqual(withCoordinates.map((p) => `/places/${p.slug}`).sort());
    expect(html).toContain('aria-label="Chongqing: ');
    expect(html).toContain('id="map-china"');
    expect(html).toContain('id="map-world"');
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it('draws a locator map on the right view, and nothing without coordinates', () => {
    expect(locatorModel(library, 'chongqing')!.view.id).toBe('china');
    expect(locatorModel(library, 'london')!.view.id).toBe('world');
    expect(locatorModel(library, 'china')!.view.id).toBe('world');
    expect(locatorModel(library, 'no-such-place')).toBeUndefined();
    const withoutCoordinates = {
      ...library,
      places: library.places.map((p) => (p.slug === 'chongqing' ? { ...p, data: { ...p.data, coordinates: undefined } } : p)),
    };
    expect(locatorModel(withoutCoordinates, 'chongqing')).toBeUndefined();

    const html = renderToStaticMarkup(createElement(LocatorMap, { placeSlug: 'chongqing', filled: true }));
    expect(html).toContain('<svg');
    expect(html).toContain('Chongqing on a map of China.');
    expect(html).toContain('href="/places#map-china"');
    expect(renderToStaticMarkup(createElement(LocatorMap, { placeSlug: 'no-such-place', filled: true }))).toBe('');
  });
});
