'use client';

import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'next/navigation';
import { answerAsTyped, searchFormAttributes, searchInputAttributes } from '@/components/search/answer';
import { loadSearchEngine } from '@/components/search/loadEngine';
import { ResultContent } from '@/components/search/ResultContent';
import type { SearchEngine, SearchHit, SearchResponse } from '@/lib/search/engine';
import { hitUrl } from '@/lib/search/links';
import { collectionHref, searchHref } from '@/lib/links';
import { MAX_QUERY_LENGTH, parseQuery, queryForUrl } from '@/lib/search/query';
import type { ArticleInfo, EntryType, FacetKind, PassageRecord } from '@/lib/search/records';
import { collectionOfType, entryCollections, label, typeOfCollection } from '@/lib/collections';
import { entityRef, parseEntrySlug } from '@/lib/ids';
import '@/components/search/search.css';

/** The filters, as URL parameters: ?article=<slug>&place=<slug>&person=…&organization=…&theme=… */
type FacetKey = Exclude<EntryType, 'claim'>;
const facetKeys = entryCollections.filter((c): c is FacetKind => c !== 'claims').map((c) => typeOfCollection(c) as FacetKey);
const filterKeys: ('article' | FacetKey)[] = ['article', ...facetKeys];
type FilterKey = (typeof filterKeys)[number];
type Filters = Partial<Record<FilterKey, string>>;

const facetOf = (key: FacetKey) => collectionOfType[key] as FacetKind;
const filterLabel = (key: FilterKey) => (key === 'article' ? 'Article' : label(collectionOfType[key], 'One'));

/** Typing updates the address after this pause (replacing the history entry); Enter and filters add one. */
const URL_DEBOUNCE_MS = 250;
const NO_ARTICLES = new Map<string, ArticleInfo>();

const examples = ['Hikvision', 'facial recognition glasses', '2.58 million', 'Xinjiang', 'social credit'];

function passesFilters(record: PassageRecord, filters: Filters): boolean {
  if (filters.article && record.article !== filters.article) return false;
  for (const key of facetKeys) {
    const slug = filters[key];
    if (slug && !record[facetOf(key)].includes(slug)) return false;
  }
  return true;
}

/**
 * The search page: every result for ?q=, with filters by article, place, person, organization and theme.
 * The query and the filters live in the address, so a search can be shared and the back button works.
 */
