import fs from 'node:fs';
import path from 'node:path';
import CSL, { type Engine } from 'citeproc';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes } from 'hast';
import { citationStyles, paragraphSlot, type ArticleCitations, type CitationStyle, type Rich, type StyledCitation } from './index';
import type { CslRecord } from './record';

/**
 * Formats citations with citeproc-js from the official CSL styles vendored in ./csl (see its README for the
 * files, their source and their licence). Build time only: pages and the reading-list data carry the text it
 * produces, never the engine.
 */
export const styleFiles: Record<CitationStyle, string> = {
  mla: 'modern-language-association.csl', // MLA Handbook, 9th edition
  apa: 'apa.csl', // APA Style, 7th edition
  chicago: 'chicago-notes-bibliography-17th-edition.csl', // Chicago Manual of Style, 17th edition, notes and bibliography
};

const cslDir = () => path.join(process.cwd(), 'lib/cite/csl');
let locale: string | undefined;
const readLocale = () => (locale ??= fs.readFileSync(path.join(cslDir(), 'locales-en-US.xml'), 'utf8'));
const styles = new Map<CitationStyle, string>();
const readStyle = (style: CitationStyle) => {
  if (!styles.has(style)) styles.set(style, fs.readFileSync(path.join(cslDir(), styleFiles[style]), 'utf8'));
  return styles.get(style)!;
};

function engine(style: CitationStyle, records: CslRecord[]): Engine {
  const byId = new Map(records.map((r) => [r.id, r]));
  const e = new CSL.Engine(
    {
      retrieveLocale: () => readLocale(),
      retrieveItem: (id: string) => {
        const record = byId.get(id);
        if (!record) throw new Error(`citation engine: no record "${id}"`);
        return structuredClone(record);
      },
    },
    readStyle(style),
    'en-US',
    true,
  );
  e.setOutputFormat('html');
  return e;
}

/** The engine's HTML as runs of text: italics kept, every other tag (the entry's <div>) dropped. */
export function richFromHtml(html: string): Rich {
  const runs: Rich = [];
  const push = (text: string, italic: boolean) => {
    if (!text) return;
    const last = runs.at(-1);
    if (italic) {
      if (last && typeof last !== 'string') last.i += text;
      else runs.push({ i: text });
    } else if (typeof last === 'string') runs[runs.length - 1] = last + text;
    else runs.push(text);
  };
  const walk = (node: Nodes, italic: boolean) => {
    if (node.type === 'text') push(node.value, italic);
    else if (node.type === 'element' || node.type === 'root') {
      const inItalic = italic || (node.type === 'element' && (node.tagName === 'i' || node.tagName === 'em'));
      for (const child of node.children) walk(child, inItalic);
    }
  };
  walk(fromHtml(html.trim(), { fragment: true }), false);
  // Trim the whitespace around the entry that the engine's HTML layout adds.
  if (typeof runs[0] === 'string') runs[0] = runs[0].trimStart();
  const end = runs.length - 1;
  if (typeof runs[end] === 'string') runs[end] = (runs[end] as string).trimEnd();
  return runs.filter((run) => run !== '');
}

/**
 * Every article's citations in every style: its bibliography entry, its in-text citation (or first note), the
 * same at a paragraph, and its place in the style's sorted bibliography.
 */
export function formatCitations(records: CslRecord[]): Map<string, ArticleCitations> {
  const out = new Map<string, Partial<ArticleCitations>>(records.map((r) => [r.id, {}]));
  for (const style of citationStyles) {
    const e = engine(style, records);
    e.updateItems(records.map((r) => r.id));
    const bibliography = e.makeBibliography();
    if (!bibliography) throw new Error(`citation engine: the ${style} style made no bibliography`);
    const [meta, entries] = bibliography;
    meta.entry_ids.forEach(([id], order) => {
      const styled: StyledCitation = {
        bibliography: richFromHtml(entries[order]!),
        citation: richFromHtml(e.makeCitationCluster([{ id: id! }])),
        citationAtParagraph: richFromHtml(e.makeCitationCluster([{ id: id!, locator: paragraphSlot, label: 'paragraph' }])),
        order,
      };
      out.get(id!)![style] = styled;
    });
  }
  return out as Map<string, ArticleCitations>;
}
