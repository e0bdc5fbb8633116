import { parse } from 'csv-parse/sync';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { entityKey, entityKinds } from '@/lib/annotate/types';
import { getEvents } from '@/lib/events';
import { getLibrary } from '@/lib/library';
import { getDataBundle, getRecords, datasetFile, schemaFile, csvFile } from '@/lib/data';
import { annotationsFile, type AnnotationCollection } from '@/lib/data/annotations';
import { numberWords } from '@/lib/format';
import { csvTables, listSeparator, toCsv } from '@/lib/data/csv';
import { codePointLength, readingText } from '@/lib/data/reading-text';
import { dataset as datasetSchema, type Dataset } from '@/lib/data/schema';
import { articleStructure } from '@/lib/content/blocks';
import { asEntrySlug } from '@/lib/ids';

const lib = getLibrary();
const events = getEvents();
const { dataset, files } = getDataBundle();
const file = (path: string) => files.find((f) => f.path === path)!;

describe('the JSON download', () => {
  const schema = JSON.parse(file(schemaFile).body);
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const json = JSON.parse(file(datasetFile).body) as Dataset;

  it('is valid against its published JSON Schema, and the zod schema agrees', () => {
    const ok = validate(json);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(datasetSchema.safeParse(json).success).toBe(true);
  });

  it('the schema is strict enough to refuse a doctored file', () => {
    const doctored = (change: (d: Dataset) => void) => {
      const copy = structuredClone(json);
      change(copy);
      return validate(copy);
    };
    expect(doctored((d) => ((d.mentions[0] as { start: number }).start = -1))).toBe(false);
    expect(doctored((d) => ((d.evidence[0] as { relation: string }).relation = 'endorses'))).toBe(false);
    expect(doctored((d) => ((d.entities[0] as { id: string }).id = 'Places/X'))).toBe(false);
    expect(doctored((d) => Object.assign(d.claims[0]!, { extra: 1 }))).toBe(false);
    expect(doctored((d) => delete (d as Partial<Dataset>).themes)).toBe(false);
    expect(doctored((d) => ((d.articles[0] as { published: string }).published = '2018-13-45'))).toBe(false);
  });

  it('holds everything the library holds', () => {
    expect(json.articles.map((a) => a.slug)).toEqual(lib.articles.map((a) => a.slug));
    expect(json.entities).toHaveLength(entityKinds.reduce((n, k) => n + lib[k].length, 0));
    expect(json.mentions).toHaveLength(lib.mentions.length);
    expect(json.claims).toHaveLength(lib.claims.length);
    expect(json.evidence).toHaveLength([...lib.evidenceByClaim.values()].flat().length);
    expect(json.themes).toHaveLength(lib.themes.length);
    expect(json.themePassages).toHaveLength([...lib.passagesByTheme.values()].flat().length);
    expect(json.events).toHaveLength(events.length);
    for (const e of json.entities) expect(e.mentions).toBe(json.mentions.filter((m) => m.entity === e.id).length);
    expect(new Set(json.mentions.map((m) => m.id)).size).toBe(json.mentions.length);
  });

  it('names its terms and links every original that is known', () => {
    expect(json.license.url).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(json.articleTexts).toMatch(/belong to their publishers/);
    for (const a of lib.articles) expect(json.articles.find((x) => x.slug === a.slug)!.originalUrl).toBe(a.url);
  });
});

