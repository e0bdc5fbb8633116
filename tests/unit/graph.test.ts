import { describe, expect, it, vi } from 'vitest';
import { entityKey, passageKey, type EntityKind } from '@/lib/annotate/types';
import type { EntityRef } from '@/lib/ids';
import { cooccurrenceGraph, egoGraph, neighbours, topGraph, type Graph } from '@/lib/graph/build';
import { forceLayout, radialLayout, radiusOf, seededRandom } from '@/lib/graph/layout';
import { shapePath } from '@/lib/graph/shapes';
import { getLibrary } from '@/lib/library';
import { asEntrySlug, entityRef } from '@/lib/ids';

const lib = getLibrary();
const graph = cooccurrenceGraph(lib);

/** Paragraphs (article#p-n) in which a node is named, worked out directly from the library. */
function paragraphsOf(id: string): Set<string> {
  const [kind, slug] = id.split('/') as [string, string];
  if (kind === 'themes') return new Set((lib.passagesByTheme.get(asEntrySlug(slug)) ?? []).map((p) => passageKey(p.article, p.range.passageId)));
  return new Set((lib.mentionsByEntity.get(id as EntityRef<EntityKind>) ?? []).map((m) => passageKey(m.article, m.passageId)));
}

describe('the co-occurrence graph', () => {
  it('has a node for every mentioned entity and every theme with passages, weighted by mentions or passages', () => {
    const mentioned = [...lib.mentionsByEntity.keys()];
    const themed = lib.themes.filter((t) => (lib.passagesByTheme.get(t.slug) ?? []).length > 0);
    expect(graph.nodes).toHaveLength(mentioned.length + themed.length);
    const china = graph.nodes.find((n) => n.id === entityRef('places', asEntrySlug('china')))!;
    expect(china.weight).toBe(lib.mentionsByEntity.get(entityKey('places', asEntrySlug('china')))!.length);
    expect(china.name).toBe('China');
    expect(graph.nodes.every((n, i) => i === 0 || graph.nodes[i - 1]!.weight >= n.weight)).toBe(true);
  });

  it('links two nodes exactly when they share a paragraph, weighted by the paragraphs shared', () => {
    const ids = graph.nodes.map((n) => n.id);
    const edges = new Map(graph.edges.map((e) => [`${e.source} ${e.target}`, e.weight]));
    let checked = 0;
    for (let i = 0; i < ids.length; i++) {
      const a = paragraphsOf(ids[i]!);
      for (let j = i + 1; j < ids.length; j++) {
        const shared = [...paragraphsOf(ids[j]!)].filter((p) => a.has(p)).length;
        const [s, t] = [ids[i]!, ids[j]!].sort();
        expect(edges.get(`${s} ${t}`) ?? 0, `${s} – ${t}`).toBe(shared);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(graph.edges.every((e) => e.source < e.target)).toBe(true);
  });
});

describe('keeping a large graph legible', () => {
  it('keeps the heaviest nodes and the strongest links among them, and says what it cut', () => {
    const view = topGraph(graph, 40, 60);
    expect(view.nodes).toEqual(graph.nodes.slice(0, 40));
    expect(view.edges.length).toBeLessThanOrEqual(60);
    const kept = new Set(view.nodes.map((n) => n.id));
    expect(view.edges.every((e) => kept.has(e.source) && kept.has(e.target))).toBe(true);
    expect(view.minEdgeWeight).toBe(Math.min(...view.edges.map((e) => e.weight)));
    expect(view.totalNodes).toBe(graph.nodes.length);
    const dropped = graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target) && !view.edges.includes(e));
    expect(dropped.every((e) => e.weight <= view.minEdgeWeight)).toBe(true);
  });

  it('an entity’s neighbourhood is the entity first and its strongest neighbours', () => {
    const ego = egoGraph(graph, 'places/chongqing', 5);
    expect(ego.nodes[0]!.id).toBe('places/chongqing');
    expect(ego.nodes.length).toBe(6);
    const strongest = neighbours(graph).get('places/chongqing')!.slice(0, 5).map((n) => n.id);
    expect(ego.nodes.slice(1).map((n) => n.id).sort()).toEqual(strongest.sort());
    expect(egoGraph(graph, 'places/nowhere').nodes).toEqual([]);
  });
});

describe('the layout', () => {
  const small: Graph = { nodes: graph.nodes.slice(0, 60), edges: topGraph(graph, 60, 200).edges };

  it('is the same on every run, whatever Math.random says (its randomness is seeded)', () => {
    const a = forceLayout(small);
    expect(forceLayout(small)).toEqual(a);
    const spy = vi.spyOn(Math, 'random').mockImplementation(seededRandom(99));
    try {
      expect(forceLayout(small)).toEqual(a);
    } finally {
      spy.mockRestore();
    }
  });

  it('fits every node inside the box', () => {
    const { nodes, width, height } = forceLayout(small, { width: 800, height: 500 });
    for (const n of nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(800);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(500);
    }
    expect([width, height]).toEqual([800, 500]);
  });

  it('sizes nodes by weight and puts a neighbourhood on a circle round its centre', () => {
    expect(radiusOf(1, 100)).toBeLessThan(radiusOf(50, 100));
    expect(radiusOf(100, 100)).toBe(22);
    const star = radialLayout(egoGraph(graph, 'places/chongqing', 6), { width: 300, height: 200 });
    const [centre, ...others] = star.nodes;
    expect([centre!.x, centre!.y]).toEqual([150, 100]);
    // On an ellipse round the centre, leaving room for the labels at either side (at least 40 units wide).
    for (const n of others) expect(((n.x - 150) / 40) ** 2 + ((n.y - 100) / 70) ** 2).toBeCloseTo(1, 1);
    expect(others.length).toBe(6);
  });

  it('a seeded generator repeats itself and stays in [0, 1)', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const values = Array.from({ length: 100 }, () => a());
    expect(values).toEqual(Array.from({ length: 100 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});

describe('shapes', () => {
  it('draws each kind as a different closed shape', () => {
    const paths = (['people', 'places', 'organizations', 'themes'] as const).map((k) => shapePath(k, 10, 10, 5));
    expect(new Set(paths.map((p) => p.replace(/[-\d. ]+/g, ''))).size).toBe(4);
    for (const p of paths) expect(p).toMatch(/^M.*Z$/);
  });
});

describe('labels', () => {
  it('chooses the heaviest nodes whose labels neither overlap nor leave the box', async () => {
    const { labelledNodes } = await import('@/lib/graph/layout');
    const layout = forceLayout(topGraph(graph, 80, 200));
    const ids = labelledNodes(layout, 20);
    expect(ids.size).toBeGreaterThan(5);
    expect(ids.size).toBeLessThanOrEqual(20);
    const crowded = { width: 200, height: 200, edges: [], nodes: ['Alpha', 'Beta', 'Gamma'].map((name, i) => ({ id: entityRef('people', asEntrySlug(String(i))), kind: 'people' as const, slug: asEntrySlug(String(i)), name, weight: 3 - i, articles: [], x: 100, y: 100 + i, r: 4 })) };
    expect([...labelledNodes(crowded, 5)]).toEqual(['people/0']);
  });
});
