import fs from 'node:fs';
import path from 'node:path';
import CSL, { type Engine } from 'citeproc';
import { Parser } from 'htmlparser2';
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
/**
 * A style as vendored, less its bibliography's `subsequent-author-substitute` (MLA's and Chicago's "———." for an
 * entry whose authors are the previous entry's). Every entry made here is shown on its own or in a list of the
 * reader's choosing (an article's cite box, a claim's sources, a reading list), never under the entry that came
 * before it in the library's bibliography, so the dash would stand for an author the reader cannot see: with
 * authors who write more than one article (1,792 of the 3,000 entries of the 1,000-article benchmark library),
 * a cite box read "———. “Title.” …". Each entry names its authors.
 */
export const withoutAuthorSubstitute = (xml: string) =>
  xml.replace(/<bibliography\b[^>]*>/, (tag) => tag.replace(/\s+subsequent-author-substitute(?:-rule)?="[^"]*"/g, ''));
const readStyle = (style: CitationStyle) => {
  if (!styles.has(style)) styles.set(style, withoutAuthorSubstitute(fs.readFileSync(path.join(cslDir(), styleFiles[style]), 'utf8')));
  return styles.get(style)!;
};

/** A citeproc-js engine for one style that finds its items among `records` (HTML output). */
export function citationEngine(style: CitationStyle, records: CslRecord[]): Engine {
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
  // htmlparser2 (the reader scripts/csp.mjs uses too) rather than a full HTML parser: the engine writes a few
  // plain elements and character references, and this runs some 9,000 times at 1,000 articles.
  // tests/unit/cite.test.ts reads every citation of the library with both and finds the same runs.
  let italics = 0;
  const isItalic = (name: string) => name === 'i' || name === 'em';
  const parser = new Parser(
    {
      onopentag: (name) => void (isItalic(name) && italics++),
      onclosetag: (name) => void (isItalic(name) && italics--),
      ontext: (text) => push(text, italics > 0),
    },
    { decodeEntities: true },
  );
  // As an HTML parser reads text: line breaks as LF, NUL dropped (the engine passes both through from a field).
  parser.end(html.trim().replace(/\r\n?/g, '\n').replace(/\0/g, ''));
  // Trim the whitespace around the entry that the engine's HTML layout adds.
  if (typeof runs[0] === 'string') runs[0] = runs[0].trimStart();
  const end = runs.length - 1;
  if (typeof runs[end] === 'string') runs[end] = (runs[end] as string).trimEnd();
  return runs.filter((run) => run !== '');
}

/**
 * Records that can change each other's formatting, in groups: two records meet when they share an author's
 * family name (case and accents aside), directly or through others; records without an author form one group.
 * Everything the engine decides across records is decided within a group: name disambiguation (added given
 * names or initials, global in APA; added names past "et al."), the year suffix ("2020a") and MLA's and
 * Chicago's added short title all need two cites whose names render alike, so a shared family name (or, without
 * authors, the title or the owner in the author's place); and the bibliography's "———" for the previous entry's
 * author needs the same names too. Each group keeps the records' order in the library.
 */
export function interactingGroups(records: CslRecord[]): CslRecord[][] {
  const fold = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const keysOf = (r: CslRecord) => (r.author?.length ? r.author.map((a) => `family:${fold(a.family)}`) : ['no author']);
  const parent = records.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const firstWithKey = new Map<string, number>();
  records.forEach((r, i) => {
    for (const key of keysOf(r)) {
      const j = firstWithKey.get(key);
      if (j === undefined) firstWithKey.set(key, i);
      else parent[root(i)] = root(j);
    }
  });
  const groups = new Map<number, CslRecord[]>();
  records.forEach((r, i) => {
    const k = root(i);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(r);
  });
  return [...groups.values()];
}

/** The engine's bibliography of the items registered now, each entry with its cites, in the engine's order. */
function styledEntries(e: Engine, style: CitationStyle): { id: string; styled: StyledCitation }[] {
  const bibliography = e.makeBibliography();
  if (!bibliography) throw new Error(`citation engine: the ${style} style made no bibliography`);
  const [meta, entries] = bibliography;
  return meta.entry_ids.map(([id], order) => ({
    id: id!,
    styled: {
      bibliography: richFromHtml(entries[order]!),
      citation: richFromHtml(e.makeCitationCluster([{ id: id! }])),
      citationAtParagraph: richFromHtml(e.makeCitationCluster([{ id: id!, locator: paragraphSlot, label: 'paragraph' }])),
      order,
    },
  }));
}

/** What citeproc-js keeps per registered item and how it compares two in its bibliography sort (its own comparator). */
type SortToken = { id: string; sortkeys?: unknown[]; seq: number };
type EngineInternals = { registry: { registry: Record<string, { sortkeys?: unknown[] }>; sorter: { compareKeys: (a: SortToken, b: SortToken) => number } } };

/**
 * Every article's citations in every style: its bibliography entry, its in-text citation (or first note), the
 * same at a paragraph, and its place in the style's sorted bibliography.
 *
 * One engine per style, its registry holding one group of interacting records at a time (interactingGroups), so
 * that the cost grows with the library, not with its square: citeproc-js compares a cite with every registered
 * item when it disambiguates. The place in the bibliography comes from the engine's own sort keys and comparator,
 * over the whole library. The output is the same as that of one engine holding every record
 * (formatCitationsOneEngine); tests/unit/cite-groups.test.ts compares the two on the real library and on a set
 * made of name and year collisions.
 */
export function formatCitations(records: CslRecord[]): Map<string, ArticleCitations> {
  const out = new Map<string, Partial<ArticleCitations>>(records.map((r) => [r.id, {}]));
  const groups = interactingGroups(records);
  for (const style of citationStyles) {
    const e = citationEngine(style, records);
    const internals = (e as unknown as EngineInternals).registry;
    const sortkeys = new Map<string, unknown[] | undefined>();
    for (const group of groups) {
      e.updateItems(group.map((r) => r.id));
      for (const { id, styled } of styledEntries(e, style)) {
        // The order within a group means nothing here: the place in the whole bibliography is set below.
        out.get(id)![style] = { ...styled, order: -1 };
        sortkeys.set(id, internals.registry[id]?.sortkeys);
      }
    }
    const tokens = records.map((r, i): SortToken => ({ id: r.id, sortkeys: sortkeys.get(r.id), seq: i + 1 }));
    tokens.sort(internals.sorter.compareKeys);
    tokens.forEach((t, order) => (out.get(t.id)![style]!.order = order));
  }
  return out as Map<string, ArticleCitations>;
}

/**
 * The same with one engine per style holding every record: exact by construction, and the reference that
 * formatCitations is tested against, but its cost grows faster than the library (about 22 s at 1,000 articles).
 */
export function formatCitationsOneEngine(records: CslRecord[]): Map<string, ArticleCitations> {
  const out = new Map<string, Partial<ArticleCitations>>(records.map((r) => [r.id, {}]));
  for (const style of citationStyles) {
    const e = citationEngine(style, records);
    e.updateItems(records.map((r) => r.id));
    for (const { id, styled } of styledEntries(e, style)) out.get(id)![style] = styled;
  }
  return out as Map<string, ArticleCitations>;
}
