import Fuse from 'fuse.js';
import { allowedEdits, bitCount, boundedEditDistance, letterMask } from './distance';
import { containsSequence, inflections, sequencePattern } from './match';
import { fuseOptions } from './options';
import {
  entryArticlesFile,
  fragmentRanges,
  isEntryArticlesFile,
  isFragmentFile,
  isSearchPayload,
  isShardFile,
  loadRecord,
  SEARCH_DATA_PATH,
  SEARCH_PAYLOAD_VERSION,
  shardFile,
  type FragmentFile,
  type FragmentRange,
  type SearchPayload,
  type ShardedIndex,
} from './payload';
import { decodePostings, FIELD_ALIAS, FIELD_NAME } from './postings';
import { parseQuery, type ParsedQuery } from './query';
import type { ArticleInfo, SearchRecord } from './records';
import type { ArticleSlug } from '../ids';
import { mergeRanges, rangesFromFuse, type Range } from './snippet';
import { foldText, tokenize, type Token } from './text';
import { buildWordIndex } from './words';

/**
 * The search itself, in two stages:
 *
 * 1. Exact: every query word is looked up in the word index (whole words, their singular or plural, and the
 *    word being typed as a prefix). Records that hold every word rank first: an entry whose name is the query
 *    above all, then records holding the words side by side (the query as a phrase), then the others. A
 *    “quoted phrase” must be there as it is.
 * 2. Fuzzy, only when a word is not in the index at all (a typo: “survelliance”, “Chongquing”): the word index
 *    proposes the indexed words within one or two edits, the records holding them become the candidates, and
 *    Fuse (given just those records) scores them. Fuzzy hits rank below exact ones.
 * Records that hold only some of the words come last.
 *
 * The word index narrows every stage to the records that can match, so a query costs little more with a
 * thousand articles than with four (scripts/bench/search.ts).
 *
 * With a sharded index (payload.ts) the engine starts with the words alone: `query()` runs the search, notes
 * which posting lists and which records it lacked, fetches their shards and fragments, and runs it again until
 * nothing is missing (two fetches in a row for most queries). The stages that read text (the phrase and name
 * check, Fuse, highlighting) then read fewer records (SHARDED_*), so that a query fetches only a few fragments.
 */

/** How a hit matched, best first. */
export type MatchKind = 'name' | 'phrase' | 'words' | 'fuzzy' | 'partial';

export type SearchHit = {
  record: SearchRecord;
  /** The record's position in the library's records (passages first, then entries). */
  index: number;
  match: MatchKind;
  /** Higher is better; comparable only within one search. */
  score: number;
  /** The stretches to highlight, per field (half-open ranges). */
  highlights: { name: Range[]; aliases: Range[][]; text: Range[] };
};

export type SearchResponse = {
  query: ParsedQuery;
  /** Places, people, organizations, themes and claims, best first. */
  entries: SearchHit[];
  /** Article passages, best first. */
  passages: SearchHit[];
  /** How many of each matched in all (the lists may be cut by `limit`). */
  totalEntries: number;
  totalPassages: number;
  /** A respelling of the query made of indexed words, when some query word is not in the index. */
  suggestion: string | null;
  /**
   * What the answer was made from: `all` — everything it needed; `words` — every posting list it needed, but
   * some records had not arrived (their hits are left out); `some` — some posting lists had not arrived.
   * Always `all` with a single-file index and from `query()`, unless a file could not be fetched in time.
   */
  loaded: 'all' | 'words' | 'some';
};

export type SearchOptions = {
  /**
   * At most this many passages, and as many entries unless `entryLimit` says otherwise (default: all;
   * SHARDED_MAX_LIMIT with a sharded index).
   */
  limit?: number;
  /**
   * At most this many entries instead (default: `limit`; bounded as `limit` is), for a list that shows fewer
   * entries than passages, as the header's does (5 and 8): with a sharded index, each entry checked may cost a
   * fragment to fetch.
   */
  entryLimit?: number;
};

/**
 * Fetches a file of a sharded index by name (from SEARCH_DATA_PATH). Without a range it returns the file's parsed
 * JSON; with one, exactly bytes start … end − 1 of the file (a Uint8Array or ArrayBuffer), as an HTTP range
 * request gives them.
 */
export type FileLoader = (file: string, range?: ByteRange) => Promise<unknown>;
export type ByteRange = { start: number; end: number };

