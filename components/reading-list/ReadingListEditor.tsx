'use client';

import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { CopyButton } from '@/components/CopyButton';
import { CitationText } from '@/components/CitationText';
import { citationStyleNames, citationStyles, richText, type CitationStyle } from '@/lib/cite';
import { encode } from '@/lib/reading-list/codec';
import { clamp, moveItem, removeAt, setNote, toggleItem } from '@/lib/reading-list/list';
import { bibliographyOf, formatMinutes, inTextCitation, resolveItem, resolveList, totalMinutes, type DataIndex, type ResolvedItem } from '@/lib/reading-list/resolve';
import { readStored, storageWorks, subscribeStored, writeStored } from '@/lib/reading-list/store';
import { limits, type ReadingItemRef, type ReadingList } from '@/lib/reading-list/types';
import { readingListHref, readingListPrintHref } from '@/lib/links';
import { ItemReading } from './ItemReading';
import { ReferenceFiles } from './ReferenceFiles';
import { loadArticles, useReadingListData } from './useReadingListData';
import { TextsNotLoaded } from './TextsNotLoaded';
import { isBlank, listForPage } from './url';
import './reading-list.css';
import { ListProblems } from './ListProblems';

const itemsText = (n: number) => (n === 1 ? '1 item' : `${n} items`);

/**
 * The reading list being built in this browser: title and instructions, the items in order with a note each,
 * reading time, citations, and the share link. The list is the one kept in this browser (lib/reading-list/
 * store.ts); every edit writes it there, and the page re-reads it from there, so there is one copy of it and
 * no state to keep in step. A shared link opens the read-only assignment view instead (AssignmentView.tsx),
 * whose "Edit a copy" puts that list here.
 */
