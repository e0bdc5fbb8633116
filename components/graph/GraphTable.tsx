import type { GraphNode } from '@/lib/graph/build';
import { kindStyle } from '@/lib/graph/shapes';
import { entityHref } from '@/lib/links';
import { attrs, esc } from './markup';

/** "TIME (3), CDT": the articles of a node counted by their short name (the outlet), in the order first met. */
function byOutlet(articles: string[], articleNames: Map<string, string>): string {
  const counts = new Map<string, number>();
  for (const a of articles) {
    const name = articleNames.get(a) ?? a;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([name, n]) => (n > 1 ? `${name} (${n})` : name)).join(', ');
}

/**
 * The same nodes as the drawing, as a table: each node, its kind, weight, articles (by outlet) and strongest
 * links. The rows are written as one string (./markup.ts), so that the page stays bounded by the nodes drawn.
 */
export function GraphTable({
  id,
  nodes,
  neighbours,
  articleNames,
}: {
  id: string;
  nodes: GraphNode[];
  neighbours: Map<string, { id: string; weight: number }[]>;
  /** article slug → its short name (its outlet's). */
  articleNames: Map<string, string>;
}) {
  const byId = new Map<string, GraphNode>(nodes.map((n) => [n.id, n]));
  const link = (n: GraphNode) => `<a${attrs({ href: entityHref(n.kind, n.slug) })}>${esc(n.name)}</a>`;
  const rows = nodes
    .map((n) => {
      const links = neighbours.get(n.id) ?? [];
      const strongest = links.length === 0 ? '—' : links.slice(0, 5).map((l) => `${link(byId.get(l.id)!)} (${l.weight})`).join(', ') + (links.length > 5 ? `, and ${links.length - 5} more` : '');
      return (
        `<tr${attrs({ 'data-id': n.id })}><th scope='row'>${link(n)}</th><td>${esc(kindStyle[n.kind].label)}</td>` +
        `<td class='num'>${n.weight}</td><td>${esc(byOutlet(n.articles, articleNames))}</td><td>${strongest}</td></tr>`
      );
    })
    .join('');
  return (
    <div className="graph-table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
      <table id={id} className="graph-table">
        <caption id={`${id}-caption`}>The nodes of the graph, most mentioned first, with the outlets of the articles that name them and their strongest links (paragraphs shared)</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col">Mentions</th>
            <th scope="col">Articles</th>
            <th scope="col">Strongest links</th>
          </tr>
        </thead>
        <tbody dangerouslySetInnerHTML={{ __html: rows }} />
      </table>
    </div>
  );
}
