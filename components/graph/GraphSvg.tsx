import { labelledNodes, type Layout } from '@/lib/graph/layout';
import { kindStyle, shapePath } from '@/lib/graph/shapes';
import { entityHref } from '@/lib/links';
import { plural } from '@/lib/format';
import { attrs, esc } from './markup';

/** Edge thickness: 1 to 6 units, by the square root of the number of shared paragraphs. */
const strokeOf = (weight: number, max: number) => Math.round((1 + 5 * Math.sqrt(weight / Math.max(1, max))) * 10) / 10;
/** Whole units are precise enough on a 1000-unit-wide drawing. */
const at = (n: number) => Math.round(n);

/**
 * A graph drawn on the server as SVG, readable without JavaScript: links (aria-hidden, the table says the same),
 * nodes as links to their pages (so every node is reachable by keyboard and opens with Enter), and a label layer
 * on top. At most `labelled` nodes (the heaviest whose labels do not collide) always show their name; the others
 * show it on hover or focus (see GraphExplorer). Data attributes carry what the client filters need, so the data
 * is not shipped twice: nodes by their order (an edge's data-s and data-t), the filter's groups (the outlets) by
 * their number in the page's list. The contents are written as one string (./markup.ts), so that the page's
 * size stays bounded by the number of nodes and links drawn.
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
  /** article slug → the number of its group (its outlet) in the client's filter; null for no filter. */
  articleIndex: Map<string, number> | null;
}) {
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const index = new Map(layout.nodes.map((n, i) => [n.id, i]));
  const major = labelledNodes(layout, labelled);
  const groupsOf = (slugs: string[]) =>
    articleIndex ? [...new Set(slugs.map((s) => articleIndex.get(s)).filter((n) => n !== undefined))].sort((a, b) => a - b).join(' ') : undefined;
  const maxEdge = Math.max(1, ...layout.edges.map((e) => e.weight));
  const edges = layout.edges
    .map((e) => {
      const s = byId.get(e.source)!;
      const t = byId.get(e.target)!;
      const a = { x1: at(s.x), y1: at(s.y), x2: at(t.x), y2: at(t.y), 'stroke-width': strokeOf(e.weight, maxEdge), 'data-s': index.get(e.source), 'data-t': index.get(e.target), 'data-w': e.weight, 'data-a': groupsOf(e.articles) };
      return `<line${attrs(a)}/>`;
    })
    .join('');
  const nodes = layout.nodes
    .map((n) => {
      const label = `${n.name} (${kindStyle[n.kind].label.toLowerCase()}): ${plural(n.weight, n.kind === 'themes' ? 'passage' : 'mention')}, ${plural(degree.get(n.id) ?? 0, 'link')}`;
      const a = { href: entityHref(n.kind, n.slug), class: `graph-node kind-${n.kind}`, 'data-id': n.id, 'data-kind': n.kind, 'data-a': groupsOf(n.articles), 'aria-label': label };
      return `<a${attrs(a)}><path d='${esc(shapePath(n.kind, n.x, n.y, n.r))}'/></a>`;
    })
    .join('');
  const labels = layout.nodes
    .map((n) => `<text${attrs({ x: at(n.x), y: at(n.y - n.r - 4), 'text-anchor': 'middle', class: major.has(n.id) ? 'major' : undefined })}>${esc(n.name)}</text>`)
    .join('');
  const markup = `<g class='graph-edges' aria-hidden='true'>${edges}</g><g class='graph-nodes'>${nodes}</g><g class='graph-labels' aria-hidden='true'>${labels}</g>`;
  return (
    // tabIndex -1: Chromium would otherwise make the <svg> itself a tab stop before its first node.
    <svg id={id} className="graph-svg" viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-label={title} tabIndex={-1} dangerouslySetInnerHTML={{ __html: markup }} />
  );
}
