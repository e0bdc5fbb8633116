import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import type { Graph, GraphEdge, GraphNode } from './build';

export type PlacedNode = GraphNode & { x: number; y: number; r: number };
export type Layout = { width: number; height: number; nodes: PlacedNode[]; edges: GraphEdge[] };

/** A node's radius: its area grows with its weight (mentions), from 4 to 22 units. */
export function radiusOf(weight: number, maxWeight: number): number {
  return 4 + 18 * Math.sqrt(weight / Math.max(1, maxWeight));
}

/** A small seeded generator (LCG, as d3's own), so that the layout is the same on every build. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => ((state = (1664525 * state + 1013904223) >>> 0) / 4294967296);
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Lays the graph out with d3-force at build time: links pull neighbours together (harder for stronger links),
 * nodes repel one another and never overlap, and a weak pull to the centre keeps isolated nodes in view. The
 * simulation runs a fixed number of ticks with a seeded random source and no timer, so the same graph always
 * gets the same picture. Positions are then fitted into a width × height box.
 */
export function forceLayout(graph: Graph, { width = 1000, height = 700, ticks = 300, seed = 20191218 } = {}): Layout {
  const maxWeight = Math.max(1, ...graph.nodes.map((n) => n.weight));
  const maxEdge = Math.max(1, ...graph.edges.map((e) => e.weight));
  type SimNode = SimulationNodeDatum & { id: string; r: number };
  const simNodes: SimNode[] = graph.nodes.map((n) => ({ id: n.id, r: radiusOf(n.weight, maxWeight) }));
  const simLinks: (SimulationLinkDatum<SimNode> & { weight: number })[] = graph.edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight }));
  const simulation = forceSimulation(simNodes)
    .randomSource(seededRandom(seed))
    .force(
      'link',
      forceLink<SimNode, (typeof simLinks)[number]>(simLinks)
        .id((d) => d.id)
        .distance((l) => 45 + (l.source as SimNode).r + (l.target as SimNode).r)
        .strength((l) => 0.03 + 0.3 * (l.weight / maxEdge)),
    )
    .force('charge', forceManyBody<SimNode>().strength((d) => -90 - 8 * d.r).distanceMax(500))
    .force('collide', forceCollide<SimNode>((d) => d.r + 6).iterations(2))
    .force('x', forceX<SimNode>(0).strength(0.04))
    .force('y', forceY<SimNode>(0).strength(0.06))
    .stop();
  simulation.tick(ticks);

  // Fit into the box, keeping the aspect ratio and a margin for the radii and labels.
  const pad = 30;
  const xs = simNodes.map((n) => n.x ?? 0);
  const ys = simNodes.map((n) => n.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs, 0), Math.max(...xs, 0), Math.min(...ys, 0), Math.max(...ys, 0)];
  const scale = Math.min((width - 2 * pad) / Math.max(1, maxX - minX), (height - 2 * pad) / Math.max(1, maxY - minY), 1.5);
  const offsetX = (width - (maxX - minX) * scale) / 2;
  const offsetY = (height - (maxY - minY) * scale) / 2;
  const placed = new Map(simNodes.map((n) => [n.id, { x: round(offsetX + ((n.x ?? 0) - minX) * scale), y: round(offsetY + ((n.y ?? 0) - minY) * scale), r: round(n.r) }]));
  return { width, height, nodes: graph.nodes.map((n) => ({ ...n, ...placed.get(n.id)! })), edges: graph.edges };
}

/**
 * An entity page's small neighbourhood: the centre in the middle, its neighbours on a circle around it, the
 * strongest first from the top, clockwise. No simulation is needed for a star.
 */
export function radialLayout(graph: Graph, { width = 420, height = 260 } = {}): Layout {
  const maxWeight = Math.max(1, ...graph.nodes.map((n) => n.weight));
  const [centre, ...others] = graph.nodes;
  if (!centre) return { width, height, nodes: [], edges: [] };
  // An ellipse that leaves room for the labels at either side.
  const rx = Math.max(40, width / 2 - 150);
  const ry = height / 2 - 30;
  const nodes: PlacedNode[] = [
    { ...centre, x: width / 2, y: height / 2, r: round(Math.max(8, radiusOf(centre.weight, maxWeight) * 0.8)) },
    ...others.map((n, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / others.length;
      return { ...n, x: round(width / 2 + rx * Math.cos(angle)), y: round(height / 2 + ry * Math.sin(angle)), r: round(Math.max(4, radiusOf(n.weight, maxWeight) * 0.6)) };
    }),
  ];
  return { width, height, nodes, edges: graph.edges };
}

/** A label's box, estimated: about 0.6 em per character of 12-unit text, drawn above its node. */
function labelBox(n: PlacedNode, fontSize = 12) {
  const width = n.name.length * fontSize * 0.6;
  return { left: n.x - width / 2, right: n.x + width / 2, top: n.y - n.r - 4 - fontSize, bottom: n.y - n.r - 2 };
}

/**
 * The nodes whose names are always shown: the heaviest first, at most `max`, skipping any whose label would
 * overlap a label already chosen or run out of the box. The others show their name on hover or focus.
 */
export function labelledNodes(layout: Layout, max: number): Set<string> {
  const chosen: ReturnType<typeof labelBox>[] = [];
  const ids = new Set<string>();
  for (const n of [...layout.nodes].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id))) {
    if (ids.size >= max) break;
    const box = labelBox(n);
    if (box.left < 0 || box.right > layout.width || box.top < 0) continue;
    if (chosen.some((c) => c.left < box.right + 4 && box.left < c.right + 4 && c.top < box.bottom + 2 && box.top < c.bottom + 2)) continue;
    chosen.push(box);
    ids.add(n.id);
  }
  return ids;
}
