'use client';

import { useCallback, useEffect, useEffectEvent, useLayoutEffect, useRef, useState } from 'react';
import type { SearchEngine, SearchHit, SearchResponse } from '@/lib/search/engine';
import { hitUrl } from '@/lib/search/links';
import { searchHref } from '@/lib/links';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import type { ArticleInfo } from '@/lib/search/records';
import { answerAsTyped } from './answer';
import { HEADER_SEARCH_LISTBOX_ID, HEADER_SEARCH_OPTION_PREFIX } from './header-search-ids';
import { loadSearchEngine } from './loadEngine';
import { ResultContent } from './ResultContent';

/** Wait this long after the last keystroke before searching: typing never waits for a search. */
const DEBOUNCE_MS = 120;
const NO_ARTICLES = new Map<string, ArticleInfo>();
const MAX_ENTRIES = 5;
const MAX_PASSAGES = 8;

type Option = { id: string; href: string; hit: SearchHit };

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

const go = (href: string) => window.location.assign(href);
/** Empties the box (Esc on a closed list): it is the server's element, written to directly. */
const empty = (box: HTMLInputElement) => {
  box.value = '';
};

/** The search page for what was typed: the address carries what the engine searches, not a pasted page. */
export function openSearchPage(query: string) {
  go(searchHref(query));
}

export type HeaderSearchPanelProps = {
  /** The header's input, rendered by the server; this component attaches to it and never replaces it. */
  input: HTMLInputElement;
  /** Says the count of results in the island's live region. */
  announce: (text: string) => void;
};

/**
 * The header search box's combobox, loaded on the box's first use (HeaderSearchIsland). It starts from the box
 * as it finds it (what was typed before this code arrived, and whether it has the focus), fetches the engine at
 * once, and from then on: results appear as you type (entries first, then passages), the arrow keys move through
 * them, Enter opens one (with none chosen: the entry the query names exactly, else the form goes to the search
 * page), Esc closes the list, then empties the box, then leaves it. It renders the result list; the input's
 * own state (aria-expanded, aria-activedescendant) is set on the element itself.
 */
export function HeaderSearchPanel({ input, announce }: HeaderSearchPanelProps) {
  const [value, setValue] = useState(() => input.value);
  const [open, setOpen] = useState(() => document.activeElement === input);
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  // The box is in use (that is what loaded this code): the engine is fetched from the start.
  const [status, setStatus] = useState<'loading' | 'ready' | 'error'>('loading');
  const [response, setResponse] = useState<SearchResponse | null>(null);
  const [active, setActive] = useState(-1);

  const fetchEngine = useCallback(() => {
    loadSearchEngine().then(
      (loaded) => {
        setEngine(loaded);
        setStatus('ready');
      },
      () => setStatus('error'),
    );
  }, []);
  useEffect(fetchEngine, [fetchEngine]);

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
          { limit: MAX_PASSAGES, entryLimit: MAX_ENTRIES },
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
    ...entries.map((hit, i) => ({ id: `${HEADER_SEARCH_OPTION_PREFIX}-e${i}`, href: hitUrl(hit), hit })),
    ...passages.map((hit, i) => ({ id: `${HEADER_SEARCH_OPTION_PREFIX}-p${i}`, href: hitUrl(hit), hit })),
  ];
  const exactEntry = response && sameName(response.query.text, value) ? response.entries.find((hit) => namesExactly(hit, value)) : undefined;
  const showList = open && value.trim() !== '';
  const activeOption = showList && active >= 0 ? options[active] : undefined;
  const announcement = showList && response ? countText(response) : '';

  // The input is the server's element: its combobox state is written on it here.
  useEffect(() => {
    input.setAttribute('aria-expanded', String(showList));
    if (activeOption) input.setAttribute('aria-activedescendant', activeOption.id);
    else input.removeAttribute('aria-activedescendant');
  }, [input, showList, activeOption]);

  useEffect(() => announce(announcement), [announce, announcement]);

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.isComposing) return;
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
        // Otherwise the form is sent: /search?q=… shows every result (HeaderSearchIsland sends it).
        break;
      case 'Escape':
        if (showList) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (input.value) {
          event.preventDefault();
          empty(input);
          setValue('');
        } else input.blur();
        break;
    }
  });
  const onInput = useEffectEvent(() => {
    setValue(input.value);
    setOpen(true);
  });
  const onFocus = useEffectEvent(() => {
    // After a failed load (offline), focusing the box again tries again.
    if (status === 'error') {
      setStatus('loading');
      fetchEngine();
    }
    setOpen(true);
  });
  const onFocusOut = useEffectEvent((event: FocusEvent) => {
    if (!input.form?.contains(event.relatedTarget as Node | null)) {
      setOpen(false);
      setActive(-1);
    }
  });

  // Listeners on the server's input and form, attached once, in the commit that first renders this component:
  // its state started from the box as it was then (value, focus), and no event can come in between.
  useLayoutEffect(() => {
    const form = input.form;
    const keydown = (event: KeyboardEvent) => onKeyDown(event);
    const typed = () => onInput();
    const focus = () => onFocus();
    const focusout = (event: FocusEvent) => onFocusOut(event);
    input.addEventListener('keydown', keydown);
    input.addEventListener('input', typed);
    input.addEventListener('focus', focus);
    form?.addEventListener('focusout', focusout);
    return () => {
      input.removeEventListener('keydown', keydown);
      input.removeEventListener('input', typed);
      input.removeEventListener('focus', focus);
      form?.removeEventListener('focusout', focusout);
    };
  }, [input]);

  // The list opens under the box, towards whichever side of the page has room for it.
  const popupRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const popup = popupRef.current;
    const form = popup?.parentElement;
    if (!showList || !popup || !form) return;
    const left = form.getBoundingClientRect().left;
    popup.dataset.align = left + popup.offsetWidth > document.documentElement.clientWidth - 8 ? 'right' : 'left';
  }, [showList]);

  const entriesLabelId = `${HEADER_SEARCH_OPTION_PREFIX}-entries`;
  const passagesLabelId = `${HEADER_SEARCH_OPTION_PREFIX}-passages`;

  return (
    <div ref={popupRef} className="search-popup" hidden={!showList}>
      {status === 'loading' || (status === 'ready' && !response && value.trim()) ? <p className="search-popup-note">Searching…</p> : null}
      {status === 'error' ? <p className="search-popup-note">Search could not load. Press Enter to open the search page.</p> : null}
      {response?.query.truncated ? (
        <p className="search-popup-note search-truncated">Only the first {MAX_QUERY_LENGTH} characters of your search are used.</p>
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
      <div role="listbox" id={HEADER_SEARCH_LISTBOX_ID} aria-label="Search results" className="search-listbox">
        {entries.length > 0 ? (
          <div role="group" aria-labelledby={entriesLabelId}>
            <div role="presentation" id={entriesLabelId} className="search-group-label">
              Places, people, organizations, themes, claims
            </div>
            {options.slice(0, entries.length).map((option, i) => (
              <ResultOption key={option.id} option={option} selected={active === i} articles={articles} onHover={() => setActive(i)} />
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
  );
}

function ResultOption({
  option,
  selected,
  articles,
  onHover,
}: {
  option: Option;
  selected: boolean;
  articles: Map<string, ArticleInfo>;
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
      onClick={() => go(option.href)}
      onMouseMove={onHover}
      data-href={option.href}
    >
      <ResultContent hit={option.hit} articles={articles} snippetLength={120} />
    </div>
  );
}