export function ReadingListEditor({ intro, query = '' }: { intro: ReactNode; query?: string }) {
  const stored = useSyncExternalStore(subscribeStored, readStored, () => null);
  const [announcement, setAnnouncement] = useState({ id: 0, text: '' });
  const focusNext = useRef<string | null>(null);

  const page = useMemo(() => (stored === null ? null : listForPage(query, stored)), [query, stored]);
  const data = useReadingListData(page?.list ?? null);
  const resolved = useMemo(() => (page && data.status === 'ready' ? resolveList(page.list, data.index) : null), [page, data]);

  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  if (!page) {
    return (
      <>
        <h1>Reading list</h1>
        {intro}
      </>
    );
  }

  // Until the site's data has arrived the list is shown as stored; then unknown items are named and left out.
  const list = resolved?.list ?? page.list;
  const items = resolved?.items ?? [];
  const problems = [...page.problems, ...(resolved?.problems ?? [])];
  const announce = (text: string) => setAnnouncement((a) => ({ id: a.id + 1, text }));
  const update = (next: ReadingList) => writeStored(next);

  const move = (index: number, delta: -1 | 1) => {
    const item = items[index];
    if (!item) return;
    const direction = delta < 0 ? 'up' : 'down';
    const target = index + delta;
    if (target < 0 || target >= list.items.length) {
      announce(`${capitalize(item.name)} is already ${delta < 0 ? 'first' : 'last'}.`);
      return;
    }
    update(moveItem(list, index, delta));
    focusNext.current = controlId(item.key, direction);
    announce(`Moved ${item.name} ${direction} to position ${target + 1} of ${list.items.length}.`);
  };
  const remove = (index: number) => {
    const item = items[index];
    if (!item) return;
    const next = removeAt(list, index);
    update(next);
    const neighbour = items[index + 1] ?? items[index - 1];
    focusNext.current = neighbour ? controlId(neighbour.key, 'remove') : 'rl-items-heading';
    announce(`Removed ${item.name}. ${next.items.length === 0 ? 'The list is empty.' : `${itemsText(next.items.length)} left.`}`);
  };

  const shareQuery = encode(list);
  const shareUrl = `${window.location.origin}${readingListHref(shareQuery)}`;
  const minutes = totalMinutes(items);
  const blank = isBlank(list);

  return (
    <>
      <h1>{list.title || 'Reading list'}</h1>
      <ListProblems problems={problems} heading="Some of this list could not be used" after="Everything else is shown below. Editing the list makes a clean link." />
      {data.status === 'error' ? (
        <TextsNotLoaded message={data.message} />
      ) : null}
      {blank ? intro : null}

      {!blank ? (
        <section aria-labelledby="rl-about-heading" className="rl-section">
          <h2 id="rl-about-heading">About this list</h2>
          <div className="rl-field">
            <label htmlFor="rl-title">Title</label>
            <input
              id="rl-title"
              type="text"
              value={list.title}
              maxLength={limits.title}
              aria-describedby="rl-title-hint"
              onChange={(e) => update({ ...list, title: clamp(e.target.value, limits.title) })}
            />
            <p id="rl-title-hint" className="rl-hint">
              Up to {limits.title} characters.
            </p>
          </div>
          <div className="rl-field">
            <label htmlFor="rl-instructions">Instructions for readers</label>
            <textarea
              id="rl-instructions"
              rows={4}
              value={list.instructions}
              maxLength={limits.instructions}
              aria-describedby="rl-instructions-hint"
              onChange={(e) => update({ ...list, instructions: clamp(e.target.value, limits.instructions) })}
            />
            <p id="rl-instructions-hint" className="rl-hint">
              Up to {limits.instructions.toLocaleString('en-US')} characters. Shown at the top of the list and the print view.
            </p>
          </div>
          <fieldset className="rl-styles">
            <legend>Citation style</legend>
            {citationStyles.map((style) => (
              <label key={style}>
                <input
                  type="radio"
                  name="rl-style"
                  value={style}
                  checked={list.style === style}
                  onChange={() => update({ ...list, style: style as CitationStyle })}
                />{' '}
                {citationStyleNames[style]}
              </label>
            ))}
          </fieldset>
        </section>
      ) : null}

      {list.items.length > 0 ? (
        <section aria-labelledby="rl-items-heading" className="rl-section">
          <h2 id="rl-items-heading" tabIndex={-1}>
            Readings
          </h2>
          <p className="rl-total">
            {itemsText(list.items.length)}
            {resolved ? <> · total reading time about {minutes === 1 ? '1 minute' : `${minutes} minutes`}</> : null}
            <span className="rl-muted"> (articles at their stated reading time; paragraphs, claims and themes at 230 words a minute)</span>
          </p>
          {data.status === 'loading' ? <p role="status">Loading the texts…</p> : null}
          <ol className="rl-items">
            {items.map((item, i) => (
              <ItemView
                key={item.key}
                item={item}
                position={i + 1}
                count={items.length}
                style={list.style}
                index={data.status === 'ready' ? data.index : null}
                onNote={(note) => update(setNote(list, i, note))}
                onMove={(delta) => move(i, delta)}
                onRemove={() => remove(i)}
              />
            ))}
          </ol>
        </section>
      ) : null}

      {data.status === 'ready' ? <AddForm index={data.index} list={list} onAdd={update} announce={announce} /> : null}

      {list.items.length > 0 ? (
        <section aria-labelledby="rl-share-heading" className="rl-section">
          <h2 id="rl-share-heading">Share and print</h2>
          <p>
            The link holds the whole list. Anyone who opens it sees it as an assignment to read, with a place for their
            answers; nothing is stored anywhere else.
          </p>
          <div className="rl-field">
            <label htmlFor="rl-share-link">Link to this list</label>
            <input id="rl-share-link" type="text" readOnly value={shareUrl} onFocus={(e) => e.target.select()} />
          </div>
          {shareUrl.length > 2000 ? (
            <p className="rl-hint" id="rl-share-length">
              This link is {shareUrl.length.toLocaleString('en-US')} characters long.{' '}
              {shareUrl.length > 8000
                ? 'Many web servers refuse links longer than about 8,000 characters, so it may not open for everyone: shorten the notes or the instructions, or split the list in two.'
                : 'Some mail programs and learning platforms cut long links: check that it opens whole.'}
            </p>
          ) : null}
          <p className="rl-actions">
            <CopyButton text={shareUrl} label="Copy link" />
            <a className="rl-button-link" href={readingListHref(shareQuery)}>
              Open as a reader sees it
            </a>
            <a className="rl-button-link" href={readingListPrintHref(shareQuery)}>
              Open print view
            </a>
          </p>
          <ReferenceFiles articles={bibliographyOf(items, list.style)} />
          {!storageWorks() ? (
            <p className="rl-hint">This browser does not let the site keep the list; copy the link to keep it.</p>
          ) : null}
        </section>
      ) : null}

      <div role="status" className="visually-hidden" aria-live="polite">
        <span key={announcement.id}>{announcement.text}</span>
      </div>
    </>
  );
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const controlId = (key: string, control: 'up' | 'down' | 'remove') => `rl-${control}-${key.replace(/\./g, '_')}`;

function ItemView({
  item,
  position,
  count,
  style,
  index,
  onNote,
  onMove,
  onRemove,
}: {
  item: ResolvedItem;
  position: number;
  count: number;
  style: CitationStyle;
  index: DataIndex | null;
  onNote: (note: string) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const headingId = `rl-item-${item.key.replace(/\./g, '_')}`;
  const noteId = `${headingId}-note`;
  return (
    <li className="rl-item" aria-labelledby={headingId}>
      <div className="rl-item-head">
        <span className="rl-pos" aria-hidden="true">
          {position}
        </span>
        <div>
          <p className="rl-kind">
            {item.kindLabel} · {formatMinutes(item.minutes)}
          </p>
          <h3 id={headingId}>
            <span className="visually-hidden">Item {position}: </span>
            {item.title}
          </h3>
        </div>
      </div>
      <ItemReading item={item} index={index} />
      <div className="rl-field">
        <label htmlFor={noteId}>
          Note or question<span className="visually-hidden"> for item {position}</span>
        </label>
        <textarea id={noteId} rows={2} value={item.note} maxLength={limits.note} onChange={(e) => onNote(clamp(e.target.value, limits.note))} />
      </div>
      <div className="rl-cite">
        <p className="rl-cite-label">Citation ({citationStyleNames[style]})</p>
        <ul>
          {item.citables.map((cited, i) => {
            const entry = cited.article.cite[style].bibliography;
            return (
              <li key={i}>
                <p>
                  <CitationText rich={entry} />
                </p>
                {cited.paragraph ? (
                  <p className="rl-muted">
                    In the text: <CitationText rich={inTextCitation(cited, style)} />
                  </p>
                ) : null}
                <CopyButton text={richText(entry)} label={`Copy citation${item.citables.length > 1 ? ` for ${cited.label}` : ''}`} />
              </li>
            );
          })}
        </ul>
      </div>
      <div className="rl-controls" role="group" aria-label={`Arrange item ${position}`}>
        <button type="button" id={controlId(item.key, 'up')} aria-disabled={position === 1} onClick={() => onMove(-1)}>
          Move up<span className="visually-hidden">: item {position}</span>
        </button>
        <button type="button" id={controlId(item.key, 'down')} aria-disabled={position === count} onClick={() => onMove(1)}>
          Move down<span className="visually-hidden">: item {position}</span>
        </button>
        <button type="button" id={controlId(item.key, 'remove')} onClick={onRemove}>
          Remove<span className="visually-hidden">: item {position}</span>
        </button>
      </div>
    </li>
  );
}

/** Adds an article or one of its paragraphs by number, for building a list from this page alone. */
function AddForm({
  index,
  list,
  onAdd,
  announce,
}: {
  index: DataIndex;
  list: ReadingList;
  onAdd: (list: ReadingList) => void;
  announce: (text: string) => void;
}) {
  const articles = index.heads;
  const [slug, setSlug] = useState(articles[0]?.slug ?? '');
  const [paragraph, setParagraph] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const article = index.headsBySlug.get(slug);
  // The list as it is now: an add that waited for its article's text goes into the list as it is when the text
  // comes, not as it was at the click (a note typed meanwhile, or another tab's edit, is kept).
  const current = useRef(list);
  const mounted = useRef(true);
  useEffect(() => {
    current.current = list;
  });
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // The chosen article's text (its pack) is fetched once it has stayed chosen a moment (not for every article the
  // arrow keys pass on the way), so that adding it usually waits for nothing.
  useEffect(() => {
    if (!slug) return;
    const timer = setTimeout(() => loadArticles([slug]).catch(() => {}), 300); // a failure is said on adding
    return () => clearTimeout(timer);
  }, [slug]);

  const add = (ref: ReadingItemRef) => {
    const resolved = resolveItem(ref, '', index);
    const name = typeof resolved === 'string' ? 'the item' : resolved.name;
    const result = toggleItem(current.current, ref);
    if (result.change === 'removed') {
      setError(`${capitalize(name)} is already on the list.`);
      return;
    }
    if (result.change === 'full') {
      setError(`The list is full (${limits.items} items); remove one first.`);
      return;
    }
    setError('');
    setParagraph('');
    onAdd(result.list);
    announce(`Added ${name} as item ${result.list.items.length}.`);
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!article || busy) return;
    let ref: ReadingItemRef = { type: 'article', article: article.slug };
    if (paragraph.trim()) {
      const n = Number(paragraph);
      if (!Number.isInteger(n) || n < 1 || n > article.passages) {
        setError(`There is no paragraph ${paragraph.trim()}: this article’s paragraphs are numbered 1 to ${article.passages}.`);
        return;
      }
      ref = { type: 'passage', article: article.slug, n };
    }
    if (index.articles.has(article.slug)) return add(ref);
    // Not fetched yet (a slow connection): the item is added once its text is here, never before.
    setBusy(true);
    loadArticles([article.slug])
      .then(
        () => mounted.current && add(ref),
        (failure: unknown) => mounted.current && setError(`The article’s text could not be loaded: ${failure instanceof Error ? failure.message : String(failure)}. Try again.`),
      )
      .finally(() => mounted.current && setBusy(false));
  };

  return (
    <section aria-labelledby="rl-add-heading" className="rl-section">
      <h2 id="rl-add-heading">Add a reading</h2>
      <form className="rl-add-form" onSubmit={submit} noValidate>
        <div className="rl-field">
          <label htmlFor="rl-add-article">Article</label>
          <select id="rl-add-article" value={slug} onChange={(e) => setSlug(e.target.value)}>
            {articles.map((a) => (
              <option key={a.slug} value={a.slug}>
                {a.title} ({a.outlet})
              </option>
            ))}
          </select>
        </div>
        <div className="rl-field">
          <label htmlFor="rl-add-paragraph">Paragraph number</label>
          <input
            id="rl-add-paragraph"
            type="text"
            inputMode="numeric"
            value={paragraph}
            aria-describedby="rl-add-paragraph-hint rl-add-error"
            aria-invalid={error ? true : undefined}
            onChange={(e) => setParagraph(e.target.value)}
          />
          <p id="rl-add-paragraph-hint" className="rl-hint">
            Leave empty to add the whole article. Paragraph numbers are the ¶ numbers beside each paragraph
            {article ? ` (1 to ${article.passages} in this article)` : ''}.
          </p>
        </div>
        <p id="rl-add-error" className="rl-error" role="alert">
          {error}
        </p>
        <button type="submit" aria-disabled={busy || undefined}>
          Add to the list
        </button>
      </form>
    </section>
  );
}