describe('the CSV downloads', () => {
  const expected: Record<string, number> = {
    entities: dataset.entities.length,
    mentions: lib.mentions.length,
    claims: lib.claims.length,
    evidence: [...lib.evidenceByClaim.values()].flat().length,
    themes: lib.themes.length,
    'theme-passages': [...lib.passagesByTheme.values()].flat().length,
    events: events.length,
  };

  it('has one file per table', () => {
    expect(csvTables.map((t) => t.name).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const table of csvTables) {
    it(`${table.name}.csv parses back (RFC 4180) to a header and one row per record of the library`, () => {
      const body = file(csvFile(table.name)).body;
      expect(body.charCodeAt(0)).not.toBe(0xfeff);
      expect(body.endsWith('\r\n')).toBe(true);
      const rows = parse(body, { columns: true, relax_column_count: false, skip_empty_lines: false }) as Record<string, string>[];
      expect(rows).toHaveLength(expected[table.name]!);
      expect(Object.keys(rows[0]!)).toEqual([...table.columns]);
      // Every cell reads back as the dataset's value.
      const records = table.rows(dataset) as Record<string, unknown>[];
      rows.forEach((row, i) => {
        for (const column of table.columns) {
          const value = records[i]![column];
          const want = value === undefined ? '' : Array.isArray(value) ? value.join(listSeparator) : String(value);
          expect(row[column], `${table.name} row ${i + 1} ${column}`).toBe(want);
        }
      });
    });
  }

  it('quotes commas, quotes, line breaks and edge spaces so that they survive a round trip', () => {
    const awkward = [{ a: 'plain', b: 'with, comma' }, { a: 'say "hi"', b: 'two\nlines' }, { a: ' padded ', b: '' }, { a: '中文 “quotes”', b: 'CR\r\nLF' }];
    const text = toCsv(['a', 'b'], awkward);
    expect(text.split('\r\n')[0]).toBe('a,b');
    expect(text).toContain('"with, comma"');
    expect(text).toContain('"say ""hi"""');
    expect(parse(text, { columns: true })).toEqual(awkward);
  });
});

describe('the Web Annotations', () => {
  const collection = JSON.parse(file(annotationsFile).body) as AnnotationCollection;
  const items = collection.first.items;
  const texts = new Map(lib.articles.map((a) => [`/articles/${a.slug}`, Array.from(readingText(a).text)]));

  it('is a W3C AnnotationCollection with one annotation per mention, evidence and theme passage', () => {
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    const count = (motivation: string) => items.filter((a) => a.motivation === motivation).length;
    expect(count('identifying')).toBe(lib.mentions.length);
    expect(count('assessing')).toBe(dataset.evidence.length);
    expect(count('tagging')).toBe(dataset.themePassages.length);
    expect(collection.total).toBe(items.length);
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
    // Ids are relative to the file's own address: each resolves to an address in the file.
    const base = new URL(collection.id, 'https://sightlines.example');
    expect(base.href).toBe('https://sightlines.example/data/annotations.jsonld');
    for (const a of items) expect(new URL(a.id, base).href).toMatch(/^https:\/\/sightlines\.example\/data\/annotations\.jsonld#(mention|evidence|theme)\/[^/]+\/\d+$/);
    // Its terms: the annotations' licence, and that the article texts its selectors quote are the publishers'.
    expect(collection.rights).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(collection['dc:rights']).toMatch(/belong to their publishers/);
    expect(collection.label).toContain(`${numberWords(lib.articles.length)} articles`);
  });

  it('re-finds every selector: the exact text at its position in the reading text, with its prefix and suffix around it', () => {
    for (const a of items) {
      const [quote, position] = a.target.selector;
      const cp = texts.get(a.target.source);
      expect(cp, a.target.source).toBeDefined();
      expect(quote.exact.length).toBeGreaterThan(0);
      expect(cp!.slice(position.start, position.end).join(''), a.id).toBe(quote.exact);
      expect(cp!.slice(position.start - codePointLength(quote.prefix), position.start).join(''), a.id).toBe(quote.prefix);
      expect(cp!.slice(position.end, position.end + codePointLength(quote.suffix)).join(''), a.id).toBe(quote.suffix);
    }
  });

  it('the exact text is the mention’s words or the quote as the content files give it', () => {
    const byId = new Map(items.map((a) => [a.id, a]));
    for (const m of dataset.mentions) expect(byId.get(`#mention/${m.id}`)!.target.selector[0].exact).toBe(m.text);
    for (const e of dataset.evidence) expect(byId.get(`#evidence/${e.id}`)!.target.selector[0].exact).toBe(e.quote);
    for (const p of dataset.themePassages) expect(byId.get(`#theme/${p.id}`)!.target.selector[0].exact).toBe(p.quote);
  });

  it('the body is the page of the entity, claim or theme, by its IRI; evidence says how it relates in a note', () => {
    const byId = new Map(items.map((a) => [a.id, a]));
    const first = (id: string) => [byId.get(id)!.body].flat()[0];
    for (const m of dataset.mentions) expect(first(`#mention/${m.id}`)).toBe(`/${m.entity}`);
    for (const e of dataset.evidence) {
      const body = [byId.get(`#evidence/${e.id}`)!.body].flat();
      expect(body[0]).toBe(`/claims/${e.claim}`);
      expect(body[1]).toMatchObject({ type: 'TextualBody', purpose: 'assessing' });
    }
    for (const p of dataset.themePassages) expect(first(`#theme/${p.id}`)).toBe(`/themes/${p.theme}`);
  });
});

describe('the reading text', () => {
  it('joins passages with a blank line and counts offsets in code points (an emoji is one)', () => {
    const structure = articleStructure('First 🙂 para.\n\n## Heading\n\nSecond para.');
    const rt = readingText({ structure });
    expect(rt.text).toBe('First 🙂 para.\n\nSecond para.');
    expect(rt.passageStart.get('p-2')).toBe(15);
    expect(rt.codePoints.slice(15, 21).join('')).toBe('Second');
  });
});

describe('the per-page records', () => {
  it('has one record per entity, claim and theme page, with its own mentions, evidence or passages', () => {
    const records = getRecords();
    expect(records.size).toBe(dataset.entities.length + lib.claims.length + lib.themes.length);
    const chongqing = records.get('places/chongqing') as { entity: { name: string }; mentions: { entity: string }[] };
    expect(chongqing.entity.name).toBe('Chongqing');
    expect(chongqing.mentions.length).toBe(lib.mentionsByEntity.get(entityKey('places', asEntrySlug('chongqing')))!.length);
    // The dataset's mentions of the entry, in its fields less the one that names the entry.
    expect(chongqing.mentions).toEqual(dataset.mentions.filter((m) => m.entity === entityKey('places', asEntrySlug('chongqing'))).map(({ entity: _, ...m }) => m));
    for (const claim of dataset.claims) {
      const record = records.get(`claims/${claim.slug}`) as { evidence: unknown[] };
      expect(record.evidence).toEqual(dataset.evidence.filter((e) => e.claim === claim.slug).map(({ claim: _, ...e }) => e));
    }
    for (const theme of dataset.themes) {
      const record = records.get(`themes/${theme.slug}`) as { passages: unknown[] };
      expect(record.passages).toEqual(dataset.themePassages.filter((p) => p.theme === theme.slug).map(({ theme: _, ...p }) => p));
    }
  });
});
