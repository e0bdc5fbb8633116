'use client';

import { useId, useMemo, useSyncExternalStore } from 'react';
import { applyIndexState, defaultState, describeShown, parseIndexQuery, serializeIndexQuery } from '@/lib/indexes/query';
import type { IndexConfig, IndexEntry, IndexState } from '@/lib/indexes/types';

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

/**
 * The list of an index page. Prerendered complete and in the default order, so it works without JavaScript;
 * once the page is interactive it shows controls to sort and filter in place. The address (?sort=&article=&kind=)
 * holds the state, so a filtered list can be shared; values it does not know are ignored with a message.
 */
export function IndexExplorer({ config, entries }: { config: IndexConfig; entries: IndexEntry[] }) {
  const search = useSyncExternalStore(subscribe, clientSearch, serverSearch);
  const interactive = search !== null;
  const { state, ignored } = useMemo(
    () => (search === null ? { state: defaultState(config), ignored: [] } : parseIndexQuery(search, config)),
    [search, config],
  );
  const shown = useMemo(() => applyIndexState(entries, state), [entries, state]);
  const articleLabels = useMemo(() => new Map(config.articles.map((a) => [a.value, a.short ?? a.label])), [config]);
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
  const filtered = Boolean(state.article || state.kind);
  const status = describeShown(shown.length, entries, state, config);

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
        <div className="index-control">
          <label htmlFor={`${id}-article`}>Article</label>
          <select id={`${id}-article`} value={state.article ?? ''} onChange={(e) => update({ ...state, article: e.target.value || undefined })}>
            <option value="">All articles</option>
            {config.articles.map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </select>
        </div>
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
        <p>{status}</p>
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
                {entry.articles.length ? (
                  <>
                    {' · '}
                    <span className="index-articles">{entry.articles.map((a) => articleLabels.get(a) ?? a).join(', ')}</span>
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
