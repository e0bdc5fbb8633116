import { bibliographyHeadings, richText } from '../cite';
import { encode } from './codec';
import { bibliographyOf, inTextCitation, type ResolvedItem } from './resolve';
import type { ReadingList } from './types';
import { fnv1a } from '../fnv1a';

/**
 * A student's answers to a list's questions, kept in this browser only, under one localStorage key per list:
 * `sightlines:answers:<id>`, where <id> is a hash of the list's link (so two assignments never mix, and the same
 * link opened again finds its answers). The value is JSON, `{ "<item key>": "answer", … }`. Nothing is sent
 * anywhere; when storage is blocked the answers last as long as the page.
 */
export const answersKeyPrefix = 'sightlines:answers:';
const changeEvent = 'sightlines:answers-change';

export type Answers = Record<string, string>;

/** Characters an answer may hold (an essay, not a book). */
export const answerLimit = 10_000;

/** FNV-1a, 32 bits, as 8 hex digits: short, stable, and enough to tell a browser's few lists apart. */
export const hashText = (text: string): string => fnv1a(text).toString(16).padStart(8, '0');

/** The storage key of a list's answers: the same list (however its link was spelled) gives the same key. */
export const answersKey = (list: ReadingList) => `${answersKeyPrefix}${hashText(encode(list))}`;

const memory = new Map<string, string>();

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The stored JSON for a key ('' when none); a snapshot for useSyncExternalStore. */
export function readAnswersRaw(key: string): string {
  try {
    return storage()?.getItem(key) ?? memory.get(key) ?? '';
  } catch {
    return memory.get(key) ?? '';
  }
}

/** Reads stored answers defensively: anything that is not an object of strings is ignored, never thrown. */
export function parseAnswers(raw: string): Answers {
  if (!raw) return {};
  try {
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return {};
  }
}

/** Stores the answers (an empty set removes the key); true when the browser kept them. */
export function writeAnswers(key: string, answers: Answers): boolean {
  const kept = Object.fromEntries(Object.entries(answers).filter(([, text]) => text !== ''));
  const value = Object.keys(kept).length ? JSON.stringify(kept) : '';
  memory.set(key, value);
  let stored = false;
  const s = storage();
  if (s) {
    try {
      if (value) s.setItem(key, value);
      else s.removeItem(key);
      stored = true;
    } catch {
      stored = false;
    }
  }
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(changeEvent));
  return stored;
}

export function subscribeAnswers(onChange: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key.startsWith(answersKeyPrefix)) onChange();
  };
  window.addEventListener(changeEvent, onChange);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(changeEvent, onChange);
    window.removeEventListener('storage', onStorage);
  };
}

/**
 * "Copy my answers": the list's title, then each question with what it asks about, its citation in the list's
 * style and the answer, then the bibliography. Plain text, for mail or a learning platform.
 */
export function answersText(list: ReadingList, items: ResolvedItem[], answers: Answers): string {
  const lines = [list.title || 'Reading assignment', ''];
  let asked = 0;
  items.forEach((item, i) => {
    if (!item.note) return;
    asked++;
    lines.push(`${i + 1}. ${item.title}`);
    const cites = item.citables.map((c) => richText(inTextCitation(c, list.style)));
    if (cites.length) lines.push(`Source: ${cites.join('; ')}`);
    lines.push(`Question: ${item.note}`, `Answer: ${answers[item.key]?.trim() || '(no answer yet)'}`, '');
  });
  if (!asked) lines.push('This list asks no questions.', '');
  const sources = bibliographyOf(items, list.style);
  if (sources.length) lines.push(bibliographyHeadings[list.style], ...sources.map((a) => richText(a.cite[list.style].bibliography)));
  return `${lines.join('\n').trim()}\n`;
}
