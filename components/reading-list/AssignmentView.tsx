'use client';

import { useRouter } from 'next/navigation';
import { useMemo, useState, useSyncExternalStore } from 'react';
import { CopyButton } from '@/components/CopyButton';
import { citationStyleNames } from '@/lib/cite';
import { answerLimit, answersKey, answersText, parseAnswers, readAnswersRaw, subscribeAnswers, writeAnswers, type Answers } from '@/lib/reading-list/answers';
import { decode, encode } from '@/lib/reading-list/codec';
import { bibliographyOf, resolveList, totalMinutes, type DataIndex, type ResolvedItem } from '@/lib/reading-list/resolve';
import { readStored, subscribeStored, writeStored } from '@/lib/reading-list/store';
import type { ReadingList } from '@/lib/reading-list/types';
import { readingListHref, readingListPrintHref } from '@/lib/links';
import { Bibliography } from './Bibliography';
import { ItemReading } from './ItemReading';
import { ReferenceFiles } from './ReferenceFiles';
import { useReadingListData } from './useReadingListData';
import { TextsNotLoaded } from './TextsNotLoaded';
import { isBlank } from './url';
import './reading-list.css';
import { ListProblems } from './ListProblems';

const itemsText = (n: number) => (n === 1 ? '1 reading' : `${n} readings`);

/**
 * The read-only assignment a shared link opens: the title, the instructions, and for each item its question
 * above the reading, then the total reading time. Nothing of the teacher's editor is shown; "Edit a copy" puts
 * the list into this browser's editor.
 */
export function AssignmentView({ query }: { query: string }) {
  const decoded = useMemo(() => decode(query), [query]);
  const data = useReadingListData(decoded.list);
  const resolved = useMemo(() => (data.status === 'ready' ? resolveList(decoded.list, data.index) : null), [decoded, data]);
  const list = resolved?.list ?? decoded.list;
  const problems = [...decoded.problems, ...(resolved?.problems ?? [])];
  const index = data.status === 'ready' ? data.index : null;
  // Answers are keyed to the list as its link gives it, so they are found before the texts have loaded.
  const key = useMemo(() => answersKey(decoded.list), [decoded]);
  const rawAnswers = useSyncExternalStore(subscribeAnswers, () => readAnswersRaw(key), () => null);
  const answers = useMemo(() => parseAnswers(rawAnswers ?? ''), [rawAnswers]);
  const [kept, setKept] = useState(true);
  const setAnswer = (itemKey: string, text: string) => setKept(writeAnswers(key, { ...answers, [itemKey]: text }));
  const asks = resolved?.items.some((i) => i.note) ?? false;
  const sources = resolved ? bibliographyOf(resolved.items, list.style) : [];

  return (
    <div className="rl-assignment">
      <h1>{list.title || 'Reading assignment'}</h1>
      <ListProblems problems={problems} heading="Some of this link could not be used" after="Everything else in the link is shown below." />
      {list.instructions ? (
        <section aria-label="Instructions" className="packet-instructions">
          {list.instructions}
        </section>
      ) : null}
      {data.status === 'error' ? (
        <TextsNotLoaded message={data.message} />
      ) : null}
      {resolved ? (
        <p className="rl-total">
          {itemsText(resolved.items.length)}
          {resolved.items.length ? ` · about ${totalMinutes(resolved.items)} minutes of reading in all` : ''}
        </p>
      ) : data.status === 'loading' ? (
        <p role="status">Loading the readings…</p>
      ) : null}
      <AssignmentActions list={list} query={query} />
      {resolved && asks && rawAnswers !== null ? (
        <section className="rl-answers-tools" aria-labelledby="rl-answers-heading">
          <h2 id="rl-answers-heading">Your answers</h2>
          <p>
            Write your answers under the questions. They are kept in this browser only, for this list, and are sent
            nowhere{kept ? '' : ' (this browser does not let the site keep them: copy them before you leave)'}.
          </p>
          <p className="rl-actions">
            <CopyButton text={answersText(list, resolved.items, answers)} label="Copy my answers" />
            <button type="button" onClick={printAnswers}>
              Print my answers
            </button>
          </p>
        </section>
      ) : null}
      {resolved && resolved.items.length === 0 ? (
        <p>
          This reading list has no readings. <a href={readingListHref()}>Build a reading list</a>.
        </p>
      ) : null}
      {resolved ? (
        <ol className="rl-items rl-readings">
          {resolved.items.map((item, i) => (
            <AssignmentItem
              key={item.key}
              item={item}
              position={i + 1}
              index={index}
              answers={rawAnswers === null ? null : answers}
              onAnswer={(text) => setAnswer(item.key, text)}
            />
          ))}
        </ol>
      ) : null}
      <Bibliography sources={sources} style={list.style} className="rl-section packet-bibliography" headingId="rl-bibliography-heading" after={<ReferenceFiles articles={sources} />} />
    </div>
  );
}

