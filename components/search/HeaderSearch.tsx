'use client';

import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { SearchEngine, SearchHit, SearchResponse } from '@/lib/search/engine';
import { hitUrl } from '@/lib/search/links';
import { searchHref } from '@/lib/links';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import type { ArticleInfo } from '@/lib/search/records';
import { answerAsTyped, searchFormAttributes, searchInputAttributes } from './answer';
import { loadSearchEngine } from './loadEngine';
import { ResultContent } from './ResultContent';
import './search.css';

/** Wait this long after the last keystroke before searching: typing never waits for a search. */
const DEBOUNCE_MS = 120;
const NO_ARTICLES = new Map<string, ArticleInfo>();
const MAX_ENTRIES = 5;
const MAX_PASSAGES = 8;

type Option = { id: string; href: string; hit: SearchHit };

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

const countText = (r: SearchResponse) => {
  const total = r.totalEntries + r.totalPassages;
  if (total === 0) return `No results for “${r.query.text}”.`;
  const parts = [
    r.totalEntries ? `${r.totalEntries} ${r.totalEntries === 1 ? 'entry' : 'entries'}` : '',
    r.totalPassages ? `${r.totalPassages} ${r.totalPassages === 1 ? 'passage' : 'passages'}` : '',
  ].filter(Boolean);
  return `${total} ${total === 1 ? 'result' : 'results'}: ${parts.join(', ')}. Use the arrow keys to choose one.`;
};

const fold = (text: string) => text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
const sameName = (a: string, b: string) => fold(a) === fold(b);
/** Whether an entry is named (or spelled, by one of its aliases) exactly as the query, case aside. */
const namesExactly = (hit: SearchHit, query: string) =>
  hit.record.type !== 'passage' && [hit.record.name, ...hit.record.aliases].some((name) => sameName(name, query));

/**
 * The search box in the site header. Without JavaScript it is a plain form that opens /search?q=…; with it,
 * an ARIA combobox: results appear as you type (entries first, then passages), the arrow keys move through
 * them, Enter opens one (with none chosen: the entry the query names exactly, else the search page), Esc
 * closes the list. “/” or Ctrl/⌘-K focuses
 * it from anywhere on the page. The engine and index are fetched the first time the box gets focus.
 */
