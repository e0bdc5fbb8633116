import type { AnnotatedLibrary } from '../annotate/types';
import { push } from '../annotate/types';
import { oncePerProcess } from '../build-cache';
import { getEvents } from '../events';
import type { TimelineEvent } from '../events/load';
import { getLibrary } from '../library';
import type { PageCollection } from '../links';
import { webAnnotations, annotationsFile } from './annotations';
import { buildDataset, readingTexts } from './build';
import { csvOf, csvTables, type CsvTableName } from './csv';
import { datasetJsonSchema, type Dataset } from './schema';
import { articleTextsNotice, dataLicense } from './terms';
import { entityRef } from '../ids';

/** One downloadable file of /data: where it is, what it holds, its text, and a short example of it. */
export type DataFile = {
  /** Its path under /data, e.g. `sightlines.json` or `csv/mentions.csv`. */
  path: string;
  title: string;
  format: string;
  description: string;
  body: string;
  example: string;
};

export const datasetFile = 'sightlines.json';
export const schemaFile = 'sightlines.schema.json';
export const csvFile = (name: CsvTableName) => `csv/${name}.csv`;

/** The first lines of a text, and a line saying how many more there are. */
function head(text: string, lines: number): string {
  const all = text.replace(/\r\n/g, '\n').trimEnd().split('\n');
  return all.length <= lines ? all.join('\n') : `${all.slice(0, lines).join('\n')}\n… (${all.length - lines} more lines)`;
}

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/** A shortened copy of a value for an example: long strings cut, long lists cut to their first items. */
function sample(value: unknown, items = 1): unknown {
  if (typeof value === 'string') return value.length > 120 ? `${value.slice(0, 117)}…` : value;
  if (Array.isArray(value)) return value.slice(0, items).map((v) => sample(v, items));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sample(v, items)]));
  return value;
}

export type DataBundle = { dataset: Dataset; files: DataFile[] };

/** Every file of /data, built from one library and its events. */
export function dataBundle(lib: AnnotatedLibrary, events: TimelineEvent[]): DataBundle {
  const dataset = buildDataset(lib, events);
  const { texts } = readingTexts(lib);
  const schema = datasetJsonSchema();
  const annotations = webAnnotations(dataset, texts);
  const files: DataFile[] = [
    {
      path: datasetFile,
      title: 'The whole annotated library',
      format: 'JSON',
      description: 'Articles (metadata and links to the originals), entities, mentions with their offsets, claims, evidence with relations, themes, theme passages and events, in one file.',
      body: JSON.stringify(dataset),
      example: pretty(sample({ ...dataset, articles: dataset.articles, mentions: dataset.mentions })),
    },
    {
      path: schemaFile,
      title: 'Its JSON Schema',
      format: 'JSON Schema (draft 2020-12)',
      description: 'The shape of the JSON file, with a description of every field; generated from the site’s own validation schemas.',
      body: pretty(schema),
      example: head(pretty(schema), 14),
    },
    ...csvTables.map((t) => {
      const body = csvOf(dataset, t.name);
      return { path: csvFile(t.name), title: `${t.name}.csv`, format: 'CSV (RFC 4180, UTF-8)', description: `One row per record of ${t.description}.`, body, example: head(body, 3) };
    }),
    {
      path: annotationsFile,
      title: 'W3C Web Annotations',
      format: 'JSON-LD (Web Annotation Data Model)',
      description: 'One annotation per mention (identifying), per piece of claim evidence (assessing) and per theme passage (tagging), each with a TextQuoteSelector and a TextPositionSelector on its article.',
      body: JSON.stringify(annotations),
      example: pretty({ ...annotations, first: { ...annotations.first, items: annotations.first.items.slice(0, 1) } }),
    },
  ];
  return { dataset, files };
}

const bundleOf = oncePerProcess('data', (lib: AnnotatedLibrary) => dataBundle(lib, getEvents()));

/** The files of /data for the site's library, built once per build process. */
export function getDataBundle(): DataBundle {
  return bundleOf(getLibrary());
}

export type RecordCollection = Extract<PageCollection, 'places' | 'people' | 'organizations' | 'claims' | 'themes'>;

/**
 * The JSON record of one entity, claim or theme: the entry with its anchored mentions, evidence or passages, in
 * the dataset's fields less the one that names the entry.
 */
export function recordsOf(dataset: Dataset): Map<string, object> {
  const terms = { license: dataLicense, articleTexts: articleTextsNotice };
  const records = new Map<string, object>();
  const mentions = new Map<string, Dataset['mentions']>();
  for (const m of dataset.mentions) push(mentions, m.entity, m);
  const evidence = new Map<string, Dataset['evidence']>();
  for (const e of dataset.evidence) push(evidence, e.claim, e);
  const passages = new Map<string, Dataset['themePassages']>();
  for (const p of dataset.themePassages) push(passages, p.theme, p);
  // Each item leaves out the field that names the record's own entry (its `entity`, `claim` or `theme`): the same
  // in every item of a record, it was an eighth of the records' size.
  for (const e of dataset.entities) records.set(e.id, { ...terms, entity: e, mentions: (mentions.get(e.id) ?? []).map(({ entity: _, ...m }) => m) });
  for (const c of dataset.claims) records.set(entityRef('claims', c.slug), { ...terms, claim: c, evidence: (evidence.get(c.slug) ?? []).map(({ claim: _, ...e }) => e) });
  for (const t of dataset.themes) records.set(entityRef('themes', t.slug), { ...terms, theme: t, passages: (passages.get(t.slug) ?? []).map(({ theme: _, ...p }) => p) });
  return records;
}

const recordsOnce = oncePerProcess('data records', recordsOf);

export function getRecords(): Map<string, object> {
  return recordsOnce(getDataBundle().dataset);
}
