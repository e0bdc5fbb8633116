'use client';

import { useCallback, useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { applyIndexState, defaultState, describeShown, parseIndexQuery, serializeIndexQuery, type IgnoredParam } from '@/lib/indexes/query';
import type { IndexConfig, IndexRow, IndexState } from '@/lib/indexes/types';
import type { IndexArticles } from './loadIndexArticles';

// The article filter's loader (its fetch and checks) is fetched with the list, on first use, not with the page.
const loadIndexArticles = (collection: IndexConfig['collection']) => import('./loadIndexArticles').then((m) => m.loadIndexArticles(collection));

/** Fired after the component rewrites the address, so every reader of the query hears of it. */
const QUERY_EVENT = 'sightlines:index-query';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(QUERY_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(QUERY_EVENT, onChange);
  };
}
const clientSearch = () => window.location.search;
/** On the server, and while hydrating, there is no query: the prerendered list is the default one. */
const serverSearch = () => null;

type ArticleList = { status: 'idle' | 'loading' } | { status: 'ready'; list: IndexArticles } | { status: 'error'; message: string };

const year = (date: string) => date.slice(0, 4);
const shortOutlet = (outlet: string) => outlet.replace(/\s*\(.*\)\s*$/, '');

/**
 * The list of an index page. Prerendered complete and in the default order, so it works without JavaScript;
 * once the page is interactive it shows controls to sort and filter in place. The address
 * (?sort=&outlet=&article=&kind=) holds the state, so a filtered list can be shared; values it does not know are
 * ignored with a message. Each row counts its articles by outlet, and the outlets are a filter, so the page is
 * the same size whatever the number of articles; the article filter's list is fetched when it is first used.
 */
