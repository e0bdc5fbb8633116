import zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotateLibrary } from '@/lib/annotate';
import type { AnnotatedLibrary } from '@/lib/annotate/types';
import { loadLibrary } from '@/lib/content/load';
import { buildSearchFiles, searchPayloadFor, type SearchFiles } from '@/lib/search/build';
import { answerAsTyped } from '@/components/search/answer';
import { createSearchEngine, SHARDED_MAX_LIMIT, type SearchEngine, type SearchResponse } from '@/lib/search/engine';
import {
  entryArticlesFile,
  fragmentRanges,
  isFragmentFile,
  isSearchPayload,
  loadRecord,
  SEARCH_PAYLOAD_VERSION,
  packFile,
  shardFile,
  type EntryArticlesFile,
  type FragmentFile,
  type ShardedIndex,
  type SingleFileIndex,
} from '@/lib/search/payload';
import { articleInfo, buildSearchRecords, type SearchRecord } from '@/lib/search/records';
import { memoryLoader, pieceCount } from '../search-files';

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
  return createSearchEngine(JSON.parse(JSON.stringify(files.index)), memoryLoader(files, requests));
}
/** Every fragment of a sharded index, unpacked from its pack. */
function fragmentsOf(files: SearchFiles): FragmentFile[] {
  return fragmentRanges(files.index as ShardedIndex).map((r) => JSON.parse(zlib.gunzipSync((files.files.get(r.file) as Uint8Array).subarray(r.start, r.end)).toString('utf8')) as FragmentFile);
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

  it('is a manifest of words and where shards start, with no text of any record nor any article', () => {
    const manifest = files.index as ShardedIndex;
    expect(manifest.form).toBe('sharded');
    const text = JSON.stringify(manifest);
    expect(text).not.toContain('seething mass of 15.35 million people');
    expect(text).not.toContain(lib.articles[0]!.title);
    expect(manifest.shardStarts.length).toBeGreaterThan(10);
    const names = [...files.files.keys()];
    expect(names.filter((n) => n.startsWith('w'))).toEqual(manifest.shardStarts.map((_, k) => shardFile(manifest, k)));
    // The fragments are not files: each is packed, compressed, end to end with the others, in one pack here.
    expect(manifest.fragmentBytes).toHaveLength(Math.ceil(records.length / 8));
    expect(manifest.packStarts).toEqual([0]);
    expect(names.filter((n) => n.startsWith('r'))).toEqual([packFile(manifest, 0)]);
    const pack = files.files.get(packFile(manifest, 0)) as Uint8Array;
    expect(pack.length).toBe(manifest.fragmentBytes.reduce((a, b) => a + b, 0));
  });

  it('packs fragments end to end, each a gzip of its own that gives its records back as they were, in as many packs as the size allows', () => {
    const fragments = fragmentsOf(files);
    expect(fragments.map((f) => f.first)).toEqual(fragments.map((_, k) => k * 8));
    expect(fragments.flatMap((f) => f.records).map((r) => loadRecord(r).id)).toEqual(records.map((r) => r.id));
    // Packs of at most 10 kB: several, each under the bound unless a single fragment is larger, and the same fragments.
    const small = buildSearchFiles(records, articleInfo(lib), { form: 'sharded', shardChars: 2000, fragmentSize: 8, packBytes: 10_000 });
    const manifest = small.index as ShardedIndex;
    expect(manifest.packStarts.length).toBeGreaterThan(2);
    const packs = [...small.files].filter(([name]) => name.startsWith('r')).map(([, data]) => data as Uint8Array);
    expect(packs).toHaveLength(manifest.packStarts.length);
    for (const pack of packs) expect(pack.length).toBeLessThanOrEqual(10_000);
    expect(fragmentsOf(small)).toEqual(fragments);
    expect(fragmentRanges(manifest).filter((r) => r.start === 0).map((r) => r.pack)).toEqual(manifest.packStarts.map((_, p) => p));
  });

  it('gives every fragment the articles of its passages', () => {
    const manifest = files.index as ShardedIndex;
    const fragment = fragmentsOf(files)[0]!;
    expect(manifest.fragmentSize).toBe(8);
    expect(fragment.articles.map((a) => a.slug)).toEqual([...new Set(records.slice(0, 8).map((r) => (r.type === 'passage' ? r.article : '')))]);
    expect(fragment.articles[0]!.title).toBe(lib.articles[0]!.title);
  });

  it('keeps the articles of each entry out of the fragments, in one file of their own that gives them back as they were', () => {
    const manifest = files.index as ShardedIndex;
    const stored = fragmentsOf(files).flatMap((f) => f.records);
    expect(stored.filter((r) => r.type !== 'passage').length).toBe(manifest.records - manifest.passages);
    for (const r of stored) expect(r).not.toHaveProperty('articles');

    const file = JSON.parse(files.files.get(entryArticlesFile(manifest)) as string) as EntryArticlesFile;
    expect(file.first).toBe(manifest.passages);
    expect(file.articles).toEqual(lib.articles.map((a) => a.slug));
    const entries = records.slice(manifest.passages);
    expect(file.entries.length).toBe(entries.length);
    // Some entry appears in every article, some in one: both come back.
    const lengths = entries.map((r) => (r.type === 'passage' ? 0 : r.articles!.length));
    expect(Math.max(...lengths)).toBe(lib.articles.length);
    expect(Math.min(...lengths)).toBeLessThanOrEqual(1);
  });

  it('gives each entry its articles once asked to fetch them, and says so when that file is wrong', async () => {
    const requests: string[] = [];
    const engine = shardedEngine(files, requests);
    const got = await engine.query('Chongqing', { limit: 8 });
    const entry = got.entries[0]!;
    expect(entry.record.id).toBe('places/chongqing');
    expect(engine.articlesOf(entry)).toBeUndefined();
    expect(requests.some((r) => r.startsWith('a-'))).toBe(false);
    await engine.loadEntryArticles();
    await engine.loadEntryArticles();
    expect(requests.filter((r) => r.startsWith('a-'))).toHaveLength(1);
    for (const hit of got.entries) {
      const whole = records[hit.index]!;
      expect(engine.articlesOf(hit), hit.record.id).toEqual(whole.type === 'passage' ? undefined : whole.articles);
    }
    expect(engine.articlesOf(got.passages[0]!)).toBeUndefined();
    // The single file keeps them in the records: nothing to fetch.
    const alone = single.search('Chongqing', { limit: 8 }).entries[0]!;
    await single.loadEntryArticles();
    expect(single.articlesOf(alone)).toEqual((records[alone.index] as { articles: string[] }).articles);

    const manifest = files.index as ShardedIndex;
    for (const bad of [{ version: SEARCH_PAYLOAD_VERSION, first: manifest.passages, articles: ['x'], entries: ['0 zz?'] }, { version: SEARCH_PAYLOAD_VERSION, first: 0, articles: [], entries: [] }, null]) {
      const broken = createSearchEngine(JSON.parse(JSON.stringify(files.index)), async (file, range) => (file.startsWith('a-') ? bad : memoryLoader(files)(file, range)));
      await expect(broken.loadEntryArticles()).rejects.toThrow(/not the articles of the entries the search index names/);
    }
  });

  it('names its files by a hash of their content: the same data the same names, other data new names', () => {
    const again = sharded();
    expect([...again.files.keys()]).toEqual([...files.files.keys()]);
    const other = buildSearchFiles(records.map((r, i) => (i === 0 ? { ...r, text: `${r.text} changed` } : r)), articleInfo(lib), { form: 'sharded', shardChars: 2000, fragmentSize: 8 });
    const manifest = files.index as ShardedIndex;
    const changed = other.index as ShardedIndex;
    expect(changed.hash).not.toBe(manifest.hash);
    for (const name of files.files.keys()) expect(name).toMatch(/^(w\d+-[0-9a-f]{12}\.json|r\d+-[0-9a-f]{12}\.bin|a-[0-9a-f]{12}\.json)$/);
    expect([...other.files.keys()].filter((name) => name.startsWith('r'))).toEqual([packFile(changed, 0)]);
    expect(packFile(changed, 0)).not.toBe(packFile(manifest, 0));
  });

  it('fetches only the files a query needs, and finds what the single file finds first', async () => {
    const ranges = fragmentRanges(files.index as ShardedIndex);
    const bounds = new Map(ranges.map((r) => [r.start, r.end]));
    for (const q of ['Hikvision', 'Chongqing', 'Paul Mozur', '2.58 million', 'jaywalkers']) {
      const requests: string[] = [];
      const engine = shardedEngine(files, requests);
      const got = await engine.query(q, { limit: 8 });
      const want = single.search(q, { limit: 8 });
      expect(got.entries[0]?.record.id, q).toBe(want.entries[0]?.record.id);
      expect(got.passages.length, q).toBeGreaterThan(0);
      expect(requests.length, q).toBeLessThan(pieceCount(files) / 4);
      // Records come by range from the pack.
      const ranges = requests.filter((r) => r.startsWith('r')).map((r) => r.match(/bytes=(\d+)-(\d+)$/)!.slice(1).map(Number) as [number, number]);
      expect(ranges.length, q).toBeGreaterThan(0);
      // One fragment a request: each kept by the browser's cache for later pages.
      for (const [start, last] of ranges) expect(bounds.get(start), q).toBe(last + 1);
      expect(new Set(ranges.map(([start]) => start)).size, q).toBe(ranges.length);
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

  it('answers at once from what it holds, and says what it lacked', async () => {
    const engine = shardedEngine(files);
    expect(engine.search('Hikvision', { limit: 8 }).loaded).toBe('some');
    const full = await engine.query('Hikvision', { limit: 8 });
    expect(full.loaded).toBe('all');
    const again = engine.search('Hikvision', { limit: 8 });
    expect(again.loaded).toBe('all');
    expect(ids(again)).toEqual(ids(full));
    // The shard of “hikvision” is here, not the records of another word's results.
    expect(engine.search('Hikvisi', { limit: 8 }).loaded).not.toBe('some');
    expect(single.search('Hikvision').loaded).toBe('all');
  });

  it('answers a keystroke at once when its words are at hand, and again when the records land (answerAsTyped)', async () => {
    const engine = shardedEngine(files);
    const shown: SearchResponse[] = [];
    const failed: Error[] = [];
    // Nothing loaded: no answer at once (the previous one stays), the complete one when the files land.
    answerAsTyped(engine, 'Hikvision', { limit: 8 }, (r) => shown.push(r), (e) => failed.push(e));
    expect(shown).toEqual([]);
    await expect.poll(() => shown.length).toBe(1);
    expect(shown[0]!.loaded).toBe('all');
    // Loaded: one answer, at once.
    answerAsTyped(engine, 'Hikvision', { limit: 8 }, (r) => shown.push(r), (e) => failed.push(e));
    expect(shown.length).toBe(2);
    expect(ids(shown[1]!)).toEqual(ids(shown[0]!));
    // An answer still to come is dropped once the reader typed on.
    const fresh = shardedEngine(files);
    const drop = answerAsTyped(fresh, 'Chongqing', { limit: 8 }, (r) => shown.push(r), (e) => failed.push(e));
    drop();
    await fresh.query('Chongqing', { limit: 8 });
    await new Promise((r) => setTimeout(r, 10));
    expect(shown.length).toBe(2);
    expect(failed).toEqual([]);
  });

  it('learns the articles and the names of entries from the fragments it fetches', async () => {
    const engine = shardedEngine(files);
    expect(engine.articles).toEqual([]);
    const got = await engine.query('Hikvision', { limit: 8 });
    for (const hit of got.passages) expect(engine.articlesBySlug.get((hit.record as { article: string }).article)?.title).toBeTruthy();
    expect(engine.nameOf('organizations/hikvision')).toBe('Hikvision');
  });

  it('checks and fetches no more entries than asked for when a list shows fewer entries than passages (entryLimit)', async () => {
    // “China”: many entries and many passages hold it.
    const both = await single.query('China', { limit: 8 });
    expect(both.entries).toHaveLength(8);
    const fewer = await single.query('China', { limit: 8, entryLimit: 2 });
    expect(ids({ entries: fewer.entries, passages: [] })).toEqual(ids({ entries: both.entries.slice(0, 2), passages: [] }));
    expect(ids({ entries: [], passages: fewer.passages })).toEqual(ids({ entries: [], passages: both.passages }));
    expect(fewer.totalEntries).toBe(both.totalEntries);
    expect((await single.query('China', { entryLimit: 0 })).entries).toEqual([]);

    const requests = { both: [] as string[], fewer: [] as string[] };
    const shardedBoth = await shardedEngine(files, requests.both).query('China', { limit: 8 });
    const shardedFewer = await shardedEngine(files, requests.fewer).query('China', { limit: 8, entryLimit: 2 });
    expect(shardedFewer.entries).toHaveLength(2);
    expect(ids({ entries: [], passages: shardedFewer.passages })).toEqual(ids({ entries: [], passages: shardedBoth.passages }));
    // Fewer entries checked: fewer fragments fetched.
    const fragments = (list: string[]) => list.filter((r) => r.startsWith('r')).length;
    expect(fragments(requests.fewer)).toBeLessThan(fragments(requests.both));
    // Bounded as the limit is: never above SHARDED_MAX_LIMIT, never below none.
    const capped = await shardedEngine(files).query('the', { limit: 1, entryLimit: 1000 });
    expect(capped.entries).toHaveLength(SHARDED_MAX_LIMIT);
    expect(capped.passages).toHaveLength(1);
    expect((await shardedEngine(files).query('China', { entryLimit: -3 })).entries).toEqual([]);
    // A misspelt word (Fuse scores the candidates): the passages found do not depend on the entries asked for.
    const typo = { both: await shardedEngine(files).query('survelliance', { limit: 8 }), fewer: await shardedEngine(files).query('survelliance', { limit: 8, entryLimit: 1 }) };
    expect(typo.fewer.entries.length).toBeLessThanOrEqual(1);
    expect(typo.fewer.passages.length).toBeGreaterThan(0);
    expect(ids({ entries: [], passages: typo.fewer.passages })).toEqual(ids({ entries: [], passages: typo.both.passages }));
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
    const wrong = createSearchEngine(JSON.parse(JSON.stringify(files.index)), async () => ({ version: SEARCH_PAYLOAD_VERSION, first: -1, postings: [] }));
    await expect(wrong.query('Hikvision')).rejects.toThrow(/not the word shard the search index names/);
    // A pack whose bytes are not the fragments named, or not as many as asked for.
    const load = memoryLoader(files);
    const garbled = createSearchEngine(JSON.parse(JSON.stringify(files.index)), async (file, range) => {
      const data = await load(file, range);
      return range ? new Uint8Array((data as Uint8Array).length).fill(31) : data;
    });
    await expect(garbled.query('Hikvision')).rejects.toThrow(/search-data\/r0-[0-9a-f]+\.bin: bytes \d+–\d+ could not be unpacked/);
    // Unpacked, but not the fragment named: a fragment of another place, padded to the length asked for (a
    // stored gzip member is its text plus 23 bytes).
    const foreign = createSearchEngine(JSON.parse(JSON.stringify(files.index)), async (file, range) => {
      if (!range) return load(file);
      const json = JSON.stringify({ version: SEARCH_PAYLOAD_VERSION, first: -1, records: [], articles: [] });
      const bytes = zlib.gzipSync(json.padEnd(range.end - range.start - 23, ' '), { level: 0 });
      expect(bytes.length).toBe(range.end - range.start);
      return bytes;
    });
    await expect(foreign.query('Hikvision')).rejects.toThrow(/search-data\/r0-[0-9a-f]+\.bin: not the record fragment the search index names \(bytes \d+–\d+\)\. Rebuild the site\./);
    const short = createSearchEngine(JSON.parse(JSON.stringify(files.index)), async (file, range) => {
      const data = await load(file, range);
      return range ? (data as Uint8Array).subarray(1) : data;
    });
    await expect(short.query('Hikvision')).rejects.toThrow(/did not load \(r0-[0-9a-f]+\.bin: not the bytes \d+–\d+ asked for\)/);
    // A failed fetch is forgotten: the same engine asks again and answers.
    let fail = true;
    const flaky = createSearchEngine(JSON.parse(JSON.stringify(files.index)), async (file, range) => {
      if (range && fail) throw new Error('part of the search index did not load (HTTP 503)');
      return load(file, range);
    });
    await expect(flaky.query('Hikvision')).rejects.toThrow(/HTTP 503/);
    fail = false;
    expect((await flaky.query('Hikvision', { limit: 8 })).loaded).toBe('all');
    const none = createSearchEngine(JSON.parse(JSON.stringify(files.index)));
    await expect(none.query('Hikvision')).rejects.toThrow(/sharded/);
    // Input without words needs no file at all.
    expect((await none.query('  ?! ')).passages).toEqual([]);
  });
});

describe('the search index check', () => {
  it('turns down what is not a search index', () => {
    for (const bad of [null, {}, { version: 1 }, { version: SEARCH_PAYLOAD_VERSION, form: 'single', articles: [], records: [{ type: 'passage' }] }, { version: SEARCH_PAYLOAD_VERSION - 1, form: 'single', articles: [], records: [] }, { version: SEARCH_PAYLOAD_VERSION, form: 'sharded', articles: [] }]) {
      expect(isSearchPayload(bad)).toBe(false);
      expect(() => createSearchEngine(bad)).toThrow(/search-index\.json/);
    }
    expect(ids(createSearchEngine({ version: SEARCH_PAYLOAD_VERSION, form: 'single', articles: [], records: [] }).search('x'))).toEqual([]);
  });

  it('turns down a manifest whose fragment sizes or packs do not add up', () => {
    const manifest = sharded().index as ShardedIndex;
    expect(isSearchPayload(manifest)).toBe(true);
    // An empty library is a valid sharded index: no fragments, no packs.
    expect(isSearchPayload(buildSearchFiles([], [], { form: 'sharded' }).index)).toBe(true);
    for (const change of [
      { fragmentBytes: manifest.fragmentBytes.slice(1) },
      { fragmentBytes: [0, ...manifest.fragmentBytes.slice(1)] },
      { fragmentBytes: undefined },
      { packStarts: [] },
      { packStarts: [1] },
      { packStarts: [0, 0] },
      { packStarts: [0, manifest.fragmentBytes.length] },
      { records: -1, passages: 0, fragmentBytes: [], packStarts: [] },
      { passages: manifest.records + 1 },
    ]) {
      expect(isSearchPayload({ ...manifest, ...change }), JSON.stringify(change)).toBe(false);
    }
  });

  it('wants an entry’s articles in the single file, and none in a fragment (they have a file of their own)', () => {
    const entry = { type: 'place', slug: 'chongqing', name: 'Chongqing', aliases: [], label: 'city', text: 'A city.' };
    const single = (records: unknown[]) => ({ version: SEARCH_PAYLOAD_VERSION, form: 'single', articles: [], records });
    expect(isSearchPayload(single([{ ...entry, articles: [] }]))).toBe(true);
    expect(isSearchPayload(single([entry]))).toBe(false);
    const fragment = (records: unknown[]) => ({ version: SEARCH_PAYLOAD_VERSION, first: 0, records, articles: [] });
    expect(isFragmentFile(fragment([entry]), 0)).toBe(true);
    expect(isFragmentFile(fragment([{ ...entry, articles: [] }]), 0)).toBe(false);
  });
});
