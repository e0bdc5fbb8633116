'use client';

import { useEffect, useMemo, useState } from 'react';

type Kind = 'people' | 'places' | 'organizations' | 'themes';
type Props = {
  /** The id of the server-rendered <svg> to work on, and of the table that lists the same nodes. */
  svgId: string;
  tableId: string;
  kinds: { kind: Kind; label: string }[];
  /**
   * The outlets to filter by, numbered as the drawing's data-a attributes number them; empty for none. By outlet
   * rather than by article, so that the page stays the same size whatever the number of articles.
   */
  outlets: { value: string; name: string }[];
  maxWeight: number;
};

/** `articles`: the numbers of the outlets of the articles that name the node (or share the link). */
type NodeInfo = { id: string; name: string; kind: string; articles: number[]; el: SVGAElement };
type EdgeInfo = { source: string; target: string; weight: number; articles: number[]; el: SVGLineElement };

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The graph's controls, for the server-rendered SVG: filter by kind and outlet, a minimum link strength, a
 * search that highlights matching nodes, and, on hover or focus, a node's name and its neighbours. It reads the
 * nodes and links from the SVG's data attributes and only toggles classes, so the drawing stays the server's.
 * Without JavaScript the controls stay invisible (they keep their place) and the graph and its table still read in full.
 */
type Model = { nodes: Map<string, NodeInfo>; edges: EdgeInfo[]; labels: Map<string, Element>; rows: Map<string, HTMLElement> };

/** Reads the nodes and links from the drawing (nodes, and their labels, in the same order) and the table's rows. */
function readModel(svg: Element, table: Element | null): Model {
  const numbers = (el: Element) => (el.getAttribute('data-a') ?? '').split(' ').filter(Boolean).map(Number);
  const labelEls = [...svg.querySelectorAll('.graph-labels text')];
  const nodeEls = [...svg.querySelectorAll<SVGAElement>('a.graph-node')];
  const nodes = new Map<string, NodeInfo>();
  const labels = new Map<string, Element>();
  nodeEls.forEach((el, i) => {
    const id = el.dataset.id!;
    nodes.set(id, { id, name: labelEls[i]?.textContent ?? id, kind: el.dataset.kind ?? '', articles: numbers(el), el });
    if (labelEls[i]) labels.set(id, labelEls[i]);
  });
  const edges: EdgeInfo[] = [];
  svg.querySelectorAll<SVGLineElement>('line[data-s]').forEach((el) => {
    const source = nodeEls[Number(el.dataset.s)]?.dataset.id;
    const target = nodeEls[Number(el.dataset.t)]?.dataset.id;
    if (source && target) edges.push({ source, target, weight: Number(el.dataset.w), articles: numbers(el), el });
  });
  const rows = new Map([...(table?.querySelectorAll<HTMLElement>('tr[data-id]') ?? [])].map((el) => [el.dataset.id!, el]));
  return { nodes, edges, labels, rows };
}