export function IndexExplorer({ config, entries }: { config: IndexConfig; entries: IndexRow[] }) {
  const search = useSyncExternalStore(subscribe, clientSearch, serverSearch);
  const interactive = search !== null;
  const [articleList, setArticleList] = useState<ArticleList>({ status: 'idle' });
  const list = articleList.status === 'ready' ? articleList.list : undefined;
  const { state, ignored } = useMemo((): { state: IndexState; ignored: IgnoredParam[] } => {
    if (search === null) return { state: defaultState(config), ignored: [] };
    const parsed = parseIndexQuery(search, config, list?.articles.map((a) => a.slug));
    // Until the list of articles is here, a well-formed article waits for it; if it cannot come, it is ignored.
    if (parsed.state.article && !list) {
      const { article, ...rest } = parsed.state;
      const ignoredToo =
        articleList.status === 'error'
          ? [{ param: 'article', value: article, message: `The list of articles could not be loaded (${articleList.message}); showing all articles.` }]
          : [];
      return { state: rest, ignored: [...parsed.ignored, ...ignoredToo] };
    }
    return parsed;
  }, [search, config, list, articleList]);
  const pendingArticle = search !== null && !list ? new URLSearchParams(search).get('article') : null;

  const status = articleList.status;
  const request = useCallback(() => {
    if (status === 'loading' || status === 'ready') return;
    setArticleList({ status: 'loading' });
    loadIndexArticles(config.collection).then(
      (loaded) => setArticleList({ status: 'ready', list: loaded }),
      (error: unknown) => setArticleList({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [config.collection, status]);

  // A shared address with an article in it needs the list at once.
  useEffect(() => {
    // Starting a fetch is what this effect is for; its result arrives later, through `request`'s promise.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (pendingArticle && status === 'idle') request();
  }, [pendingArticle, status, request]);

  const inArticle = useCallback((entry: IndexRow, article: string) => list?.entriesOf.get(article)?.has(entry.slug) ?? false, [list]);
  const shown = useMemo(() => applyIndexState(entries, state, inArticle), [entries, state, inArticle]);
  const outletLabels = useMemo(() => new Map(config.outlets.map((o) => [o.value, o.short ?? o.label])), [config]);
  const chosen = state.article ? list?.articles.find((a) => a.slug === state.article) : undefined;
  const id = useId();

  const update = (next: IndexState) => {
    const query = serializeIndexQuery(next, config);
    window.history.replaceState(null, '', `${window.location.pathname}${query}${window.location.hash}`);
    window.dispatchEvent(new Event(QUERY_EVENT));
  };
  const clearFilters = () => {
    update({ sort: state.sort });
    // The button that was pressed goes away with the filters; keep the keyboard in the controls.
    document.getElementById(`${id}-sort`)?.focus();
  };
  const filtered = Boolean(state.article || state.kind || state.outlet || pendingArticle);
  const loadingArticle = pendingArticle && articleList.status === 'loading';
  const said = loadingArticle ? 'Loading the list of articles…' : describeShown(shown.length, entries, state, config, chosen?.title);
  const articleProblem = articleList.status === 'error' ? `${id}-article-problem` : undefined;

  return (
    <div className="index-explorer">
      {/* Before the page is interactive, the controls' place is kept (an invisible, inert copy that a screen
          reader does not see), so that nothing moves when they appear; without scripting it takes no room. */}
      <div
        className={interactive ? 'index-controls' : 'index-controls-space'}
        role={interactive ? 'group' : undefined}
        aria-label={interactive ? `Sort and filter the ${config.noun.many}` : undefined}
        aria-hidden={interactive ? undefined : true}
        inert={!interactive}
      >
        <div className="index-control">
          <label htmlFor={`${id}-sort`}>Sort by</label>
          <select id={`${id}-sort`} value={state.sort} onChange={(e) => update({ ...state, sort: e.target.value })}>
            {config.sorts.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        {config.kind ? (
          <div className="index-control">
            <label htmlFor={`${id}-kind`}>{config.kind.label}</label>
            <select id={`${id}-kind`} value={state.kind ?? ''} onChange={(e) => update({ ...state, kind: e.target.value || undefined })}>
              <option value="">{config.kind.allLabel}</option>
              {config.kind.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {config.outlets.length > 1 ? (
          <div className="index-control">
            <label htmlFor={`${id}-outlet`}>Outlet</label>
            <select id={`${id}-outlet`} value={state.outlet ?? ''} onChange={(e) => update({ ...state, outlet: e.target.value || undefined })}>
              <option value="">All outlets</option>
              {config.outlets.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="index-control index-control-article">
          <label htmlFor={`${id}-article`}>Article</label>
          {/* The list of articles is fetched when the control is first reached (focus, pointer or key), or at once
              for an address that names an article. */}
          <select
            id={`${id}-article`}
            value={state.article ?? pendingArticle ?? ''}
            aria-describedby={articleProblem}
            onFocus={request}
            onPointerDown={request}
            onChange={(e) => update({ ...state, article: e.target.value || undefined })}
          >
            <option value="">All articles</option>
            {list
              ? list.articles.map((a) => (
                  <option key={a.slug} value={a.slug}>
                    {a.title} ({shortOutlet(a.outlet)}, {year(a.published)})
                  </option>
                ))
              : null}
            {!list && pendingArticle ? <option value={pendingArticle}>{pendingArticle}</option> : null}
            {articleList.status === 'loading' ? (
              <option value="" disabled>
                Loading the list of articles…
              </option>
            ) : null}
          </select>
        </div>
        {articleList.status === 'error' ? (
          <p id={articleProblem} className="index-article-problem">
            The list of articles could not be loaded: {articleList.message}.{' '}
            <button type="button" onClick={request}>
              Try again
            </button>
          </p>
        ) : null}
        {filtered ? (
          <button type="button" className="index-clear" onClick={clearFilters}>
            Clear filters
          </button>
        ) : null}
      </div>
      <div role="status" className="index-status">
        {ignored.map((i) => (
          <p key={i.param} className="index-notice">
            {i.message}
          </p>
        ))}
        <p>{said}</p>
      </div>
      {shown.length === 0 ? (
        <p className="index-empty">
          No {config.noun.many} match these filters.{' '}
          <button type="button" onClick={clearFilters}>
            Clear filters
          </button>
        </p>
      ) : (
        <ol className="index-list">
          {shown.map((entry) => (
            <li key={entry.slug} className="index-entry">
              <a href={entry.href} className="index-name">
                {entry.name}
              </a>
              {entry.note ? <span className="index-note">{entry.note}</span> : null}
              <span className="index-counts">
                {entry.counts}
                {entry.outlets.length ? (
                  <>
                    {' · '}
                    <span className="index-articles">
                      {entry.outlets.map((o) => `${outletLabels.get(o.value) ?? o.value}${o.n > 1 ? ` (${o.n})` : ''}`).join(', ')}
                    </span>
                  </>
                ) : null}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