/** The text of one gzip member, unpacked by the platform (DecompressionStream: browsers, Node 18 and later). */
async function gunzipText(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

/**
 * How many of the complete matches are checked for phrases and names (the rest keep their word-index order):
 * on the search page 400, in the header list eight times what it shows (at least 100). A quoted phrase must be
 * checked to be shown: 2,000 on the search page, fifty times what the header list shows. With the four
 * articles every match is checked; in a large library the totals for a quoted phrase count the checked ones.
 */
const REFINE_LIMIT = 400;
const MIN_REFINE = 100;
const PHRASE_REFINE_LIMIT = 2000;
/** At most this many candidates are given to Fuse. */
const FUZZY_CANDIDATES = 60;
/** A word being typed is completed to at most this many indexed words (the most frequent). */
const MAX_PREFIX_EXPANSIONS = 40;
const MAX_FUZZY_EXPANSIONS = 20;
/**
 * With a sharded index: at most this many entries and passages per search; the phrase and name check reads the
 * best `limit + SHARDED_EXTRA_CHECKED` complete matches of each group; Fuse scores as many of each group's
 * best fuzzy candidates (at most SHARDED_FUZZY_CANDIDATES in all): entries and passages each get their share,
 * so that entries with the word in their name cannot crowd every passage out of the candidates.
 */
export const SHARDED_MAX_LIMIT = 50;
const SHARDED_EXTRA_CHECKED = 2;
const SHARDED_FUZZY_CANDIDATES = 24;
/** How many rounds of fetching a query may take before it answers with what it has. */
const MAX_ROUNDS = 5;

const ENTRIES = 0;
const PASSAGES = 1;

type Expansion = { word: number; quality: number };
/** The most entries and the most passages a search returns (indexed by group: ENTRIES, PASSAGES). */
type Limits = readonly [number, number];
/** A hit before highlighting; Fuse's match ranges (inclusive ends, in the text) are kept as a fallback. */
type Scored = { index: number; match: MatchKind; score: number; fuseRanges?: ReadonlyArray<readonly [number, number]> };

const fieldWeight = (fields: number) => (fields & FIELD_NAME ? 1 : fields & FIELD_ALIAS ? 0.9 : 0.5);
const popcount = (n: number) => {
  let c = 0;
  for (let v = n; v; v &= v - 1) c++;
  return c;
};
const rank = (m: MatchKind) => ['name', 'phrase', 'words', 'fuzzy', 'partial'].indexOf(m);

/** Fuse's field-length norm of a text (fieldNormWeight 0.5: 1 / words^¼, three decimals); 0 for no text. */
export function fieldNorm(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const separator = (c >= 9 && c <= 13) || c === 32 || c === 160;
    if (!separator && !inWord) words++;
    inWord = !separator;
  }
  if (words === 0) return 0;
  return Math.round(1000 / Math.pow(words, 0.5 * fuseOptions.fieldNormWeight)) / 1000;
}

/** Stands in for a record that has not arrived yet; a search that met one is run again once it has. */
// Its empty article slug is no slug at all (the brand is asserted only for this placeholder, which is never shown).
const MISSING: SearchRecord = { type: 'passage', id: '', article: '' as ArticleSlug, n: 0, kind: 'paragraph', text: '', places: [], people: [], organizations: [], claims: [], themes: [] };
const NO_POSTINGS = new Int32Array(0);

/**
 * Per-record working space for one stage of one search: which query words a record holds (bit mask) and
 * its score. Typed arrays sized to the library, reused search after search; only touched slots are reset.
 */
class Scratch {
  readonly mask: Uint32Array;
  readonly score: Float64Array;
  readonly best: Float64Array;
  touched: number[] = [];
  constructor(size: number) {
    this.mask = new Uint32Array(size);
    this.score = new Float64Array(size);
    this.best = new Float64Array(size);
  }
  reset() {
    for (const r of this.touched) {
      this.mask[r] = 0;
      this.score[r] = 0;
    }
    this.touched = [];
  }
}

export class SearchEngine {
  /** The articles results name: all of them with a single-file index; with a sharded one, those of the records fetched so far. */
  readonly articles: ArticleInfo[];
  /** The same articles by slug (one Map, added to as fragments arrive). */
  readonly articlesBySlug = new Map<string, ArticleInfo>();
  private readonly entryNames = new Map<string, string>();
  /** How many records the library has (passages first, then entries), loaded or not. */
  readonly size: number;
  private readonly passageCount: number;
  /** The records, by position; with a sharded index, only those fetched so far. */
  private readonly slots: (SearchRecord | undefined)[];
  private readonly words: string[];
  private readonly wordIds: Map<string, number>;
  /** How many records hold each word (the length of its posting list). */
  private readonly counts: Int32Array;
  private readonly encoded: (string | undefined)[];
  private readonly decoded: (Int32Array | undefined)[];
  /** Fuse's field-length norm of each record's text (1 / ∜words), once the record is here: shorter passages win ties. */
  private readonly norms: Float32Array;
  /** The norms `top()` breaks ties with: those of every record, or none (all 0) while records arrive piecemeal. */
  private readonly tieNorms: Float32Array;
  private readonly nameTokens = new Map<number, Token[][]>();
  private readonly textTokens = new Map<number, Token[]>();
  private readonly fuzzyCache = new Map<string, Expansion[]>();
  private masks: Uint32Array | null = null;
  private readonly exactScratch: Scratch;
  private readonly fuzzyScratch: Scratch;
  private readonly sharded: ShardedIndex | null;
  private readonly load: FileLoader | null;
  private readonly missingShards = new Set<number>();
  private readonly missingFragments = new Set<number>();
  /** Files and ranges asked for (arrived or on their way), by name (and range); a failed fetch is forgotten. */
  private readonly pending = new Map<string, Promise<void>>();
  /** Where each fragment's bytes are (from the manifest), worked out on first need. */
  private ranges: FragmentRange[] | null = null;
  /** With a sharded index, once fetched: the article slugs, and each entry's articles as encoded positions. */
  private entryArticles: { slugs: string[]; encoded: string[]; decoded: (string[] | undefined)[] } | null = null;

