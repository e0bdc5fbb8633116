import type { AnnotatedLibrary } from '../annotate/types';
import { entityKey, entityKinds, passageKey } from '../annotate/types';
import type { ArticleSlug, EntityRef, EntrySlug, PassageId, PassageRef } from '../ids';

/**
 * The graph of connections: people, places, organizations and themes as nodes, linked when they are named in
 * the same paragraph (a theme is "named" in the paragraphs its passages stand in), weighted by the number of
 * paragraphs they share. A node's weight is its number of mentions (a theme: its number of passages).
 */
export type NodeKind = 'places' | 'people' | 'organizations' | 'themes';
export const nodeKinds: NodeKind[] = ['people', 'places', 'organizations', 'themes'];

export type GraphNode = { id: EntityRef<NodeKind>; kind: NodeKind; slug: EntrySlug; name: string; weight: number; articles: ArticleSlug[] };
export type GraphEdge = { source: EntityRef<NodeKind>; target: EntityRef<NodeKind>; weight: number; articles: ArticleSlug[] };
export type Graph = { nodes: GraphNode[]; edges: GraphEdge[] };

const byWeight = (a: { weight: number; id?: string; source?: string; target?: string }, b: typeof a) =>
  b.weight - a.weight || `${a.id ?? `${a.source} ${a.target}`}`.localeCompare(`${b.id ?? `${b.source} ${b.target}`}`);

export function cooccurrenceGraph(lib: AnnotatedLibrary): Graph {
  const articleOrder = new Map(lib.articles.map((a, i) => [a.slug, i]));
  const nodes = new Map<EntityRef<NodeKind>, GraphNode & { articleSet: Set<ArticleSlug> }>();
  const members = new Map<PassageRef, { article: ArticleSlug; ids: Set<EntityRef<NodeKind>> }>();
  const add = (id: EntityRef<NodeKind>, kind: NodeKind, slug: EntrySlug, name: string, article: ArticleSlug, passageId: PassageId) => {
    let node = nodes.get(id);
    if (!node) nodes.set(id, (node = { id, kind, slug, name, weight: 0, articles: [], articleSet: new Set() }));
    node.weight++;
    node.articleSet.add(article);
    const key = passageKey(article, passageId);
    let paragraph = members.get(key);
    if (!paragraph) members.set(key, (paragraph = { article, ids: new Set() }));
    paragraph.ids.add(id);
  };
  const names = new Map<EntityRef<NodeKind>, string>();
  for (const kind of entityKinds) for (const e of lib[kind]) names.set(entityKey(kind, e.slug), e.data.name);
  for (const m of lib.mentions) add(entityKey(m.kind, m.slug), m.kind, m.slug, names.get(entityKey(m.kind, m.slug)) ?? m.slug, m.article, m.passageId);
  for (const theme of lib.themes) {
    for (const p of lib.passagesByTheme.get(theme.slug) ?? []) add(entityKey('themes', theme.slug), 'themes', theme.slug, theme.data.name, p.article, p.range.passageId);
  }

  const edges = new Map<string, { source: EntityRef<NodeKind>; target: EntityRef<NodeKind>; weight: number; articleSet: Set<ArticleSlug> }>();
  for (const { article, ids } of members.values()) {
    const list = [...ids].sort();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = `${list[i]} ${list[j]}`;
        let edge = edges.get(key);
        if (!edge) edges.set(key, (edge = { source: list[i]!, target: list[j]!, weight: 0, articleSet: new Set() }));
        edge.weight++;
        edge.articleSet.add(article);
      }
    }
  }
  const sortArticles = (set: Set<ArticleSlug>) => [...set].sort((a, b) => articleOrder.get(a)! - articleOrder.get(b)!);
  return {
    nodes: [...nodes.values()].map(({ articleSet, ...n }) => ({ ...n, articles: sortArticles(articleSet) })).sort(byWeight),
    edges: [...edges.values()].map(({ articleSet, ...e }) => ({ ...e, articles: sortArticles(articleSet) })).sort(byWeight),
  };
}

/** What the graph page shows of a large graph, and what it leaves out. */
export type GraphView = Graph & { totalNodes: number; totalEdges: number; minEdgeWeight: number };

/**
 * Keeps a graph legible at any size: the `maxNodes` heaviest nodes (most mentions), and among them the
 * `maxEdges` heaviest links. The smallest link weight kept is reported, so the page can say what was cut.
 */
export function topGraph(graph: Graph, maxNodes: number, maxEdges: number): GraphView {
  const nodes = graph.nodes.slice(0, maxNodes);
  const kept = new Set(nodes.map((n) => n.id));
  const edges = graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target)).slice(0, maxEdges);
  return { nodes, edges, totalNodes: graph.nodes.length, totalEdges: graph.edges.length, minEdgeWeight: edges.at(-1)?.weight ?? 0 };
}

/** A node and its `limit` strongest neighbours, with the links among them: an entity page's neighbourhood. */
export function egoGraph(graph: Graph, id: string, limit = 8): Graph {
  const centre = graph.nodes.find((n) => n.id === id);
  if (!centre) return { nodes: [], edges: [] };
  const own = graph.edges.filter((e) => e.source === id || e.target === id).slice(0, limit);
  const ids = new Set([id, ...own.map((e) => (e.source === id ? e.target : e.source))]);
  return {
    nodes: [centre, ...graph.nodes.filter((n) => ids.has(n.id) && n.id !== id)],
    edges: graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
  };
}

/** Each node's neighbours, strongest first. */
export function neighbours(graph: Pick<Graph, 'edges'>): Map<string, { id: string; weight: number }[]> {
  const map = new Map<string, { id: string; weight: number }[]>();
  for (const e of graph.edges) {
    (map.get(e.source) ?? map.set(e.source, []).get(e.source)!).push({ id: e.target, weight: e.weight });
    (map.get(e.target) ?? map.set(e.target, []).get(e.target)!).push({ id: e.source, weight: e.weight });
  }
  for (const list of map.values()) list.sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  return map;
}
