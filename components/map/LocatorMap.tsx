import { getLibrary } from '@/lib/library';
import { locatorModel } from '@/lib/map/model';
import './map.css';
import { mapHref } from '@/lib/links';
import { islandName } from '@/lib/islands';
import { StaticIsland } from '@/components/StaticIsland';

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * A small map for a place's page, drawn at build time: the China map for places in China, the world map
 * otherwise, with the place marked. Renders nothing for a place without coordinates (or an unknown slug). A static
 * island (lib/islands.ts): its outline of the land is long, and the payload need not repeat it.
 */
export function LocatorMap({ placeSlug, filled }: { placeSlug: string; filled: boolean }) {
  const model = locatorModel(getLibrary(), placeSlug);
  if (!model) return null;
  const captionId = `locator-${model.place.slug}`;
  return (
    <StaticIsland as="figure" name={islandName.locator(model.place.slug)} filled={filled} className="locator-map" aria-labelledby={captionId}>
      <LocatorDrawing model={model} captionId={captionId} />
    </StaticIsland>
  );
}

/** The map and its caption (drawn only where the island is filled). */
function LocatorDrawing({ model, captionId }: { model: NonNullable<ReturnType<typeof locatorModel>>; captionId: string }) {
  const { view, geometry, place } = model;
  const on = view.id === 'china' ? 'a map of China' : 'a map of the world';
  const x = r1(model.x);
  const y = r1(model.y);
  // Drawn at about a third of the full map's size, so the mark is scaled up to stay visible.
  const scale = view.width / 320;
  return (
    <>
      <svg viewBox={`0 0 ${view.width} ${view.height}`} className="map-svg" role="img" aria-labelledby={captionId}>
        <rect className="map-sea" x={0} y={0} width={view.width} height={view.height} />
        <path className="map-land" d={geometry.land} />
        <path className="map-borders" d={geometry.borders} />
        <circle className="locator-halo" cx={x} cy={y} r={r1(9 * scale)} />
        <circle className="locator-dot" cx={x} cy={y} r={r1(4 * scale)} />
      </svg>
      <figcaption>
        <span id={captionId}>
          {place.name} on {on}.
        </span>{' '}
        <a href={mapHref(view.id)}>All places on the map</a>
      </figcaption>
    </>
  );
}