  constructor(payload: SearchPayload, load: FileLoader | null = null) {
    this.articles = payload.form === 'single' ? payload.articles : [];
    this.load = load;
    if (payload.form === 'single') {
      this.sharded = null;
      const records = payload.records.map(loadRecord);
      this.size = records.length;
      this.slots = records;
      const passages = records.findIndex((r) => r.type !== 'passage');
      this.passageCount = passages === -1 ? records.length : passages;
      const wordIndex = buildWordIndex(records);
      this.words = wordIndex.words;
      this.encoded = wordIndex.postings;
      this.decoded = wordIndex.postings.map(decodePostings);
      this.counts = Int32Array.from(this.decoded, (p) => p!.length);
    } else {
      this.sharded = payload;
      this.size = payload.records;
      this.passageCount = payload.passages;
      this.slots = new Array(payload.records);
      this.words = payload.words;
      this.encoded = new Array(payload.words.length);
      this.decoded = new Array(payload.words.length);
      this.counts = Int32Array.from(payload.counts);
    }
    this.wordIds = new Map(this.words.map((w, i) => [w, i]));
    for (const a of this.articles) this.articlesBySlug.set(a.slug, a);
    this.norms = new Float32Array(this.size);
    // A sharded index starts with no records (they come with their fragments).
    if (!this.sharded) {
      this.slots.forEach((r, i) => {
        if (!r) return;
        if (r.type !== 'passage') this.entryNames.set(r.id, r.name);
        this.norms[i] = fieldNorm(r.text);
      });
    }
    this.tieNorms = this.sharded ? new Float32Array(this.size) : this.norms;
    this.exactScratch = new Scratch(this.size);
    this.fuzzyScratch = new Scratch(this.size);
  }

  /** The records at hand: all of them with a single-file index; those fetched so far with a sharded one. */
  get records(): SearchRecord[] {
    return this.slots.filter((r): r is SearchRecord => r !== undefined);
  }

  /** The name of a place, person, organization, theme or claim by its id (`places/xiangyang`), once its record is here. */
  nameOf(id: string): string | undefined {
    return this.entryNames.get(id);
  }

  /** Whether the index is sharded (a query may fetch files). */
  get isSharded(): boolean {
    return this.sharded !== null;
  }

  /**
   * Searches for what the reader typed, fetching first whatever part of a sharded index the query needs.
   * Never rejects on any input; rejects, with a readable message, when a file of the index cannot be fetched
   * or is not what it should be.
   */
  async query(input: string, options: SearchOptions = {}): Promise<SearchResponse> {
    for (let round = 1; ; round++) {
      const response = this.search(input, options);
      if ((this.missingShards.size === 0 && this.missingFragments.size === 0) || round >= MAX_ROUNDS) return response;
      await this.fetchMissing();
    }
  }

  private group(record: number): number {
    return record < this.passageCount ? PASSAGES : ENTRIES;
  }

  /** A record by position; while it has not arrived, a blank stand-in (and the search will be run again). */
  private record(index: number): SearchRecord {
    const r = this.slots[index];
    if (r) return r;
    if (this.sharded) this.missingFragments.add(Math.floor(index / this.sharded.fragmentSize));
    return MISSING;
  }

  /** The shard holding a word's posting list (the last shard starting at or before it). */
  private shardOf(word: number): number {
    const starts = this.sharded!.shardStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= word) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * Fetches a file of the sharded index, or a range of its bytes, once (a failed fetch may be tried again), and
   * stores what it holds.
   */
  private fetchOnce(file: string, store: (data: unknown) => void | Promise<void>, range?: ByteRange): Promise<void> {
    const key = range ? `${file} bytes=${range.start}-${range.end - 1}` : file;
    let p = this.pending.get(key);
    if (!p) {
      if (!this.load) return Promise.reject(new Error('the search index is sharded, but no way to fetch its files was given'));
      p = this.load(file, range).then(store);
      this.pending.set(key, p);
      p.catch(() => this.pending.delete(key));
    }
    return p;
  }