export function GraphExplorer({ svgId, tableId, kinds, outlets, maxWeight }: Props) {
  const [model, setModel] = useState<Model | null>(null);
  const [shownKinds, setShownKinds] = useState<Set<Kind>>(() => new Set(kinds.map((k) => k.kind)));
  const [outlet, setOutlet] = useState('');
  const outletNumber = outlet === '' ? -1 : outlets.findIndex((o) => o.value === outlet);
  const [minWeight, setMinWeight] = useState(1);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState<string | null>(null);

  // Read the drawing once; follow hover and focus on it.
  useEffect(() => {
    const svg = document.getElementById(svgId);
    if (!svg) return;
    const read = readModel(svg, document.getElementById(tableId));
    const nodeOf = (target: EventTarget | null) => (target instanceof Element ? (target.closest('a.graph-node') as SVGAElement | null) : null);
    const enter = (event: Event) => {
      const node = nodeOf(event.target);
      if (node) setActive(node.dataset.id!);
    };
    const leave = (event: FocusEvent) => {
      if (!nodeOf(event.relatedTarget)) setActive(null);
    };
    const away = () => {
      if (!svg.contains(document.activeElement)) setActive(null);
    };
    svg.addEventListener('mouseover', enter);
    svg.addEventListener('focusin', enter);
    svg.addEventListener('focusout', leave);
    svg.addEventListener('mouseleave', away);
    const focus = new URLSearchParams(window.location.search).get('focus');
    svg.classList.add('is-interactive');
    // On a narrow screen the drawing scrolls sideways: start at its middle, where the most connected nodes are.
    const scroller = svg.parentElement;
    if (scroller && scroller.scrollWidth > scroller.clientWidth) scroller.scrollLeft = (scroller.scrollWidth - scroller.clientWidth) / 2;
    // The drawing is the server's; the component can only read it once it is in the document.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setModel(read);
    if (focus && read.nodes.has(focus)) setActive(focus);
    return () => {
      svg.removeEventListener('mouseover', enter);
      svg.removeEventListener('focusin', enter);
      svg.removeEventListener('focusout', leave);
      svg.removeEventListener('mouseleave', away);
    };
  }, [svgId, tableId]);

  const folded = fold(query.trim());

  // What the filters, the search and the active node leave on show.
  const view = useMemo(() => {
    const visible = new Set<string>();
    const edgesShown = new Set<EdgeInfo>();
    const near = new Map<string, number>();
    const matches = new Set<string>();
    if (!model) return { visible, edgesShown, near, matches, neighbours: [] as { name: string; weight: number }[] };
    for (const n of model.nodes.values()) if (shownKinds.has(n.kind as Kind) && (outletNumber < 0 || n.articles.includes(outletNumber))) visible.add(n.id);
    for (const e of model.edges) {
      if (!visible.has(e.source) || !visible.has(e.target) || e.weight < minWeight || (outletNumber >= 0 && !e.articles.includes(outletNumber))) continue;
      edgesShown.add(e);
      if (active !== null && (e.source === active || e.target === active)) near.set(e.source === active ? e.target : e.source, e.weight);
    }
    if (folded) for (const id of visible) if (fold(model.nodes.get(id)!.name).includes(folded)) matches.add(id);
    const neighbours = [...near.entries()]
      .map(([id, weight]) => ({ name: model.nodes.get(id)?.name ?? id, weight }))
      .sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name));
    return { visible, edgesShown, near, matches, neighbours };
  }, [model, shownKinds, outletNumber, minWeight, folded, active]);

  // Show it on the drawing and in the table.
  useEffect(() => {
    if (!model) return;
    const { visible, edgesShown, near, matches } = view;
    for (const n of model.nodes.values()) {
      const show = visible.has(n.id);
      const isNear = near.has(n.id) || n.id === active;
      n.el.classList.toggle('is-hidden', !show);
      n.el.classList.toggle('is-match', matches.has(n.id));
      n.el.classList.toggle('is-near', isNear);
      n.el.classList.toggle('is-active', n.id === active);
      const label = model.labels.get(n.id);
      label?.classList.toggle('is-hidden', !show);
      label?.classList.toggle('is-shown', matches.has(n.id) || isNear);
      model.rows.get(n.id)?.toggleAttribute('hidden', !show);
    }
    for (const e of model.edges) {
      e.el.classList.toggle('is-hidden', !edgesShown.has(e));
      e.el.classList.toggle('is-near', edgesShown.has(e) && (e.source === active || e.target === active));
    }
    const svg = document.getElementById(svgId);
    svg?.classList.toggle('has-query', folded !== '');
    svg?.classList.toggle('has-active', active !== null && visible.has(active));
  }, [model, view, active, folded, svgId]);

  // Until the drawing is read, the controls keep their place but stay invisible (and out of the tab order), so
  // that nothing below them moves when they become usable.
  const activeNode = model && active ? model.nodes.get(active) : undefined;
  const total = model?.nodes.size ?? 0;
  const summary = { shown: view.visible.size, matches: view.matches.size, neighbours: view.neighbours };
  const toggleKind = (kind: Kind) =>
    setShownKinds((current) => {
      const next = new Set(current);
      if (next.has(kind)) next.delete(kind);
      else next.add(kind);
      return next;
    });
  const reset = () => {
    setShownKinds(new Set(kinds.map((k) => k.kind)));
    setOutlet('');
    setMinWeight(1);
    setQuery('');
  };

  return (
    <div className={model ? 'graph-controls' : 'graph-controls is-pending'}>
      <fieldset>
        <legend>Show</legend>
        {kinds.map((k) => (
          <label key={k.kind} className={`graph-kind kind-${k.kind}`}>
            <input type="checkbox" checked={shownKinds.has(k.kind)} onChange={() => toggleKind(k.kind)} /> {k.label}
          </label>
        ))}
      </fieldset>
      <div className="graph-fields">
        {outlets.length > 1 ? (
          <label>
            Named in{' '}
            <select value={outlet} onChange={(e) => setOutlet(e.target.value)} id="graph-outlet">
              <option value="">any outlet</option>
              {outlets.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label>
          Links shared in at least{' '}
          <select value={minWeight} onChange={(e) => setMinWeight(Number(e.target.value))} id="graph-min-weight">
            {[1, 2, 3, 5, 8, 13].filter((w) => w === 1 || w <= maxWeight).map((w) => (
              <option key={w} value={w}>
                {w} {w === 1 ? 'paragraph' : 'paragraphs'}
              </option>
            ))}
          </select>
        </label>
        <label>
          Highlight <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="a name" id="graph-search" />
        </label>
        <button type="button" onClick={reset}>
          Show everything
        </button>
      </div>
      <p className="graph-status" role="status">
        Showing {summary.shown} of {total} nodes
        {folded ? `; ${summary.matches} ${summary.matches === 1 ? 'matches' : 'match'} “${query.trim()}”` : ''}.
      </p>
      <div className="graph-info" aria-live="polite">
        {activeNode ? (
          <p>
            <strong>{activeNode.name}</strong>
            {summary.neighbours.length ? (
              <>
                {' '}
                is named in the same paragraph as{' '}
                {summary.neighbours.slice(0, 8).map((n, i) => (
                  <span key={n.name}>
                    {i > 0 ? ', ' : ''}
                    {n.name} ({n.weight})
                  </span>
                ))}
                {summary.neighbours.length > 8 ? ` and ${summary.neighbours.length - 8} more` : ''}. Press Enter to open its page.
              </>
            ) : (
              ' has no link shown with these filters. Press Enter to open its page.'
            )}
          </p>
        ) : (
          <p className="muted">Point at a node or move to it with Tab to see its name and neighbours.</p>
        )}
      </div>
    </div>
  );
}
