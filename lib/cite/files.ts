import type { CitationFormat } from './formats';
import type { CslRecord } from './record';
import { isObject } from '../fetch-json';

/**
 * An article's record as the files reference managers import (Zotero, Mendeley, EndNote, JabRef…): the two
 * writers small enough to run in the browser (RIS and CSL-JSON). BibLaTeX needs Citation.js and is written at
 * build time (./export.ts). No Citation.js here: the article page's download buttons load this module when
 * pressed.
 */

export const citationMediaTypes: Record<CitationFormat, string> = {
  ris: 'application/x-research-info-systems',
  bib: 'application/x-bibtex;charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json;charset=utf-8',
};

/** `<name>.ris`, `.bib` or `.json`: the name the download is saved under. */
export const citationFileName = (name: string, format: CitationFormat) => `${name}.${format}`;

export const cslJson = (records: CslRecord[]): string => `${JSON.stringify(records, null, 2)}\n`;

const risTypes: Record<CslRecord['type'], string> = { 'article-magazine': 'MGZN', 'article-newspaper': 'NEWS', webpage: 'ELEC' };
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * RIS (https://en.wikipedia.org/wiki/RIS_(file_format)): one tagged line per field, CRLF line ends. Written here
 * because Citation.js's RIS output leaves out the authors and date of newspaper articles and folds long URLs
 * over two lines, which importers read as a broken URL.
 */
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

const isText = (v: unknown) => typeof v === 'string' && v.length > 0;

/**
 * Whether a value read from a fetched file is a record the writers here can use: the fields they read, of the
 * types the schema gives them (./record.ts; the schema itself, with zod, stays out of the browser).
 */
export function isCslRecord(r: unknown): r is CslRecord {
  if (!isObject(r)) return false;
  const parts: unknown = isObject(r.issued) && Array.isArray(r.issued['date-parts']) ? r.issued['date-parts'][0] : undefined;
  return (
    isText(r.id) &&
    typeof r.type === 'string' &&
    Object.hasOwn(risTypes, r.type) &&
    isText(r.title) &&
    isText(r['container-title']) &&
    isText(r.language) &&
    (r.URL === undefined || typeof r.URL === 'string') &&
    (r.author === undefined || (Array.isArray(r.author) && r.author.every((a: unknown) => isObject(a) && isText(a.family) && typeof a.given === 'string'))) &&
    Array.isArray(parts) &&
    parts.length === 3 &&
    parts.every((n) => Number.isInteger(n))
  );
}

/** The text of one article's record in a format; its BibLaTeX comes ready-made from the build (./export.ts). */
export function citationFileText(format: CitationFormat, record: CslRecord, biblatex: string): string {
  if (format === 'ris') return ris([record]);
  if (format === 'json') return cslJson([record]);
  return biblatex;
}
