import { labelledNodes, type Layout } from '@/lib/graph/layout';
import { kindStyle, shapePath } from '@/lib/graph/shapes';
import { entityHref } from '@/lib/links';
import { plural } from '@/lib/format';

/** Edge thickness: 1 to 6 units, by the square root of the number of shared paragraphs. */
const strokeOf = (weight: number, max: number) => Math.round((1 + 5 * Math.sqrt(weight / Math.max(1, max))) * 10) / 10;

/**
 * A graph drawn on the server as SVG, readable without JavaScript: links (aria-hidden, the table says the same),
 * nodes as links to their pages (so every node is reachable by keyboard and opens with Enter), and a label layer
 * on top. at most `labelled` nodes (the heaviest whose labels do not collide) always show their name; the others show it on hover or focus (see GraphExplorer).
 * Data attributes carry what the client filters need, so the data is not shipped twice: nodes by their order
 * (an edge's data-s and data-t), articles by their number in the page's list.
 */
export function GraphSvg({
  layout,
  id,
  title,
  labelled,
  degree,
  articleIndex,
}: {
  layout: Layout;
  id: string;
  title: string;
  labelled: number;
  degree: Map<string, number>;
  /** article slug → its number in the client's list; null when the library is too large to filter by article. */
  articleIndex: Map<string, number> | null;
}) {
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  const index = new Map(layout.nodes.map((n, i) => [n.id, i]));
  const major = labelledNodes(layout, labelled);
  const articlesOf = (slugs: string[]) => (articleIndex ? slugs.map((s) => articleIndex.get(s)).join(' ') : undefined);
  const maxEdge = Math.max(1, ...layout.edges.map((e) => e.weight));
  return (
    // tabIndex -1: Chromium would otherwise make the <svg> itself a tab stop before its first node.
    <svg id={id} className="graph-svg" viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-label={title} tabIndex={-1}>
      <g className="graph-edges" aria-hidden="true">
        {layout.edges.map((e) => {
          const s = at.get(e.source)!;
          const t = at.get(e.target)!;
          return (
            <line
              key={`${e.source} ${e.target}`}
              x1={s.x}
              y1={s.y}
              x2={t.x}
              y2={t.y}
              strokeWidth={strokeOf(e.weight, maxEdge)}
              data-s={index.get(e.source)}
              data-t={index.get(e.target)}
              data-w={e.weight}
              data-a={articlesOf(e.articles)}
            />
          );
        })}
      </g>
      <g className="graph-nodes">
        {layout.nodes.map((n) => (
          <a
            key={n.id}
            href={entityHref(n.kind, n.slug)}
            className={`graph-node kind-${n.kind}`}
            data-id={n.id}
            data-kind={n.kind}
            data-a={articlesOf(n.articles)}
            aria-label={`${n.name} (${kindStyle[n.kind].label.toLowerCase()}): ${plural(n.weight, n.kind === 'themes' ? 'passage' : 'mention')}, ${plural(degree.get(n.id) ?? 0, 'link')}`}
          >
            <path d={shapePath(n.kind, n.x, n.y, n.r)} />
          </a>
        ))}
      </g>
      <g className="graph-labels" aria-hidden="true">
        {layout.nodes.map((n) => (
          <text key={n.id} x={n.x} y={n.y - n.r - 4} textAnchor="middle" className={major.has(n.id) ? 'major' : undefined}>
            {n.name}
          </text>
        ))}
      </g>
    </svg>
  );
}
