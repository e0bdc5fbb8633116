import { stringify } from 'csv-stringify/sync';
import type { Dataset } from './schema';

/**
 * One CSV file per table of the dataset: a header row, then one row per record; RFC 4180 (comma-separated,
 * CRLF line ends, a field quoted with double quotes when it holds a comma, quote or line break, and a quote
 * inside doubled), UTF-8 without a byte-order mark. A list (aliases, themes…) is one field, its items joined by
 * " | ". Written by csv-stringify.
 */
export const listSeparator = ' | ';

type Cell = string | number | boolean | undefined | string[];
const cell = (value: Cell): string => (value === undefined ? '' : Array.isArray(value) ? value.join(listSeparator) : String(value));

function table<Row extends Record<string, Cell>>(name: string, description: string, columns: (keyof Row & string)[], rows: (d: Dataset) => Row[]) {
  return { name, description, columns, rows } as const;
}

const anchorColumns = ['article', 'paragraph', 'paragraphStart', 'paragraphEnd', 'start', 'end'] as const;

/** The tables, in the order the /data page lists them. Column names are the JSON field names. */
export const csvTables = [
  table('entities', 'places, people and organizations', ['id', 'collection', 'slug', 'name', 'kind', 'role', 'involvement', 'affiliation', 'within', 'latitude', 'longitude', 'aliases', 'mentions', 'page', 'description'], (d) => d.entities),
  table('mentions', 'every mention of an entity, with its offsets', ['id', 'entity', ...anchorColumns, 'text'], (d) => d.mentions),
  table(
    'claims',
    'the claims the articles report',
    ['slug', 'statement', 'madeBy', 'citing', 'themes', 'page', 'description'],
    // `citing` as "<maker>: <who it cites>" items, e.g. "organizations/time: analysts".
    (d) => d.claims.map(({ citing, ...c }) => ({ ...c, citing: citing && Object.entries(citing).map(([maker, who]) => `${maker}: ${who}`) })),
  ),
  table('evidence', 'each article’s evidence for a claim, with its relation', ['id', 'claim', ...anchorColumns, 'relation', 'with', 'note', 'quote'], (d) => d.evidence),
  table('themes', 'the themes', ['slug', 'name', 'summary', 'passages', 'page', 'description'], (d) => d.themes),
  table('theme-passages', 'the passages of each theme', ['id', 'theme', ...anchorColumns, 'note', 'quote'], (d) => d.themePassages),
  table(
    'events',
    'the dated events',
    ['slug', 'title', 'kind', 'date', 'endDate', 'dateText', 'approximate', 'dateNote', 'places', 'people', 'organizations', 'themes', 'sourceArticle', 'sourceParagraph', 'sourceQuote', 'description'],
    (d) => d.events.map(({ source, also: _also, ...e }) => ({ ...e, sourceArticle: source.article, sourceParagraph: source.paragraph, sourceQuote: source.quote })),
  ),
] as const;

export type CsvTableName = (typeof csvTables)[number]['name'];

/** Rows as RFC 4180 CSV text. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  return stringify(
    rows.map((row) => columns.map((c) => cell(row[c] as Cell))),
    { header: true, columns: [...columns], record_delimiter: '\r\n', quoted_match: /[\r\n]|^\s|\s$/, eof: true, bom: false },
  );
}

/** One table of the dataset as CSV text. */
export function csvOf(d: Dataset, name: CsvTableName): string {
  const t = csvTables.find((x) => x.name === name)!;
  return toCsv(t.columns, t.rows(d) as Record<string, unknown>[]);
}
