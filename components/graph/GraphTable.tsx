import type { GraphNode } from '@/lib/graph/build';
import { kindStyle } from '@/lib/graph/shapes';
import { entityHref } from '@/lib/links';

/** The same nodes as the drawing, as a table: each node, its kind, weight, articles and strongest links. */
export function GraphTable({
  id,
  nodes,
  neighbours,
  articleNames,
}: {
  id: string;
  nodes: GraphNode[];
  neighbours: Map<string, { id: string; weight: number }[]>;
  articleNames: Map<string, string>;
}) {
  const byId = new Map<string, GraphNode>(nodes.map((n) => [n.id, n]));
  return (
    <div className="graph-table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
      <table id={id} className="graph-table">
        <caption id={`${id}-caption`}>The nodes of the graph, most mentioned first, with their strongest links (paragraphs shared)</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col">Mentions</th>
            <th scope="col">Articles</th>
            <th scope="col">Strongest links</th>
          </tr>
        </thead>
        <tbody>
          {nodes.map((n) => {
            const links = neighbours.get(n.id) ?? [];
            return (
              <tr key={n.id} data-id={n.id}>
                <th scope="row">
                  <a href={entityHref(n.kind, n.slug)}>{n.name}</a>
                </th>
                <td>{kindStyle[n.kind].label}</td>
                <td className="num">{n.weight}</td>
                <td>{n.articles.length > 6 ? `${n.articles.length} articles` : n.articles.map((a) => articleNames.get(a) ?? a).join(', ')}</td>
                <td>
                  {links.length === 0
                    ? '—'
                    : links.slice(0, 5).map((l, i) => {
                        const other = byId.get(l.id)!;
                        return (
                          <span key={l.id}>
                            {i > 0 ? ', ' : ''}
                            <a href={entityHref(other.kind, other.slug)}>{other.name}</a> ({l.weight})
                          </span>
                        );
                      })}
                  {links.length > 5 ? `, and ${links.length - 5} more` : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
