import { getLibrary } from '@/lib/library';
import { placesMapModel, type MapModel } from '@/lib/map/model';
import { mentionsPerArticle, placeLabels } from '@/lib/map/labels';
import { MapMarker } from './MapMarker';
import { MapTapCards } from './MapTapCards';
import './map.css';
import type { EntrySlug } from '@/lib/ids';

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The legend: HTML under the map (inside its frame), so that its words keep the body's small size on a phone
 * instead of shrinking with the drawing. Each swatch is the marker's true size at the map's current width
 * (`cqw` of the frame), never smaller than 6 px so that the one-mention swatch stays visible.
 */
function MapLegend({ model }: { model: MapModel }) {
  const { legend, view } = model;
  return (
    <p className="map-legend">
      <span className="map-legend-title">Mentions</span>
      {legend.map(({ mentions, r }) => (
        <span key={mentions} className="map-legend-item">
          <span className="map-legend-swatch" style={{ '--d': Math.round(((2 * r) / view.width) * 100000) / 1000 } as React.CSSProperties} />
          {mentions}
        </span>
      ))}
    </p>
  );
}

function MapView({ model, counts }: { model: MapModel; counts: (slug: EntrySlug) => string }) {
  const { view, geometry, markers, chinaFrame } = model;
  const labels = placeLabels(markers, view);
  const pct = (n: number) => `${Math.round(n * 10000) / 100}%`;
  const captionId = `map-${view.id}-caption`;
  const where = view.id === 'china' ? 'in China' : 'outside China, and China as a whole';
  return (
    <figure id={`map-${view.id}`} className="map-view" data-view={view.id} aria-labelledby={captionId}>
      <figcaption id={captionId}>
        <strong>{view.label} map:</strong> {markers.length} places {where}. Circle area shows how often the articles
        mention a place.
      </figcaption>
      <div className="map-frame">
        <div className="map-canvas">
          <svg
            viewBox={`0 0 ${view.width} ${view.height}`}
            className="map-svg"
            role="group"
            aria-label={`${view.label} map: ${markers.length} places, each a link to its page`}
          >
            <rect className="map-sea" x={0} y={0} width={view.width} height={view.height} aria-hidden="true" />
            <path className="map-land" d={geometry.land} aria-hidden="true" />
            <path className="map-borders" d={geometry.borders} aria-hidden="true" />
            {chinaFrame ? (
              <>
                {/* The link is the label alone: the frame's middle belongs to the China marker. */}
                <a href="#map-china" className="map-frame-link" aria-label="Show the China map">
                  <text x={r1(chinaFrame.x + chinaFrame.width)} y={r1(chinaFrame.y - 6)} textAnchor="end" className="map-frame-text">
                    China map →
                  </text>
                </a>
                <rect
                  x={r1(chinaFrame.x)}
                  y={r1(chinaFrame.y)}
                  width={r1(chinaFrame.width)}
                  height={r1(chinaFrame.height)}
                  className="map-china-frame"
                  aria-hidden="true"
                />
              </>
            ) : null}
            <g className="map-leaders" aria-hidden="true">
              {markers
                .filter((m) => Math.hypot(m.x - m.anchor[0], m.y - m.anchor[1]) > 1)
                .map((m) => (
                  <g key={m.slug}>
                    <line x1={r1(m.anchor[0])} y1={r1(m.anchor[1])} x2={r1(m.x)} y2={r1(m.y)} />
                    <circle cx={r1(m.anchor[0])} cy={r1(m.anchor[1])} r={1.6} />
                  </g>
                ))}
            </g>
            {markers.map((m) => (
              <MapMarker key={m.slug} marker={m} counts={counts(m.slug)} />
            ))}
          </svg>
          {/* The main places' names, always shown: HTML over the map, so that they keep their size on any screen. */}
          <div className="map-labels" aria-hidden="true">
            {labels.map((l) => (
              <span
                key={l.slug}
                className={`map-city map-city-${l.side}`}
                style={{ left: pct(l.x / view.width), top: pct(l.y / view.height), '--r': r1((markers.find((m) => m.slug === l.slug)?.r ?? 0) / view.width) } as React.CSSProperties}
              >
                {l.name}
              </span>
            ))}
          </div>
        </div>
        <MapLegend model={model} />
      </div>
    </figure>
  );
}

/**
 * The map of /places, drawn at build time as inline SVG: no tiles, no script, no request to anyone. A China
 * view (shown first) and a world view; the links above them switch views without JavaScript (CSS :target).
 * Every marker is a link to its place's page; the list below the map holds the same places.
 */
export function PlacesMap() {
  const lib = getLibrary();
  const models = placesMapModel(lib);
  // Summed by outlet: one figure per outlet, not per article, so that the map does not grow with the library (with
  // one article per outlet, as in the four articles, the two are the same).
  const counts = (slug: EntrySlug) => {
    const byOutlet = new Map<string, number>();
    for (const a of mentionsPerArticle(lib, slug)) byOutlet.set(a.outlet, (byOutlet.get(a.outlet) ?? 0) + a.count);
    return [...byOutlet].map(([outlet, count]) => `${outlet}: ${count}`).join(' · ') || 'Not named in the article text';
  };
  return (
    <section className="places-map" aria-labelledby="map-heading">
      <h2 id="map-heading">Map</h2>
      <p className="map-help">
        Each circle is a place and a link to its page. Hover over a circle, or reach it with the Tab key, to see its
        name and counts; on a touch screen, tap it once to see them. Places that lie on top of one another are drawn side by side, with a line to the true spot.
        The <a href="#places-list-heading">list below the map</a> holds every place on the maps.
      </p>
      <nav className="map-switch" aria-label="Map views">
        <ul>
          {models.map((m) => (
            <li key={m.view.id}>
              <a href={`#map-${m.view.id}`} data-view={m.view.id}>
                {m.view.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {models.map((m) => (
        <MapView key={m.view.id} model={m} counts={counts} />
      ))}
      <MapTapCards />
      <p className="map-credit">Map data: Natural Earth (public domain), via the world-atlas package.</p>
    </section>
  );
}
