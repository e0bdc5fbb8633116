import { nodeKinds } from '@/lib/graph/build';
import { kindStyle } from '@/lib/graph/shapes';
import { KindIcon } from './KindIcon';

/** What the shapes, sizes and lines mean: each kind by its shape and its colour, never colour alone. */
export function GraphLegend() {
  return (
    <div className="graph-legend">
      <h2 className="visually-hidden">Legend</h2>
      <ul>
        {nodeKinds.map((kind) => (
          <li key={kind}>
            <KindIcon kind={kind} /> {kindStyle[kind].plural} ({kindStyle[kind].shape})
          </li>
        ))}
      </ul>
      <p className="muted">A larger shape is mentioned more often; a thicker line is a pair named together in more paragraphs.</p>
    </div>
  );
}
