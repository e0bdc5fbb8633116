import type { Layout } from '@/lib/graph/layout';
import { kindStyle, shapePath } from '@/lib/graph/shapes';
import { entityHref, graphHref } from '@/lib/links';
import { plural } from '@/lib/format';
import './graph.css';

/**
 * An entity page's own neighbourhood: the entity and the entries it is most often named with, as a small graph,
 * drawn from its layout (`neighbourhoodLayout` of lib/graph, which the caller has, to know whether there is one).
 */
export function Neighbourhood({ id, name, layout }: { id: string; name: string; layout: Layout }) {
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  const maxEdge = Math.max(1, ...layout.edges.map((e) => e.weight));
  const [cx, cy] = [layout.width / 2, layout.height / 2];
  return (
    <section aria-labelledby="neighbourhood-heading" className="neighbourhood">
      <h2 id="neighbourhood-heading">Neighbourhood</h2>
      <svg className="graph-svg neighbourhood-svg" viewBox={`0 0 ${layout.width} ${layout.height}`} tabIndex={-1} role="group" aria-label={`${name} and the entries most often named in the same paragraph`}>
        <g className="graph-edges" aria-hidden="true">
          {layout.edges.map((e) => {
            const s = at.get(e.source)!;
            const t = at.get(e.target)!;
            const central = e.source === id || e.target === id;
            return (
              <line key={`${e.source} ${e.target}`} x1={s.x} y1={s.y} x2={t.x} y2={t.y} strokeWidth={Math.round((0.8 + 4 * Math.sqrt(e.weight / maxEdge)) * 10) / 10} className={central ? 'is-central' : 'is-side'} />
            );
          })}
        </g>
        <g className="graph-nodes">
          {layout.nodes.map((n) => {
            const shared = layout.edges.find((e) => (e.source === id && e.target === n.id) || (e.target === id && e.source === n.id))?.weight ?? 0;
            return (
              <a
                key={n.id}
                href={entityHref(n.kind, n.slug)}
                className={`graph-node kind-${n.kind}${n.id === id ? ' is-centre' : ''}`}
                aria-label={n.id === id ? `${n.name} (this page)` : `${n.name} (${kindStyle[n.kind].label.toLowerCase()}): ${plural(shared, 'shared paragraph')}`}
                aria-current={n.id === id ? 'page' : undefined}
              >
                <path d={shapePath(n.kind, n.x, n.y, n.r)} />
              </a>
            );
          })}
        </g>
        <g className="graph-labels" aria-hidden="true">
          {layout.nodes.map((n) => {
            // Each label points away from the centre: to the right of a node on the right, above one at the top…
            const dx = n.x - cx;
            const dy = n.y - cy;
            const side = n.id === id || Math.abs(dx) < 20 ? 'middle' : dx > 0 ? 'start' : 'end';
            const x = side === 'middle' ? n.x : side === 'start' ? n.x + n.r + 5 : n.x - n.r - 5;
            const y = side !== 'middle' ? n.y + 4 : dy < 0 ? n.y - n.r - 5 : n.y + n.r + 13;
            return (
              <text key={n.id} x={x} y={y} textAnchor={side} className="major">
                {n.name.length > 18 ? `${n.name.slice(0, 17)}…` : n.name}
              </text>
            );
          })}
        </g>
      </svg>
      <p className="muted">
        Shape by kind: circle person, square place, diamond organization, triangle theme. <a href={graphHref(id)}>See it in the whole graph</a>
      </p>
    </section>
  );
}
