import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { CslRecord } from './record';

/**
 * An article's record in the files reference managers (Zotero, Mendeley, EndNote, JabRef…) import: CSL-JSON
 * as it is, BibLaTeX by Citation.js (its BibTeX plugin: names, protected capitals, escapes), and RIS written
 * here, because Citation.js's RIS output leaves out the authors and date of newspaper articles and folds long
 * URLs over two lines, which importers read as a broken URL. Build time only.
 */

export const cslJson = (records: CslRecord[]): string => `${JSON.stringify(records, null, 2)}\n`;

export const bibtex = (records: CslRecord[]): string => new Cite(structuredClone(records)).format('biblatex').trim() + '\n';

const risTypes: Record<CslRecord['type'], string> = { 'article-magazine': 'MGZN', 'article-newspaper': 'NEWS', webpage: 'ELEC' };
const pad = (n: number) => String(n).padStart(2, '0');

/** RIS (https://en.wikipedia.org/wiki/RIS_(file_format)): one tagged line per field, CRLF line ends. */
export function ris(records: CslRecord[]): string {
  const lines: string[] = [];
  for (const r of records) {
    const [[y, m, d]] = r.issued['date-parts'];
    lines.push(`TY  - ${risTypes[r.type]}`, `ID  - ${r.id}`);
    for (const a of r.author ?? []) lines.push(`AU  - ${a.family}, ${a.given}`);
    lines.push(`TI  - ${r.title}`, `T2  - ${r['container-title']}`, `PY  - ${y}`, `DA  - ${y}/${pad(m)}/${pad(d)}`);
    if (r.URL) lines.push(`UR  - ${r.URL}`);
    lines.push(`LA  - ${r.language}`, 'ER  - ', '');
  }
  return lines.join('\r\n');
}