  /**
   * Makes sure every entry's articles are at hand for articlesOf(): nothing to do with a single-file index; with
   * a sharded one, fetches their file (only the search page's article filter needs it). Rejects, with a readable
   * message, when the file cannot be fetched or is not what it should be.
   */
  async loadEntryArticles(): Promise<void> {
    const index = this.sharded;
    if (!index || this.entryArticles) return;
    const file = entryArticlesFile(index);
    const entries = index.records - index.passages;
    await this.fetchOnce(file, (data) => {
      if (!isEntryArticlesFile(data, index.passages, entries)) throw new Error(`${SEARCH_DATA_PATH}${file}: not the articles of the entries the search index names. Rebuild the site.`);
      this.entryArticles = { slugs: data.articles, encoded: data.entries, decoded: new Array(entries) };
    });
  }

  /**
   * The articles an entry appears in (slugs, in publication order), from its record or, with a sharded index,
   * from the file loadEntryArticles() fetches; undefined until that file is here, and for a passage.
   */
  articlesOf(hit: Pick<SearchHit, 'record' | 'index'>): string[] | undefined {
    if (hit.record.type === 'passage') return undefined;
    if (hit.record.articles) return hit.record.articles;
    const known = this.entryArticles;
    const k = hit.index - this.passageCount;
    if (!known || k < 0 || k >= known.encoded.length) return undefined;
    let list = known.decoded[k];
    if (!list) {
      list = [];
      for (const position of decodePostings(known.encoded[k]!)) {
        const slug = known.slugs[position];
        if (slug !== undefined) list.push(slug);
      }
      known.decoded[k] = list;
    }
    return list;
  }

  /**
   * Fetches fragments by number, each by a range request of its own (so that the browser's cache keeps each
   * fragment for later pages: fetched in runs, the session of side-by-side.ts with page loads cost 717 kB
   * instead of 505 kB, for 4 requests fewer a query), then unpacks, checks and stores them. Returns a promise
   * per fragment, those already on their way included.
   */
  private fetchFragments(wanted: number[]): Promise<void>[] {
    const ranges = (this.ranges ??= fragmentRanges(this.sharded!));
    return wanted.flatMap((k) => {
      const range = ranges[k];
      return range ? [this.fetchOnce(range.file, (data) => this.unpackFragment(k, range, data), range)] : [];
    });
  }

  /** Checks, unpacks and stores fragment k from the bytes of its range; throws a readable error when they are not it. */
  private async unpackFragment(k: number, { file, start, end }: FragmentRange, data: unknown): Promise<void> {
    const view = data instanceof ArrayBuffer ? new Uint8Array(data) : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : null;
    if (!view || view.length !== end - start) throw new Error(`part of the search index did not load (${file}: not the bytes ${start}–${end - 1} asked for)`);
    if (typeof DecompressionStream === 'undefined') throw new Error('this browser cannot unpack the search index (it has no DecompressionStream); a current browser can');
    let text: string;
    try {
      text = await gunzipText(view);
    } catch {
      throw new Error(`${SEARCH_DATA_PATH}${file}: bytes ${start}–${end - 1} could not be unpacked (not gzip, or cut short). Rebuild the site if this persists.`);
    }
    let fragment: unknown;
    try {
      fragment = JSON.parse(text);
    } catch {
      fragment = null;
    }
    const first = k * this.sharded!.fragmentSize;
    if (!isFragmentFile(fragment, first)) throw new Error(`${SEARCH_DATA_PATH}${file}: not the record fragment the search index names (bytes ${start}–${end - 1}). Rebuild the site.`);
    this.storeFragment(fragment, first);
  }

  private storeFragment(data: FragmentFile, first: number): void {
    for (const article of data.articles) {
      if (this.articlesBySlug.has(article.slug)) continue;
      this.articlesBySlug.set(article.slug, article);
      this.articles.push(article);
    }
    data.records.forEach((stored, i) => {
      const r = loadRecord(stored);
      if (r.type !== 'passage') this.entryNames.set(r.id, r.name);
      this.slots[first + i] = r;
      this.norms[first + i] = fieldNorm(r.text);
    });
  }

  private async fetchMissing(): Promise<void> {
    const index = this.sharded!;
    const jobs: Promise<void>[] = [];
    for (const k of this.missingShards) {
      const file = shardFile(index, k);
      const first = index.shardStarts[k]!;
      const length = (index.shardStarts[k + 1] ?? index.words.length) - first;
      jobs.push(
        this.fetchOnce(file, (data) => {
          if (!isShardFile(data, first, length)) throw new Error(`${SEARCH_DATA_PATH}${file}: not the word shard the search index names. Rebuild the site.`);
          data.postings.forEach((p, i) => (this.encoded[first + i] = p));
        }),
      );
    }
    jobs.push(...this.fetchFragments([...this.missingFragments]));
    this.missingShards.clear();
    this.missingFragments.clear();
    await Promise.all(jobs);
  }

