/**
 * Graph benchmark: `tsx scripts/bench/graph.ts [--sizes=4,400,1000]` (run by `npm run bench`).
 *
 * For the real library and synthetic libraries of the build benchmark (scripts/bench/synthetic.ts), prints how long
 * the co-occurrence graph takes to build and lay out (d3-force, seeded) and the weight of what /graph draws (the
 * SVG and the table, rendered as the page renders them; Next.js repeats them once more in the page's RSC payload).
 * A last line lays out a purely random graph of thousands of nodes, to show that the cut to the top nodes
 * (lib/graph/index.ts: graphLimits) keeps the time and the weight flat whatever the size.
 * If out/graph.html exists (a build of the real library), its size is printed too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { GraphSvg } from '../../components/graph/GraphSvg';
import { GraphTable } from '../../components/graph/GraphTable';
import { annotateLibrary } from '../../lib/annotate';
import { loadLibrary } from '../../lib/content/load';
import { neighbours, topGraph, type Graph } from '../../lib/graph/build';
import { graphLimits, graphPageData } from '../../lib/graph';
import { forceLayout, seededRandom } from '../../lib/graph/layout';
import { writeSyntheticContent } from './synthetic';
import { asEntrySlug, entityRef } from '../../lib/ids';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sizes = (process.argv.find((a) => a.startsWith('--sizes='))?.split('=')[1] ?? '4,400,1000').split(',').map(Number);
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

/** The markup /graph draws for a graph: the SVG and the table. */
function pageMarkup(data: ReturnType<typeof graphPageData>, articleNames: Map<string, string>): string {
  const degree = new Map([...data.neighbours.entries()].map(([id, list]) => [id, list.length]));
  return renderToStaticMarkup(
    createElement('div', null, [
      createElement(GraphSvg, { key: 'svg', layout: data.layout, id: 'graph', title: 'graph', labelled: graphLimits.labelled, degree, articleIndex: null }),
      createElement(GraphTable, { key: 'table', id: 'graph-table', nodes: data.view.nodes, neighbours: data.neighbours, articleNames }),
    ]),
  );
}

function measure(label: string, contentDir: string) {
  const lib = annotateLibrary(loadLibrary(contentDir));
  const t0 = performance.now();
  const data = graphPageData(lib);
  const ms = performance.now() - t0;
  const html = pageMarkup(data, new Map(lib.articles.map((a) => [a.slug, a.slug])));
  console.log(
    `  ${label}: ${data.graph.nodes.length} nodes, ${data.graph.edges.length} links; drawn ${data.view.nodes.length} nodes, ${data.view.edges.length} links ` +
      `(links of ≥ ${data.view.minEdgeWeight} shared paragraphs); build + layout ${(ms / 1000).toFixed(2)} s; SVG + table ${kB(html.length)} raw, ${kB(gzipSync(html).length)} gzip`,
  );
}

console.log(`Graph benchmark (at most ${graphLimits.maxNodes} nodes and ${graphLimits.maxEdges} links drawn)`);
for (const size of sizes) {
  if (size <= 4) {
    measure('the real library', path.join(root, 'content'));
    continue;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `sightlines-graph-${size}-`));
  try {
    const summary = writeSyntheticContent(path.join(root, 'content'), dir, size);
    measure(`${summary.articles} articles (synthetic)`, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// Thousands of entities: a random graph (seeded), cut and laid out as /graph would.
const random = seededRandom(1);
const stress: Graph = { nodes: [], edges: [] };
for (let i = 0; i < 5000; i++) stress.nodes.push({ id: entityRef('people', asEntrySlug(`n-${i}`)), kind: 'people', slug: asEntrySlug(`n-${i}`), name: `Node ${i}`, weight: Math.ceil(1000 / (i + 1)), articles: [] });
const seen = new Set<string>();
for (let k = 0; k < 50_000; k++) {
  const [a, b] = [Math.floor(random() ** 2 * 5000), Math.floor(random() * 5000)].sort((x, y) => x - y);
  if (a === b || seen.has(`${a} ${b}`)) continue;
  seen.add(`${a} ${b}`);
  stress.edges.push({ source: entityRef('people', asEntrySlug(`n-${a}`)), target: entityRef('people', asEntrySlug(`n-${b}`)), weight: 1 + Math.floor(random() * 20), articles: [] });
}
stress.edges.sort((x, y) => y.weight - x.weight);
const t0 = performance.now();
const view = topGraph(stress, graphLimits.maxNodes, graphLimits.maxEdges);
const layout = forceLayout(view);
const ms = performance.now() - t0;
const html = pageMarkup({ graph: stress, view, layout, neighbours: neighbours(view) }, new Map());
console.log(
  `  random graph: ${stress.nodes.length} nodes, ${stress.edges.length} links; drawn ${view.nodes.length} nodes, ${view.edges.length} links; cut + layout ${(ms / 1000).toFixed(2)} s; SVG + table ${kB(html.length)} raw, ${kB(gzipSync(html).length)} gzip`,
);

const built = path.join(root, 'out/graph.html');
if (fs.existsSync(built)) {
  const bytes = fs.readFileSync(built);
  console.log(`  out/graph.html (last build): ${kB(bytes.length)} raw, ${kB(gzipSync(bytes).length)} gzip`);
}
