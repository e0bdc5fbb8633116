import type { NodeKind } from './build';

/** Each kind has its own shape as well as its own colour, so the legend never relies on colour alone. */
export const kindStyle: Record<NodeKind, { label: string; plural: string; shape: string }> = {
  people: { label: 'Person', plural: 'People', shape: 'circle' },
  places: { label: 'Place', plural: 'Places', shape: 'square' },
  organizations: { label: 'Organization', plural: 'Organizations', shape: 'diamond' },
  themes: { label: 'Theme', plural: 'Themes', shape: 'triangle' },
};

const f = (n: number) => Math.round(n * 10) / 10;

/** The SVG path of a node's shape, centred on (x, y), of about the area of a circle of radius r. */
export function shapePath(kind: NodeKind, x: number, y: number, r: number): string {
  switch (kind) {
    case 'people':
      return `M${f(x - r)} ${f(y)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0Z`;
    case 'places': {
      const s = r * 0.89;
      return `M${f(x - s)} ${f(y - s)}h${f(2 * s)}v${f(2 * s)}h${f(-2 * s)}Z`;
    }
    case 'organizations': {
      const s = r * 1.25;
      return `M${f(x)} ${f(y - s)}L${f(x + s)} ${f(y)}L${f(x)} ${f(y + s)}L${f(x - s)} ${f(y)}Z`;
    }
    case 'themes': {
      const s = r * 1.35;
      return `M${f(x)} ${f(y - s)}L${f(x + s * 0.866)} ${f(y + s * 0.5)}L${f(x - s * 0.866)} ${f(y + s * 0.5)}Z`;
    }
  }
}