export function HeaderSearch() {
  const id = useId();
  const listboxId = `${id}-listbox`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [open, setOpen] = useState(false);
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [status, setStatus] = useState<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const [response, setResponse] = useState<SearchResponse | null>(null);
  const [active, setActive] = useState(-1);

  const ensureEngine = useCallback(() => {
    if (status === 'loading' || status === 'ready') return;
    setStatus('loading');
    loadSearchEngine().then(
      (loaded) => {
        setEngine(loaded);
        setStatus('ready');
      },
      () => setStatus('error'),
    );
  }, [status]);

  // “/” and Ctrl/⌘-K focus the box from anywhere (but “/” still types a slash in other fields).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isEditable(event.target);
      const k = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey) && !event.altKey;
      if (!slash && !k) return;
      event.preventDefault();
      // On narrow screens the box waits in a popover behind the header's Search button: open it first.
      const popover = inputRef.current?.closest<HTMLElement>('[popover]');
      if (popover && !popover.matches(':popover-open') && !inputRef.current?.checkVisibility()) popover.showPopover();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener('keydown', onKey);
    // When the Search button opens the box, the caret goes straight into it.
    const popover = inputRef.current?.closest<HTMLElement>('[popover]');
    const onToggle = (event: Event) => {
      if ((event as ToggleEvent).newState === 'open') inputRef.current?.focus();
    };
    popover?.addEventListener('toggle', onToggle);
    return () => {
      document.removeEventListener('keydown', onKey);
      popover?.removeEventListener('toggle', onToggle);
    };
  }, []);

  // Search after a pause in typing; the result arrives in a timer callback, never while a key is handled.
  // The answer comes from what is loaded, then from what a sharded index fetched for it (answerAsTyped); an
  // answer to an older value is dropped.
  useEffect(() => {
    if (!engine) return;
    let drop = () => {};
    const timer = window.setTimeout(
      () => {
        if (!value.trim()) {
          setResponse(null);
          setActive(-1);
          return;
        }
        drop = answerAsTyped(
          engine,
          value,
          { limit: Math.max(MAX_ENTRIES, MAX_PASSAGES) },
          (answer) => {
            setResponse(answer);
            setActive(-1);
          },
          () => setStatus('error'),
        );
      },
      value.trim() ? DEBOUNCE_MS : 0,
    );
    return () => {
      drop();
      window.clearTimeout(timer);
    };
  }, [engine, value]);

  // With a sharded index the engine adds the articles of the records it fetches to this Map.
  const articles = engine?.articlesBySlug ?? NO_ARTICLES;
  const entries = response?.entries.slice(0, MAX_ENTRIES) ?? [];
  const passages = response?.passages.slice(0, MAX_PASSAGES) ?? [];
  const total = response ? response.totalEntries + response.totalPassages : 0;
  const options: Option[] = [
    ...entries.map((hit, i) => ({ id: `${id}-e${i}`, href: hitUrl(hit), hit })),
    ...passages.map((hit, i) => ({ id: `${id}-p${i}`, href: hitUrl(hit), hit })),
  ];
  const exactEntry = response && sameName(response.query.text, value) ? response.entries.find((hit) => namesExactly(hit, value)) : undefined;
  const showList = open && value.trim() !== '';
  const activeOption = showList && active >= 0 ? options[active] : undefined;

  // The list opens under the box, towards whichever side of the page has room for it.
  const popupRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const popup = popupRef.current;
    const form = popup?.parentElement;
    if (!showList || !popup || !form) return;
    const left = form.getBoundingClientRect().left;
    popup.dataset.align = left + popup.offsetWidth > document.documentElement.clientWidth - 8 ? 'right' : 'left';
  }, [showList]);

  const go = (href: string) => window.location.assign(href);

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        setOpen(true);
        if (options.length === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((current) => (current < 0 && step < 0 ? options.length - 1 : (current + step + options.length) % options.length));
        break;
      }
      case 'Enter':
        if (activeOption) {
          event.preventDefault();
          go(activeOption.href);
        } else if (exactEntry) {
          // The query is exactly the name of a place, person, organization, theme or claim: open its page.
          event.preventDefault();
          go(hitUrl(exactEntry));
        }
        // Otherwise the form submits: /search?q=… shows every result.
        break;
      case 'Escape':
        if (showList) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (value) {
          event.preventDefault();
          setValue('');
        } else inputRef.current?.blur();
        break;
    }
  };

  const entriesLabelId = `${id}-entries`;
  const passagesLabelId = `${id}-passages`;

  return (
    <form
      {...searchFormAttributes}
      aria-label="Site"
      className="header-search"
      onSubmit={(event) => {
        // The address carries what the engine searches, not a pasted page (which a server would refuse).
        event.preventDefault();
        go(searchHref(value));
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) {
          setOpen(false);
          setActive(-1);
        }
      }}
    >
      <label htmlFor={`${id}-input`} className="visually-hidden">
        Search the site
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        className="header-search-input"
        {...searchInputAttributes}
        placeholder="Search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listboxId}
        aria-activedescendant={activeOption?.id}
        aria-describedby={`${id}-hint-sr`}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          setOpen(true);
        }}
        onFocus={() => {
          ensureEngine();
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      <span className="header-search-hint" aria-hidden="true">
        <kbd>/</kbd>
      </span>
      <span className="visually-hidden" id={`${id}-hint-sr`}>
        Press slash or Control K to search from anywhere.
      </span>
      <button type="submit" className="header-search-submit">
        <span className="visually-hidden">Search</span>
        <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16" focusable="false">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M13 13l5 5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </button>
      <div ref={popupRef} className="search-popup" hidden={!showList}>
        {status === 'loading' || (status === 'ready' && !response && value.trim()) ? (
          <p className="search-popup-note">Searching…</p>
        ) : null}
        {status === 'error' ? (
          <p className="search-popup-note">Search could not load. Press Enter to open the search page.</p>
        ) : null}
        {response?.query.truncated ? (
          <p className="search-popup-note search-truncated">
            Only the first {MAX_QUERY_LENGTH} characters of your search are used.
          </p>
        ) : null}
        {response && total === 0 ? (
          <p className="search-popup-note">
            Nothing matched “{response.query.text}”.
            {response.suggestion ? (
              <>
                {' '}
                Try <a href={searchHref(response.suggestion)}>{response.suggestion}</a>.
              </>
            ) : (
              ' Try fewer or other words.'
            )}
          </p>
        ) : null}
        <div role="listbox" id={listboxId} aria-label="Search results" className="search-listbox">
          {entries.length > 0 ? (
            <div role="group" aria-labelledby={entriesLabelId}>
              <div role="presentation" id={entriesLabelId} className="search-group-label">
                Places, people, organizations, themes, claims
              </div>
              {options.slice(0, entries.length).map((option, i) => (
                <ResultOption key={option.id} option={option} selected={active === i} articles={articles} onChoose={go} onHover={() => setActive(i)} />
              ))}
            </div>
          ) : null}
          {passages.length > 0 ? (
            <div role="group" aria-labelledby={passagesLabelId}>
              <div role="presentation" id={passagesLabelId} className="search-group-label">
                Passages
              </div>
              {options.slice(entries.length, entries.length + passages.length).map((option, i) => (
                <ResultOption
                  key={option.id}
                  option={option}
                  selected={active === entries.length + i}
                  articles={articles}
                  onChoose={go}
                  onHover={() => setActive(entries.length + i)}
                />
              ))}
            </div>
          ) : null}
        </div>
        {response && total > 0 ? (
          // A real link (also what Enter does when no result is chosen): the list is a scrolling region,
          // and this keeps something in it reachable by Tab.
          <a className="search-all" href={searchHref(response.query.text)}>
            All {total} results for “{response.query.text}” →
          </a>
        ) : null}
      </div>
      {/* A live region without role="status": the page keeps its own status messages for itself. */}
      <div aria-live="polite" aria-atomic="true" className="visually-hidden header-search-status">
        {showList && response ? countText(response) : ''}
      </div>
    </form>
  );
}

function ResultOption({
  option,
  selected,
  articles,
  onChoose,
  onHover,
}: {
  option: Option;
  selected: boolean;
  articles: Map<string, ArticleInfo>;
  onChoose: (href: string) => void;
  onHover: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  return (
    <div
      ref={ref}
      role="option"
      id={option.id}
      aria-selected={selected}
      className="search-option"
      // Keep the focus in the input (the combobox pattern), then follow the link on click.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onChoose(option.href)}
      onMouseMove={onHover}
      data-href={option.href}
    >
      <ResultContent hit={option.hit} articles={articles} snippetLength={120} />
    </div>
  );
}
