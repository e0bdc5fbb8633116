import type { Metadata } from 'next';
import { GraphExplorer } from '@/components/graph/GraphExplorer';
import { GraphLegend } from '@/components/graph/GraphLegend';
import { GraphSvg } from '@/components/graph/GraphSvg';
import { GraphTable } from '@/components/graph/GraphTable';
import '@/components/graph/graph.css';
import { plural } from '@/lib/format';
import { getGraphPageData, graphLimits, graphPageExtras } from '@/lib/graph';
import { nodeKinds } from '@/lib/graph/build';
import { kindStyle } from '@/lib/graph/shapes';
import { articleCountWords, getLibrary } from '@/lib/library';
import { dataHref } from '@/lib/links';

export const metadata: Metadata = {
  title: 'The graph of connections',
  description: `People, places, organizations and themes of the ${articleCountWords()} articles, linked when they are named in the same paragraph.`,
};

export default function GraphPage() {
  const lib = getLibrary();
  const { view, layout, neighbours } = getGraphPageData();
  // The filter is by outlet, numbered in the drawing's data-a attributes: bounded whatever the number of articles.
  const { articleNames, degree, filterOutlets, outletIndex } = graphPageExtras(lib, { neighbours });
  const cut = view.totalNodes > view.nodes.length || view.totalEdges > view.edges.length;
  return (
    <div className="page wide graph-page">
      <h1>The graph of connections</h1>
      <p className="lede">
        People, places, organizations and themes, linked when the articles name them in the same paragraph. A thicker
        line means more paragraphs shared; a larger shape, more mentions. Open any node to read every passage that
        names it.
      </p>
      <p>
        {cut
          ? `To stay legible, the graph shows the ${view.nodes.length} most mentioned of ${view.totalNodes} nodes and the ${view.edges.length} strongest of their links (${view.totalEdges} in all; every link shown is shared in at least ${plural(view.minEdgeWeight, 'paragraph')}).`
          : `It shows all ${view.nodes.length} nodes and ${view.edges.length} links.`}{' '}
        The layout is worked out when the site is built, the same every time. The table below lists the same nodes; the{' '}
        <a href={dataHref()}>open data</a> holds every mention.
      </p>
      <a className="skip-graph" href="#graph-table-section">
        Skip the drawing to the table
      </a>
      <GraphExplorer
        svgId="graph"
        tableId="graph-table"
        kinds={nodeKinds.map((kind) => ({ kind, label: kindStyle[kind].plural }))}
        outlets={filterOutlets}
        maxWeight={view.edges[0]?.weight ?? 1}
      />
      <figure className="graph-figure">
        <div className="graph-scroll">
          <GraphSvg layout={layout} id="graph" title="Graph of people, places, organizations and themes; each node is a link to its page" labelled={graphLimits.labelled} degree={degree} articleIndex={outletIndex} />
        </div>
        <figcaption>
          <GraphLegend />
        </figcaption>
      </figure>
      <section id="graph-table-section" aria-labelledby="graph-table-heading" tabIndex={-1}>
        <h2 id="graph-table-heading">The same data as a table</h2>
        <GraphTable id="graph-table" nodes={view.nodes} neighbours={neighbours} articleNames={articleNames} />
      </section>
    </div>
  );
}