export function SearchPage({ articleCount }: { articleCount: string }) {
  const params = useSearchParams();
  const q = params.get('q') ?? '';
  const filters: Filters = useMemo(() => Object.fromEntries(filterKeys.map((k) => [k, params.get(k) ?? undefined])), [params]);

  const [input, setInput] = useState(q);
  const [shownQ, setShownQ] = useState(q);
  const [written, setWritten] = useState<string | null>(null);
  // The address changed under us (back/forward, a link): show its query in the box. When the change is our
  // own write of what was typed, the box already holds it (and perhaps a letter more), so it is left alone.
  if (q !== shownQ) {
    setShownQ(q);
    if (q !== written) setInput(q);
  }

  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    loadSearchEngine().then(setEngine, (error: Error) => setLoadError(error.message));
  }, []);

  // Write what is typed to the address after a pause, replacing the current history entry.
  const pending = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(pending.current), []);
  const navigate = (query: string, next: Filters, mode: 'push' | 'replace') => {
    window.clearTimeout(pending.current);
    // The address keeps what the engine searches (at most MAX_QUERY_LENGTH characters); the box keeps it all.
    const kept = query.trim() ? queryForUrl(query) : '';
    const url = searchHref(kept, next);
    setWritten(kept);
    if (url === `${window.location.pathname}${window.location.search}`) return;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };
  const onInput = (value: string) => {
    setInput(value);
    window.clearTimeout(pending.current);
    pending.current = window.setTimeout(() => navigate(value, filters, 'replace'), URL_DEBOUNCE_MS);
  };

  // The answer comes from what is loaded, then from what a sharded index fetched for it (answerAsTyped); an
  // answer to an older query is dropped.
  const [answer, setAnswer] = useState<{ q: string; response: SearchResponse } | null>(null);
  useEffect(() => {
    if (!engine || !q.trim()) return;
    return answerAsTyped(
      engine,
      q,
      {},
      (response) => setAnswer({ q, response }),
      (error) => setLoadError(error.message),
    );
  }, [engine, q]);
  const response = q.trim() && answer?.q === q ? answer.response : null;
  // With a sharded index the engine adds the articles and records it fetches as they arrive.
  const articles = engine?.articlesBySlug ?? NO_ARTICLES;

  const passages = useMemo(
    () => (response?.passages ?? []).filter((h) => passesFilters(h.record as PassageRecord, filters)),
    [response, filters],
  );
  // Filtering entries by article reads the articles each entry appears in, which a sharded index keeps in a file
  // of its own: fetched the first time the filter is used (until it is here, no entry is shown under the filter).
  const [entryArticlesLoaded, setEntryArticlesLoaded] = useState(false);
  useEffect(() => {
    if (!engine || !filters.article) return;
    let live = true;
    engine.loadEntryArticles().then(
      () => live && setEntryArticlesLoaded(true),
      (error: Error) => live && setLoadError(error.message),
    );
    return () => {
      live = false;
    };
  }, [engine, filters.article]);
  const entries = useMemo(() => {
    const hits = response?.entries ?? [];
    const article = filters.article;
    if (!article) return hits;
    if (engine?.isSharded && !entryArticlesLoaded) return [];
    return hits.filter((h) => engine?.articlesOf(h)?.includes(article) ?? false);
  }, [response, filters, engine, entryArticlesLoaded]);

  // Facet counts over the passages that match the query and the other filters.
  const facets = useMemo(() => {
    const counts = Object.fromEntries(filterKeys.map((k) => [k, new Map<string, number>()])) as Record<FilterKey, Map<string, number>>;
    for (const hit of response?.passages ?? []) {
      const record = hit.record as PassageRecord;
      for (const key of filterKeys) {
        const others = { ...filters, [key]: undefined };
        if (!passesFilters(record, others)) continue;
        const values = key === 'article' ? [record.article] : record[facetOf(key)];
        for (const value of values) counts[key].set(value, (counts[key].get(value) ?? 0) + 1);
      }
    }
    return counts;
  }, [response, filters]);

  const labelOf = (key: FilterKey, slug: string) => {
    if (key === 'article') return articles.get(slug)?.title ?? slug;
    const entry = parseEntrySlug(slug);
    return (entry && engine?.nameOf(entityRef(facetOf(key), entry))) ?? slug;
  };
  const activeFilters = filterKeys.filter((k) => filters[k]);

  return (
    <div className="search-page-body">
      <form
        {...searchFormAttributes}
        aria-label="Search page"
        className="search-page-form"
        onSubmit={(event) => {
          event.preventDefault();
          navigate(input, filters, 'push');
        }}
      >
        <label htmlFor="search-page-input">Search the {articleCount} articles, and their places, people, organizations, themes and claims</label>
        <div className="search-page-row">
          <input
            id="search-page-input"
            {...searchInputAttributes}
            value={input}
            onChange={(event) => onInput(event.target.value)}
            aria-describedby="search-page-help"
          />
          <button type="submit">Search</button>
        </div>
        <p id="search-page-help" className="search-help">
          Whole words and exact phrases rank first; put words in “quotes” to require them together. Close
          misspellings are found too. Up to {MAX_QUERY_LENGTH} characters.
        </p>
      </form>

      <div role="status" aria-live="polite" aria-atomic="true" className="search-summary">
        {loadError ? `Search could not load: ${loadError}. Reload the page to try again.` : null}
        {!loadError && q.trim() && !response ? 'Loading the search index…' : null}
        {response && response.query.terms.length > 0
          ? `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} and ${passages.length} ${passages.length === 1 ? 'passage' : 'passages'} for “${response.query.text}”${activeFilters.length ? ' (filtered)' : ''}.`
          : null}
        {response && response.query.terms.length === 0 ? `“${response.query.text}” has no letters or digits to search for.` : null}
      </div>
      {response?.query.truncated || parseQuery(input).truncated ? (
        <p className="search-truncated">
          Your search was longer than {MAX_QUERY_LENGTH} characters; only the first {MAX_QUERY_LENGTH} are used.
        </p>
      ) : null}

      {response?.suggestion && entries.length + passages.length > 0 ? (
        <p className="search-suggestion">
          Some words were not found as written; close matches are shown. Search for{' '}
          <a href={searchHref(response.suggestion, filters)}>{response.suggestion}</a> instead?
        </p>
      ) : null}

      {!q.trim() ? (
        <div className="search-empty">
          <p>Type a name, a place, a number or a phrase. For example:</p>
          <ul className="ways">
            {examples.map((example) => (
              <li key={example}>
                <a href={searchHref(example)}>{example}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {response && entries.length + passages.length === 0 ? (
        <div className="search-nothing">
          <p>
            <strong>Nothing matched “{response.query.text}”</strong>
            {activeFilters.length ? ' with these filters' : ''}.
          </p>
          <ul>
            {response.suggestion ? (
              <li className="search-suggestion">
                Did you mean <a href={searchHref(response.suggestion, filters)}>{response.suggestion}</a>?
              </li>
            ) : null}
            {activeFilters.length ? (
              <li>
                <a href={searchHref(response.query.text)}>Search without the filters</a>.
              </li>
            ) : null}
            <li>Try fewer words, or a single name: “Chongqing”, “Hikvision”.</li>
            <li>
              Or browse:{' '}
              {entryCollections.map((c, i) => (
                <Fragment key={c}>
                  {i > 0 ? ', ' : ''}
                  <a href={collectionHref(c)}>{label(c, 'many')}</a>
                </Fragment>
              ))}
              .
            </li>
          </ul>
        </div>
      ) : null}

      {response && (response.passages.length > 0 || activeFilters.length > 0) ? (
        <fieldset className="search-filters">
          <legend>Filter</legend>
          {filterKeys.map((key) => {
            const options = [...facets[key]].sort((a, b) => b[1] - a[1] || labelOf(key, a[0]).localeCompare(labelOf(key, b[0])));
            if (options.length === 0 && !filters[key]) return null;
            return (
              <label key={key} className="search-filter">
                <span>{filterLabel(key)}</span>
                <select
                  value={filters[key] ?? ''}
                  onChange={(event) => navigate(input, { ...filters, [key]: event.target.value || undefined }, 'push')}
                >
                  <option value="">Any</option>
                  {filters[key] && !facets[key].has(filters[key]!) ? <option value={filters[key]}>{labelOf(key, filters[key]!)} (0)</option> : null}
                  {options.map(([slug, count]) => (
                    <option key={slug} value={slug}>
                      {labelOf(key, slug)} ({count})
                    </option>
                  ))}
                </select>
              </label>
            );
          })}
          {activeFilters.length ? (
            <button type="button" onClick={() => navigate(input, {}, 'push')}>
              Clear filters
            </button>
          ) : null}
        </fieldset>
      ) : null}

      {entries.length > 0 ? (
        <section aria-labelledby="search-entries-heading">
          <h2 id="search-entries-heading">Places, people, organizations, themes and claims ({entries.length})</h2>
          <ResultList hits={entries} articles={articles} />
        </section>
      ) : null}
      {passages.length > 0 ? (
        <section aria-labelledby="search-passages-heading">
          <h2 id="search-passages-heading">Passages ({passages.length})</h2>
          <ResultList hits={passages} articles={articles} />
        </section>
      ) : null}
    </div>
  );
}

function ResultList({ hits, articles }: { hits: SearchHit[]; articles: Map<string, ArticleInfo> }) {
  return (
    <ol className="search-results">
      {hits.map((hit) => (
        <li key={hit.record.id}>
          <a className="search-result" href={hitUrl(hit)}>
            <ResultContent hit={hit} articles={articles} snippetLength={240} />
          </a>
        </li>
      ))}
    </ol>
  );
}