  /**
   * Searches for what the reader typed, over the records at hand (all of them with a single-file index; with a
   * sharded one, `query()` fetches what is needed first). Never throws on any input; an input without words
   * finds nothing.
   */
  search(input: string, options: SearchOptions = {}): SearchResponse {
    this.missingShards.clear();
    this.missingFragments.clear();
    const query = parseQuery(input);
    const bound = (asked: number) => (this.sharded ? Math.min(Math.max(0, asked), SHARDED_MAX_LIMIT) : Math.max(0, asked));
    const limit = bound(options.limit ?? Infinity);
    const limits: Limits = [options.entryLimit === undefined ? limit : bound(options.entryLimit), limit];
    if (query.terms.length === 0) return { query, entries: [], passages: [], totalEntries: 0, totalPassages: 0, suggestion: null, loaded: 'all' };
    try {
      const response = this.run(query, limits);
      if (!this.sharded) return response;
      const loaded = this.missingShards.size ? 'some' : this.missingFragments.size ? 'words' : 'all';
      // Hits whose record has not arrived are left out (query() fetches them and searches again).
      return {
        ...response,
        entries: response.entries.filter((h) => h.record !== MISSING),
        passages: response.passages.filter((h) => h.record !== MISSING),
        loaded,
      };
    } finally {
      this.exactScratch.reset();
      this.fuzzyScratch.reset();
    }
  }

  private run(query: ParsedQuery, limits: Limits): SearchResponse {
    const terms = query.terms;
    const full = terms.length >= 32 ? 0xffffffff : (1 << terms.length) - 1;

    // Stage 1: whole words (and their singular or plural), and the word being typed as a prefix.
    const exact = terms.map((term, k) => this.exactExpansions(term, query.open && k === terms.length - 1));
    const matchedWords = new Set<number>(exact.flat().map((e) => e.word));
    const s1 = this.exactScratch;
    this.accumulate(exact, s1);
    const minPartial = Math.max(1, Math.ceil(terms.length / 2));
    const complete: number[][] = [[], []];
    const partial: number[][] = [[], []];
    for (const r of s1.touched) {
      const mask = s1.mask[r]!;
      if (mask === full) complete[this.group(r)]!.push(r);
      else if (terms.length > 1 && popcount(mask) >= minPartial) partial[this.group(r)]!.push(r);
    }

    // Stage 2, only when a word is not in the index at all: it is probably misspelt.
    let fuzzy: Scored[] = [];
    let suggestion: string | null = null;
    if (terms.some((t, k) => exact[k]!.length === 0 && allowedEdits(t) > 0)) {
      const expansions = terms.map((term, k) => (exact[k]!.length ? exact[k]! : this.fuzzyExpansions(term)));
      suggestion = this.suggestion(query, terms, exact, expansions);
      for (const e of expansions.flat()) matchedWords.add(e.word);
      const fuzzyTerms = terms.filter((_, k) => exact[k]!.length === 0 && expansions[k]!.length > 0);
      const s2 = this.fuzzyScratch;
      this.accumulate(expansions, s2);
      let best = 0;
      for (const r of s2.touched) if (s1.mask[r] !== full) best = Math.max(best, popcount(s2.mask[r]!));
      const pool = best > 0 ? s2.touched.filter((r) => s1.mask[r] !== full && popcount(s2.mask[r]!) === best) : [];
      let candidates: number[];
      if (this.sharded) {
        candidates = [ENTRIES, PASSAGES].flatMap((g) => this.top(pool.filter((r) => this.group(r) === g), s2.score, Math.min(limits[g]! + SHARDED_EXTRA_CHECKED, SHARDED_FUZZY_CANDIDATES / 2)));
      } else candidates = this.top(pool, s2.score, FUZZY_CANDIDATES);
      fuzzy = this.fuseScore(candidates, s2.score, fuzzyTerms);
    }
    const fuzzyRecords = new Set(fuzzy.map((h) => h.index));
    const highlightWords = new Set([...matchedWords].map((w) => this.words[w]!));

    // Per group: complete matches (the best checked for phrases and names), then fuzzy ones, then partial ones.
    const [entries, passages] = [ENTRIES, PASSAGES].map((g) => {
      const limit = limits[g]!;
      const checked = this.sharded
        ? limit + SHARDED_EXTRA_CHECKED
        : limit === Infinity
          ? query.phrases.length
            ? PHRASE_REFINE_LIMIT
            : REFINE_LIMIT
          : Math.max(MIN_REFINE, limit * (query.phrases.length ? 50 : 8));
      const best = this.top(complete[g]!, s1.score, checked);
      const out: Scored[] = this.refine(best, s1.score, query, terms);
      let total = out.length;
      // Beyond the checked ones, complete matches keep their word-index order; with a quoted phrase, only
      // checked matches are shown.
      if (!query.phrases.length && complete[g]!.length > best.length) {
        const chosen = new Set(best);
        const others = complete[g]!.filter((r) => !chosen.has(r));
        total += others.length;
        for (const r of this.top(others, s1.score, limit - out.length)) out.push({ index: r, match: 'words', score: s1.score[r]! });
      }
      const groupFuzzy = fuzzy.filter((h) => this.group(h.index) === g);
      total += groupFuzzy.length;
      out.push(...groupFuzzy.slice(0, Math.max(0, limit - out.length)));
      if (!query.phrases.length) {
        const rest = partial[g]!.filter((r) => !fuzzyRecords.has(r));
        total += rest.length;
        for (const r of this.top(rest, s1.score, limit - out.length)) out.push({ index: r, match: 'partial', score: s1.score[r]! });
      }
      return { hits: out.slice(0, limit).map((h) => this.highlight(h, highlightWords)), total };
    }) as [{ hits: SearchHit[]; total: number }, { hits: SearchHit[]; total: number }];

    const nothing = entries.total + passages.total === 0;
    return {
      query,
      entries: entries.hits,
      passages: passages.hits,
      totalEntries: entries.total,
      totalPassages: passages.total,
      suggestion: suggestion ?? (nothing ? this.suggestion(query, terms, exact, terms.map((t) => this.fuzzyExpansions(t))) : null),
      loaded: 'all',
    };
  }

