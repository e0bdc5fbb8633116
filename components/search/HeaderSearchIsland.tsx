'use client';

import { useEffect, useState } from 'react';
import { HEADER_SEARCH_INPUT_ID, HEADER_SEARCH_LISTBOX_ID } from './header-search-ids';
import type { HeaderSearchPanel as Panel } from './HeaderSearchPanel';

type PanelModule = typeof import('./HeaderSearchPanel');

let loading: Promise<PanelModule> | null = null;
/** The result list's code, fetched once; a failed fetch (offline) is forgotten so that the next use tries again. */
function loadPanel(): Promise<PanelModule> {
  loading ??= import('./HeaderSearchPanel');
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** What first use of the box looks like: any of these on the input fetches the result list's code. */
const wakers = ['focus', 'pointerdown', 'keydown', 'input'] as const;

/**
 * The header search box's island: the only part of it in every page's first load. It never renders or replaces
 * the input (the server did; what the reader typed before the scripts ran stays there, with its selection), it
 * only attaches to it:
 * - “/” and Ctrl/⌘-K focus the box from anywhere (opening its popover first on narrow screens);
 * - the first focus, key or pointer press on the box (or the box already having the focus when the page
 *   hydrates) imports HeaderSearchPanel, which reads the box's value as it then is and runs the combobox;
 * - a sent form goes to the search page through searchHref (the 200-character address) once that code is here;
 *   if it cannot load, the form is sent as it is.
 * Until then it renders the empty, hidden result list the input's aria-controls names, and the live region.
 */
export function HeaderSearchIsland() {
  const [panel, setPanel] = useState<{ Panel: typeof Panel; input: HTMLInputElement } | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    const found = document.getElementById(HEADER_SEARCH_INPUT_ID);
    if (!(found instanceof HTMLInputElement) || !found.form) return;
    const input = found;
    const form = found.form;
    let live = true;

    const stopWaking = () => {
      for (const type of wakers) input.removeEventListener(type, wake);
    };
    function wake() {
      stopWaking();
      loadPanel().then(
        (module) => live && setPanel({ Panel: module.HeaderSearchPanel, input }),
        () => {
          // Offline: the box still works as a plain form; the next use tries again.
          if (live) for (const type of wakers) input.addEventListener(type, wake);
        },
      );
    }
    for (const type of wakers) input.addEventListener(type, wake);
    if (document.activeElement === input) wake();

    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      const query = input.value;
      loadPanel().then(
        (module) => module.openSearchPage(query),
        () => form.submit(),
      );
    };
    form.addEventListener('submit', onSubmit);

    // “/” and Ctrl/⌘-K focus the box from anywhere (but “/” still types a slash in other fields).
    const popover = input.closest<HTMLElement>('[popover]');
    const onKey = (event: KeyboardEvent) => {
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isEditable(event.target);
      const k = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey) && !event.altKey;
      if (!slash && !k) return;
      event.preventDefault();
      // On narrow screens the box waits in a popover behind the header's Search button: open it first.
      if (popover && !popover.matches(':popover-open') && !input.checkVisibility()) popover.showPopover();
      input.focus();
      input.select();
    };
    // When the Search button opens the box, the caret goes straight into it.
    const onToggle = (event: Event) => {
      if ((event as ToggleEvent).newState === 'open') input.focus();
    };
    document.addEventListener('keydown', onKey);
    popover?.addEventListener('toggle', onToggle);
    return () => {
      live = false;
      stopWaking();
      form.removeEventListener('submit', onSubmit);
      document.removeEventListener('keydown', onKey);
      popover?.removeEventListener('toggle', onToggle);
    };
  }, []);

  return (
    <>
      {panel ? (
        <panel.Panel input={panel.input} announce={setAnnouncement} />
      ) : (
        <div className="search-popup" hidden>
          <div role="listbox" id={HEADER_SEARCH_LISTBOX_ID} aria-label="Search results" className="search-listbox" />
        </div>
      )}
      {/* A live region without role="status": the page keeps its own status messages for itself. */}
      <div aria-live="polite" aria-atomic="true" className="visually-hidden header-search-status">
        {announcement}
      </div>
    </>
  );
}
