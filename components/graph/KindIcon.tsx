import type { NodeKind } from '@/lib/graph/build';
import { shapePath } from '@/lib/graph/shapes';

/** The shape of a kind at text size, for the legend and the filters. */
export function KindIcon({ kind }: { kind: NodeKind }) {
  return (
    <svg className={`kind-icon kind-${kind}`} viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={shapePath(kind, 10, 10.5, 7)} />
    </svg>
  );
}
