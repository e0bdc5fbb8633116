import type { Marker } from '@/lib/map/model';

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * One place on the map: an SVG link to the place's page. Its accessible name and tooltip say the name and the
 * counts; hovering or focusing it shows a focus ring and the same words as a label beside the circle.
 */
export function MapMarker({ marker: m, counts }: { marker: Marker; counts: string }) {
  const x = r1(m.x);
  const y = r1(m.y);
  const labelX = m.labelSide === 'right' ? r1(m.x + m.hitR + 5) : r1(m.x - m.hitR - 5);
  return (
    <a href={m.href} className="map-marker" aria-label={m.label} data-slug={m.slug} data-name={m.name} data-counts={counts}>
      <title>{m.label}</title>
      <circle className="map-marker-hit" cx={x} cy={y} r={r1(m.hitR)} />
      <circle className="map-marker-dot" cx={x} cy={y} r={r1(m.r)} />
      <circle className="map-marker-ring" cx={x} cy={y} r={r1(m.hitR + 3)} />
      <text className="map-marker-label" x={labelX} y={r1(m.y + 5)} textAnchor={m.labelSide === 'right' ? 'start' : 'end'} aria-hidden="true">
        {m.label}
      </text>
    </a>
  );
}
