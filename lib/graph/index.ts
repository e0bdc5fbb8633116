import type { AnnotatedLibrary } from '../annotate/types';
import { oncePerProcess } from '../build-cache';
import { getLibrary } from '../library';
import { cooccurrenceGraph, egoGraph, neighbours, topGraph, type Graph, type GraphView } from './build';
import { forceLayout, radialLayout, type Layout } from './layout';
import { articleShortName } from '../entities';
import { outletOptions } from '../indexes/build';

/**
 * How much of the graph /graph draws: at most this many nodes (the most mentioned) and links (the strongest among
 * them). The four articles make about 160 nodes and 500 links, all shown; a synthetic library of a thousand
 * articles is cut to the same size, so the page stays legible and its weight stays flat. The filters are by kind,
 * by outlet (not by article: a list of a thousand is no filter, and would grow the page) and by link strength. The table lists the same
 * nodes; the full graph is in the open data (every mention, so every co-occurrence).
 */
export const graphLimits = { maxNodes: 180, maxEdges: 600, labelled: 30 };

export type GraphPageData = { graph: Graph; view: GraphView; layout: Layout; neighbours: ReturnType<typeof neighbours> };

export function graphPageData(lib: AnnotatedLibrary, limits = graphLimits): GraphPageData {
  const graph = cooccurrenceGraph(lib);
  const view = topGraph(graph, limits.maxNodes, limits.maxEdges);
  return { graph, view, layout: forceLayout(view), neighbours: neighbours(view) };
}

/**
 * What /graph shows beside the drawing: the articles' short names (for the table), each node's number of links,
 * the outlets offered as a filter, and each article's outlet by its number in that list (the drawing's data-a).
 */
export function graphPageExtras(lib: AnnotatedLibrary, data: Pick<GraphPageData, 'neighbours'>) {
  const outlets = outletOptions(lib);
  const outletNumber = new Map(outlets.map((o, i) => [o.value, i]));
  return {
    articleNames: new Map<string, string>(lib.articles.map((a) => [a.slug, articleShortName(a)])),
    degree: new Map([...data.neighbours.entries()].map(([id, list]) => [id, list.length])),
    filterOutlets: outlets.map((o) => ({ value: o.value, name: articleShortName({ outlet: o.label }) })),
    outletIndex: new Map<string, number>(lib.articles.map((a) => [a.slug, outletNumber.get(a.outletSlug)!])),
  };
}

const graphPageOnce = oncePerProcess('graph', graphPageData);

/** The graph of the site's library, built and laid out once per build process. */
export function getGraphPageData(): GraphPageData {
  return graphPageOnce(getLibrary());
}

const fullGraphOf = oncePerProcess('full graph', (lib: AnnotatedLibrary): Graph => cooccurrenceGraph(lib));

/** An entity's neighbourhood, laid out as a small star; empty when it shares no paragraph with anything. */
export function neighbourhoodLayout(id: string, limit = 8): Layout | null {
  const graph = fullGraphOf(getLibrary());
  const ego = egoGraph(graph, id, limit);
  return ego.nodes.length > 1 ? radialLayout(ego) : null;
}

