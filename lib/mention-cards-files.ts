import type { AnnotatedLibrary } from './annotate/types';
import { entityKey } from './annotate/types';
import { oncePerProcess } from './build-cache';
import { hashedPacks } from './hashed-packs';
import { mentionPreviewOf, type MentionPreview } from './entities';
import { getLibrary } from './library';
import { CARD_FILE_BYTES, cardFileOf, MENTION_CARDS_VERSION, type MentionCardFiles, type MentionCardsFile } from './mention-cards';
import type { ArticleSlug } from './ids';

/**
 * The files of mention cards (lib/mention-cards.ts), build time only: the card of every entry the articles name,
 * in as many files as keep each near `bound` bytes (CARD_FILE_BYTES), each named by a hash of its content. Returns
 * the names by file number, and each name's JSON.
 */
export function mentionCardFiles(lib: AnnotatedLibrary, bound = CARD_FILE_BYTES): { names: string[]; files: Map<string, string> } {
  const cards: [string, MentionPreview][] = [];
  for (const key of lib.mentionsByEntity.keys()) cards.push([key, mentionPreviewOf(lib, key)]);
  cards.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  const bytes = cards.reduce((n, [key, card]) => n + key.length + JSON.stringify(card).length, 0);
  const count = Math.max(1, Math.ceil(bytes / bound));
  // Each card in the file its key hashes to, then the files written and named as every hashed pack is.
  const buckets = Array.from({ length: count }, (_, file) => ({ file, cards: [] as [string, MentionPreview][] }));
  for (const card of cards) buckets[cardFileOf(card[0], count)]!.cards.push(card);
  const { names, files } = hashedPacks(buckets, 1, 'm', ([bucket]): MentionCardsFile => ({
    version: MENTION_CARDS_VERSION,
    file: bucket!.file,
    files: count,
    cards: Object.fromEntries(bucket!.cards),
  }));
  return { names, files };
}

const filesOf = oncePerProcess('mention cards', (lib: AnnotatedLibrary) => mentionCardFiles(lib));

/** The site's files of mention cards, made once per build process. */
export const getMentionCardFiles = () => filesOf(getLibrary());

/** What an article page needs to find its entries' cards: the number of files, and the names of those it needs. */
export function mentionCardFilesFor(lib: AnnotatedLibrary, article: ArticleSlug): MentionCardFiles {
  const { names } = filesOf(lib);
  const needed: Record<number, string> = {};
  for (const m of lib.mentionsByArticle.get(article) ?? []) {
    const file = cardFileOf(entityKey(m.kind, m.slug), names.length);
    needed[file] = names[file]!;
  }
  return { files: names.length, names: needed };
}
