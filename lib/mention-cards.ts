import type { MentionPreview } from './entities';
import { isCount, isObject } from './fetch-json';
import { fnv1a } from './fnv1a';
import { entityRefOfHref } from './entity-href';

/**
 * The mention preview cards (components/MentionPreviews.tsx), served once for the whole library instead of once
 * in every article page that names the entry (issue 13, output per article: at 1,000 articles they were 7.5 kB of
 * each article page's React payload, the same cards again on every page).
 *
 * The cards are cut into files by a hash of each entry's key (`cardFileOf`), as few as keep each file near
 * `CARD_FILE_BYTES`, each named by a hash of its content (`m<k>-<hash>.json`) so that a browser keeps it for ever.
 * An article page names the files that hold its entries' cards; the first time a reader points at or focuses a
 * name, the page fetches them, once.
 */
export const MENTION_CARDS_VERSION = 1;
export const CARD_FILE_BYTES = 64_000;

/** /mention-cards/<name>: the cards of the entries whose keys hash to file `file` of `files`. */
export type MentionCardsFile = { version: typeof MENTION_CARDS_VERSION; file: number; files: number; cards: Record<string, MentionPreview> };

/** What an article page says of the cards: how many files there are, and the names of those holding its entries'. */
export type MentionCardFiles = { files: number; names: Record<number, string> };

/** Which of `files` files holds the card of the entry `key` ("places/china"): FNV-1a of the key, modulo `files`. */
export const cardFileOf = (key: string, files: number): number => fnv1a(key) % Math.max(1, files);
/** A card, for the entry `key`: its link must be that entry's page (not merely an address that starts with "/"). */
const isCard = (key: string, v: unknown): v is MentionPreview =>
  isObject(v) &&
  typeof v.name === 'string' &&
  typeof v.kind === 'string' &&
  typeof v.line === 'string' &&
  isCount(v.count) &&
  isCount(v.articles) &&
  typeof v.href === 'string' &&
  entityRefOfHref(v.href) === key;

/**
 * The cards of a fetched file, when it is file `file` of `files` and every card in it is one (each in the file its
 * key hashes to, linking to its entry's page); null for anything else (an HTML error page, a stale or hand-made
 * file).
 */
export function readMentionCards(value: unknown, file: number, files: number): Record<string, MentionPreview> | null {
  if (!isObject(value) || value.version !== MENTION_CARDS_VERSION || value.file !== file || value.files !== files || !isObject(value.cards)) return null;
  const cards = value.cards;
  return Object.entries(cards).every(([key, card]) => cardFileOf(key, files) === file && isCard(key, card)) ? (cards as Record<string, MentionPreview>) : null;
}