/** Prints the answer sheet: the questions and the answers, without the readings (see reading-list.css). */
function printAnswers() {
  const root = document.documentElement;
  root.dataset.print = 'answers';
  const done = () => {
    delete root.dataset.print;
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

function AssignmentItem({
  item,
  position,
  index,
  answers,
  onAnswer,
}: {
  item: ResolvedItem;
  position: number;
  index: DataIndex | null;
  /** null until the browser's storage has been read */
  answers: Answers | null;
  onAnswer: (text: string) => void;
}) {
  const headingId = `rl-reading-${position}`;
  const answerId = `rl-answer-${position}`;
  const answer = answers?.[item.key] ?? '';
  return (
    <li className="rl-item" aria-labelledby={headingId}>
      {item.note ? (
        <div className="rl-question" id={`${answerId}-question`}>
          <p className="packet-note-label">Question {position}</p>
          <p>{item.note}</p>
        </div>
      ) : null}
      <div className="rl-item-head">
        <span className="rl-pos" aria-hidden="true">
          {position}
        </span>
        <div>
          <p className="rl-kind">{item.kindLabel}</p>
          <h2 id={headingId} className="rl-reading-title">
            <span className="visually-hidden">Reading {position}: </span>
            {item.title}
          </h2>
        </div>
      </div>
      <div className="rl-reading-body">
        <ItemReading item={item} index={index} />
      </div>
      {item.note && answers ? (
        <div className="rl-field rl-answer">
          <label htmlFor={answerId}>
            Your answer<span className="visually-hidden"> to question {position}</span>
          </label>
          <textarea
            id={answerId}
            rows={4}
            value={answer}
            maxLength={answerLimit}
            aria-describedby={`${answerId}-question`}
            onChange={(e) => onAnswer(e.target.value)}
          />
          <div className="rl-answer-print" aria-hidden="true">
            {answer || '\u00a0'}
          </div>
        </div>
      ) : null}
    </li>
  );
}

const noSubscribe = () => () => {};

/** "Edit a copy" (into this browser's editor) and the printed packet. */
function AssignmentActions({ list, query }: { list: ReadingList; query: string }) {
  const router = useRouter();
  const stored = useSyncExternalStore(subscribeStored, readStored, () => '');
  const hydrated = useSyncExternalStore(noSubscribe, () => true, () => false);
  const [confirming, setConfirming] = useState(false);
  const own = stored ? decode(stored).list : null;
  const differs = own !== null && !isBlank(own) && encode(own) !== encode(list);

  const editCopy = () => {
    writeStored(list);
    router.push(readingListHref());
  };

  return (
    <div className="rl-section rl-assignment-actions">
      <p className="rl-actions">
        {hydrated ? (
          <button type="button" onClick={() => (differs ? setConfirming(true) : editCopy())} aria-expanded={differs ? confirming : undefined}>
            Edit a copy
          </button>
        ) : null}
        <a className="rl-button-link" href={readingListPrintHref(query)}>
          Print the packet
        </a>
        <span className="rl-muted">Citations in {citationStyleNames[list.style]} style.</span>
      </p>
      {confirming && own ? (
        <div className="rl-notice" role="group" aria-label="Replace the list in this browser?">
          <p>
            This browser holds another list you were building ({own.items.length === 1 ? '1 item' : `${own.items.length} items`}
            {own.title ? `, “${own.title}”` : ''}). Editing a copy of this one replaces it.
          </p>
          <p className="rl-actions">
            <button type="button" onClick={editCopy}>
              Replace it and edit this list
            </button>
            <a className="rl-button-link" href={readingListHref()}>
              Open the list I was building
            </a>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </p>
        </div>
      ) : null}
    </div>
  );
}