  /** A word's posting list; while its shard has not arrived, none (and the search will be run again). */
  private postings(word: number): Int32Array {
    let list = this.decoded[word];
    if (list) return list;
    const encoded = this.encoded[word];
    if (encoded === undefined) {
      this.missingShards.add(this.shardOf(word));
      return NO_POSTINGS;
    }
    this.decoded[word] = list = decodePostings(encoded);
    return list;
  }

  /**
   * The indexed words that count as the query word: the word itself; its singular or plural (“driver” for
   * “drivers”); and the words it begins, when it is still being typed or is not a word of its own (“surveil”).
   */
  private exactExpansions(term: string, typing: boolean): Expansion[] {
    const out: Expansion[] = [];
    const id = this.wordIds.get(term);
    if (id !== undefined) out.push({ word: id, quality: 1 });
    for (const variant of inflections(term)) {
      const v = this.wordIds.get(variant);
      if (v !== undefined && v !== id) out.push({ word: v, quality: 0.9 });
    }
    const length = [...term].length;
    const completes = typing ? length >= 2 : out.length === 0 && length >= 4;
    if (!completes || /^\p{N}/u.test(term)) return out;
    const seen = new Set(out.map((e) => e.word));
    const prefixed: number[] = [];
    for (let i = this.lowerBound(term); i < this.words.length && this.words[i]!.startsWith(term); i++) {
      if (!seen.has(i)) prefixed.push(i);
    }
    // Most frequent first.
    prefixed.sort((a, b) => this.counts[b]! - this.counts[a]! || a - b);
    for (const word of prefixed.slice(0, MAX_PREFIX_EXPANSIONS)) out.push({ word, quality: 0.7 });
    return out;
  }

  /** Indexed words within the allowed number of edits of a word that is not indexed itself, closest first. */
  private fuzzyExpansions(term: string): Expansion[] {
    const cached = this.fuzzyCache.get(term);
    if (cached) return cached;
    const max = allowedEdits(term);
    const found: { word: number; distance: number }[] = [];
    if (max > 0) {
      const length = term.length;
      const masks = this.letterMasks();
      const mask = letterMask(term);
      for (let i = 0; i < this.words.length; i++) {
        const word = this.words[i]!;
        if (Math.abs(word.length - length) > max || bitCount((masks[i]! ^ mask) >>> 0) > 2 * max) continue;
        const d = boundedEditDistance(term, word, max);
        if (d <= max) found.push({ word: i, distance: d });
      }
    }
    // Closest first; among as close, those that keep the first letter (a slip rarely hits the first letter),
    // then the most frequent (the likelier word). The first is the suggestion, and its records rank above
    // those of the other respellings, so that the results are those of the word suggested.
    const first = term.charCodeAt(0);
    const keepsFirst = (word: number) => (this.words[word]!.charCodeAt(0) === first ? 0 : 1);
    found.sort((a, b) => a.distance - b.distance || keepsFirst(a.word) - keepsFirst(b.word) || this.counts[b.word]! - this.counts[a.word]! || a.word - b.word);
    const expansions = found.slice(0, MAX_FUZZY_EXPANSIONS).map(({ word, distance }, i) => ({
      word,
      quality: (distance === 1 ? 0.6 : 0.45) - 0.05 * keepsFirst(word) + (i === 0 ? 0.05 : 0),
    }));
    if (this.fuzzyCache.size > 200) this.fuzzyCache.clear();
    this.fuzzyCache.set(term, expansions);
    return expansions;
  }

