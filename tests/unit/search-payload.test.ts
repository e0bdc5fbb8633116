import zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotateLibrary } from '@/lib/annotate';
import type { AnnotatedLibrary } from '@/lib/annotate/types';
import { loadLibrary } from '@/lib/content/load';
import { buildSearchFiles, searchPayloadFor, type SearchFiles } from '@/lib/search/build';
import { createSearchEngine, SHARDED_MAX_LIMIT, type SearchEngine } from '@/lib/search/engine';
import { isSearchPayload, loadRecord, SEARCH_DATA_PATH, type ShardedIndex, type SingleFileIndex } from '@/lib/search/payload';
import { articleInfo, buildSearchRecords, type SearchRecord } from '@/lib/search/records';

let lib: AnnotatedLibrary;
let records: SearchRecord[];
let json: string;
beforeAll(() => {
  lib = annotateLibrary(loadLibrary());
  records = buildSearchRecords(lib);
  json = JSON.stringify(searchPayloadFor(lib));
});

/** A sharded index of the four articles, cut small so that queries need several files, served from memory. */
function shardedEngine(files: SearchFiles, requests: string[] = []) {
  return createSearchEngine(JSON.parse(JSON.stringify(files.index)), async (file) => {
    requests.push(file);
    const text = files.files.get(file);
    if (text === undefined) throw new Error(`${SEARCH_DATA_PATH}${file}: not found`);
    return JSON.parse(text);
  });
}
const sharded = () => buildSearchFiles(records, articleInfo(lib), { form: 'sharded', shardChars: 2000, fragmentSize: 8 });
const ids = (r: { entries: { record: { id: string } }[]; passages: { record: { id: string } }[] }) => [...r.entries, ...r.passages].map((h) => h.record.id);

describe('the single-file search index (the four articles)', () => {
  it('holds every record whole, and gives them back as they were', () => {
    const payload = JSON.parse(json) as SingleFileIndex;
    expect(isSearchPayload(payload)).toBe(true);
    expect(payload.form).toBe('single');
    expect(payload.records.map(loadRecord)).toEqual(records);
    expect(createSearchEngine(payload).records).toEqual(records);
  });

  it('is at most 60 kB gzipped for the four articles', () => {
    expect(zlib.gzipSync(json).length).toBeLessThanOrEqual(60_000);
  });

  it('does not read Fuse’s saved index: none is shipped', () => {
    expect(json).not.toContain('"$"');
  });

  it('is the same for the same content', () => {
    expect(JSON.stringify(searchPayloadFor(lib))).toBe(json);
  });
});

describe('the sharded search index', () => {
  let files: SearchFiles;
  let single: SearchEngine;
  beforeAll(() => {
    files = sharded();
    single = createSearchEngine(JSON.parse(json));
  });

  it('is a manifest of words and file names, with no text of any record', () => {
    const manifest = files.index as ShardedIndex;
    expect(manifest.form).toBe('sharded');
    expect(JSON.stringify(manifest)).not.toContain('seething mass of 15.35 million people');
    expect(manifest.shardFiles.length).toBeGreaterThan(10);
    expect(manifest.fragmentFiles.length).toBe(Math.ceil(records.length / 8));
    expect(new Set([...files.files.keys()]).size).toBe(manifest.shardFiles.length + manifest.fragmentFiles.length);
  });

  it('names each file by a hash of its content', () => {
    const again = sharded();
    expect([...again.files.keys()]).toEqual([...files.files.keys()]);
    const other = buildSearchFiles(records.map((r, i) => (i === 0 ? { ...r, text: `${r.text} changed` } : r)), articleInfo(lib), { form: 'sharded', shardChars: 2000, fragmentSize: 8 });
    const manifest = files.index as ShardedIndex;
    const changed = other.index as ShardedIndex;
    expect(changed.fragmentFiles[0]).not.toBe(manifest.fragmentFiles[0]);
    expect(changed.fragmentFiles.slice(1)).toEqual(manifest.fragmentFiles.slice(1));
    for (const name of files.files.keys()) expect(name).toMatch(/^[wr]-[0-9a-f]{12}\.json$/);
  });

  it('fetches only the files a query needs, and finds what the single file finds first', async () => {
    for (const q of ['Hikvision', 'Chongqing', 'Paul Mozur', '2.58 million', 'jaywalkers']) {
      const requests: string[] = [];
      const engine = shardedEngine(files, requests);
      const got = await engine.query(q, { limit: 8 });
      const want = single.search(q, { limit: 8 });
      expect(got.entries[0]?.record.id, q).toBe(want.entries[0]?.record.id);
      expect(got.passages.length, q).toBeGreaterThan(0);
      expect(requests.length, q).toBeLessThan(files.files.size / 4);
      // Every hit is a record that arrived, with its highlights.
      for (const hit of [...got.entries, ...got.passages]) expect(hit.record.id).not.toBe('');
      expect(got.passages.some((h) => h.highlights.text.length > 0), q).toBe(true);
    }
  });

  it('keeps typo tolerance: a misspelt word finds the word meant', async () => {
    const engine = shardedEngine(files);
    for (const [typo, meant] of [['survelliance', 'surveillance'], ['Chongquing', 'chongqing'], ['Hikvison', 'hikvision']] as const) {
      const got = await engine.query(typo, { limit: 8 });
      const first = got.entries[0] ?? got.passages[0];
      expect(first, typo).toBeDefined();
      expect(`${first!.record.type === 'passage' ? '' : first!.record.name} ${first!.record.text}`.toLowerCase(), typo).toContain(meant);
      expect(got.suggestion).toBe(meant);
    }
  });

  it('caps the number of results it fetches records for', async () => {
    const engine = shardedEngine(files);
    const got = await engine.query('the');
    expect(got.passages.length).toBe(SHARDED_MAX_LIMIT);
    expect(got.totalPassages).toBeGreaterThan(SHARDED_MAX_LIMIT);
    expect(engine.records.length).toBeLessThan(records.length);
  });

  it('says clearly when a file is missing or not what the manifest names', async () => {
    const missing = createSearchEngine(JSON.parse(JSON.stringify(files.index)), async () => {
      throw new Error('/search-data/w-000000000000.json: HTTP 404');
    });
    await expect(missing.query('Hikvision')).rejects.toThrow(/HTTP 404/);
    const wrong = createSearchEngine(JSON.parse(JSON.stringify(files.index)), async () => ({ version: 2, first: 0, postings: [] }));
    await expect(wrong.query('Hikvision')).rejects.toThrow(/not the word shard the search index names/);
    const none = createSearchEngine(JSON.parse(JSON.stringify(files.index)));
    await expect(none.query('Hikvision')).rejects.toThrow(/sharded/);
    // Input without words needs no file at all.
    expect((await none.query('  ?! ')).passages).toEqual([]);
  });
});

describe('the search index check', () => {
  it('turns down what is not a search index', () => {
    for (const bad of [null, {}, { version: 1 }, { version: 2, form: 'single', articles: [], records: [{ type: 'passage' }] }, { version: 2, form: 'sharded', articles: [] }]) {
      expect(isSearchPayload(bad)).toBe(false);
      expect(() => createSearchEngine(bad)).toThrow(/search-index\.json/);
    }
    expect(ids(createSearchEngine({ version: 2, form: 'single', articles: [], records: [] }).search('x'))).toEqual([]);
  });
});