  /** Each indexed word's letters (letterMask), worked out on the first misspelt word. */
  private letterMasks(): Uint32Array {
    if (!this.masks) {
      this.masks = new Uint32Array(this.words.length);
      for (let i = 0; i < this.words.length; i++) this.masks[i] = letterMask(this.words[i]!);
    }
    return this.masks;
  }

  private lowerBound(term: string): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.words[mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * For every record holding at least one query word: which query words it holds (a bit mask) and a score,
   * the sum over query words of rarity (IDF) × how well the word matched × where (name, alias, text).
   */
  private accumulate(expansions: Expansion[][], s: Scratch): void {
    const n = this.size;
    const { mask, score, best, touched } = s;
    expansions.forEach((list, k) => {
      const local: number[] = [];
      // One rarity per query word, from its most frequent form: a rare variant (“jaywalker”) must not
      // outweigh the word itself (“jaywalkers”).
      let df = 1;
      for (const { word } of list) df = Math.max(df, this.counts[word]!);
      const idf = Math.log(1 + n / df);
      for (const { word, quality } of list) {
        const postings = this.postings(word);
        const weight = quality * idf;
        for (let i = 0; i < postings.length; i++) {
          const entry = postings[i]!;
          const record = entry >>> 3;
          const value = weight * fieldWeight(entry & 7);
          if (best[record] === 0) local.push(record);
          if (value > best[record]!) best[record] = value;
        }
      }
      const bit = 1 << k;
      for (const record of local) {
        if (mask[record] === 0) touched.push(record);
        mask[record]! |= bit;
        score[record]! += best[record]!;
        best[record] = 0;
      }
    });
  }

  /**
   * The `k` best records by score, then shorter text, then position; best first. Only numbers are sorted to
   * find the cut-offs (many records share a score: every passage that holds the words once in its text), so
   * picking the best 100 of 30,000 costs little.
   */
  private top(list: number[], score: Float64Array, k: number): number[] {
    if (k <= 0 || list.length === 0) return [];
    const norms = this.tieNorms;
    const order = (a: number, b: number) => score[b]! - score[a]! || norms[b]! - norms[a]! || a - b;
    if (list.length <= k) return [...list].sort(order);
    const kth = (values: Float64Array, n: number) => values.sort()[values.length - n]!;
    const cutoff = kth(Float64Array.from(list, (r) => score[r]!), k);
    const chosen = list.filter((r) => score[r]! > cutoff);
    const tied = list.filter((r) => score[r] === cutoff);
    const need = k - chosen.length;
    if (tied.length <= need) chosen.push(...tied);
    else {
      const normCutoff = kth(Float64Array.from(tied, (r) => norms[r]!), need);
      const shorter = tied.filter((r) => norms[r]! > normCutoff);
      const same = Int32Array.from(tied.filter((r) => norms[r] === normCutoff)).sort();
      chosen.push(...shorter, ...same.subarray(0, need - shorter.length));
    }
    return chosen.sort(order);
  }

  /** The words of a record's name and aliases (short: kept for every record once read). */
  private nameTokensOf(record: number): Token[][] {
    let t = this.nameTokens.get(record);
    if (!t) {
      const r = this.record(record);
      t = r.type === 'passage' ? [] : [tokenize(r.name), ...r.aliases.map(tokenize)];
      if (r !== MISSING) this.nameTokens.set(record, t);
    }
    return t;
  }

  /** The words of a record's text, for highlighting (a bounded cache: the text is the long part). */
  private textTokensOf(record: number): Token[] {
    let t = this.textTokens.get(record);
    if (!t) {
      const r = this.record(record);
      t = tokenize(r.text);
      if (this.textTokens.size >= 5000) this.textTokens.clear();
      if (r !== MISSING) this.textTokens.set(record, t);
    }
    return t;
  }

  /**
   * Checks the best complete matches: an entry whose name or alias is the query, the whole query as a phrase,
   * quoted phrases (required). Phrases are found with regular expressions over the folded text, far cheaper
   * than reading each candidate word by word when thousands of records hold the words.
   */
  private refine(list: number[], prescore: Float64Array, query: ParsedQuery, terms: string[]): Scored[] {
    const kept: Scored[] = [];
    const sequence = query.sequence.length ? query.sequence : terms;
    let idfSum = 0;
    for (const term of terms) {
      const id = this.wordIds.get(term);
      idfSum += id === undefined ? 1 : Math.log(1 + this.size / Math.max(1, this.counts[id]!));
    }
    const required = query.phrases.map((p) => sequencePattern(p, false));
    const asPhrase = sequence.length > 1 ? sequencePattern(sequence, query.open) : null;
    const occurrence = sequencePattern([terms[0]!], false, 'gu');
    for (const index of list) {
      const r = this.record(index);
      const folded = foldText(r.text);
      const names = r.type === 'passage' ? [] : [r.name, ...r.aliases].map(foldText);
      const inNames = (pattern: RegExp) => names.some((n) => pattern.test(n));
      if (required.some((p) => !p.test(folded) && !inNames(p))) continue;
      const nameFields = this.nameTokensOf(index);
      const isNameOf = (open: boolean) =>
        nameFields.some((f) => f.length > 0 && f.length === sequence.length && containsSequence(f, sequence, open));
      // The name itself, exactly; or the name the reader is still typing (“Hikvis”), which ranks just below.
      const isName = isNameOf(false);
      const isNameSoFar = !isName && query.open && isNameOf(true);
      const inName = asPhrase !== null && inNames(asPhrase);
      const isPhrase = asPhrase !== null && (inName || asPhrase.test(folded));
      const occurrences = Math.min(folded.match(occurrence)?.length ?? 0, 10);
      const score =
        prescore[index]! / idfSum +
        (isName ? 4 : 0) +
        (isNameSoFar ? 2 : 0) +
        (isPhrase ? 1 : 0) +
        (inName ? 0.5 : 0) +
        0.1 * Math.log1p(occurrences) +
        0.25 * this.norms[index]!;
      kept.push({ index, match: isName ? 'name' : isPhrase ? 'phrase' : 'words', score });
    }
    return kept.sort((a, b) => rank(a.match) - rank(b.match) || b.score - a.score);
  }

  /**
   * Lets Fuse score the fuzzy candidates and keeps those within its threshold, best first. Fuse is given just
   * these records (name, aliases, whole text) and builds its own small index of them with its public API.
   */
  private fuseScore(pool: number[], prescore: Float64Array, fuzzyTerms: string[]): Scored[] {
    if (pool.length === 0 || fuzzyTerms.length === 0) return [];
    const docs = pool.map((index) => this.record(index));
    const fuse = new Fuse(docs, fuseOptions);
    let maxPre = 0;
    for (const r of pool) maxPre = Math.max(maxPre, prescore[r]!);
    // Extended search: words separated by spaces must all match; a short word as a plain substring (').
    const pattern = fuzzyTerms.map((t) => (t.length < 4 ? `'${t}` : t)).join(' ');
    return fuse
      .search(pattern)
      .map((result): Scored => {
        const index = pool[result.refIndex]!;
        const match = result.matches?.find((m) => m.key === 'text');
        return {
          index,
          match: 'fuzzy',
          score: 1 - (result.score ?? 1) + (0.5 * prescore[index]!) / (maxPre || 1),
          // Fuse's match ranges are inclusive at both ends.
          fuseRanges: match ? match.indices.map(([x, y]) => [x, y] as const) : undefined,
        };
      })
      .sort((x, y) => y.score - x.score);
  }

  /** The words of the record that matched a query word (or its singular, plural, completion or respelling). */
  private highlight(hit: Scored, words: ReadonlySet<string>): SearchHit {
    const r = this.record(hit.index);
    const rangesOf = (text: string, list: Token[]) =>
      mergeRanges(text, list.filter((t) => words.has(t.term)).map((t) => [t.start, t.end] as Range));
    const textTokens = this.textTokensOf(hit.index);
    const text = rangesOf(r.text, textTokens);
    const [name = [], ...aliases] = this.nameTokensOf(hit.index);
    return {
      record: r,
      index: hit.index,
      match: hit.match,
      score: hit.score,
      highlights: {
        name: r.type === 'passage' ? [] : rangesOf(r.name, name),
        aliases: r.type === 'passage' ? [] : r.aliases.map((a, i) => rangesOf(a, aliases[i] ?? [])),
        text: text.length || !hit.fuseRanges ? text : rangesFromFuse(r.text, hit.fuseRanges, textTokens),
      },
    };
  }

  /** The query respelt with the nearest indexed words, when some word is not indexed; null when none is close. */
  private suggestion(query: ParsedQuery, terms: string[], exact: Expansion[][], expansions: Expansion[][]): string | null {
    const replacement = new Map<string, string>();
    terms.forEach((term, k) => {
      const best = exact[k]!.length ? undefined : expansions[k]![0];
      if (best) replacement.set(term, this.words[best.word]!);
    });
    if (replacement.size === 0) return null;
    const words = query.sequence.length ? query.sequence : terms;
    return words.map((t) => replacement.get(t) ?? t).join(' ');
  }
}

/**
 * Makes an engine from the parsed /search-index.json; throws a readable error when the file is not one. A
 * sharded index needs `load`, which fetches its other files by name.
 */
export function createSearchEngine(payload: unknown, load: FileLoader | null = null): SearchEngine {
  if (!isSearchPayload(payload)) {
    throw new Error(`search-index.json: expected a Sightlines search index (version ${SEARCH_PAYLOAD_VERSION}: articles and records in one file, or the manifest of a sharded index); found something else. Rebuild the site.`);
  }
  return new SearchEngine(payload, load);
}
