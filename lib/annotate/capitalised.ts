import type { AnnotatedLibrary } from './types';
import { passageKey } from './types';

export type UnaccountedName = { word: string; article: string; passageId: string; context: string };

const capitalised = /(?<![\p{L}\p{N}_@’'-])\p{Lu}[\p{L}\p{N}]*(?:[’'.-]\p{L}+)*/gu;
const sentenceStart = /(?:^|[.!?:;—–“"(\[…]\s*|\n)\s*[“"‘(]?$/u;

/** A capitalised word as listed in the stop list: possessive and trailing full stop taken off. */
export const stopListForm = (word: string) => word.replace(/[’']s$/u, '').replace(/\.$/, '');

/**
 * Capitalised words of the reading texts that no mention covers and the stop list does not name. A word that opens
 * a sentence is passed over when the same word also occurs in lower case somewhere (it is an ordinary word). Words
 * an entry's `notMentions` claims (“China” in “Amazing China”) are accounted for by that entry.
 */
export function unaccountedNames(lib: AnnotatedLibrary, stopList: Set<string>): UnaccountedName[] {
  const lowerWords = new Set<string>();
  for (const article of lib.articles) {
    for (const p of article.structure.passages) for (const w of p.text.match(/(?<![\p{L}])\p{Ll}[\p{L}]*/gu) ?? []) lowerWords.add(w);
  }
  const found: UnaccountedName[] = [];
  for (const article of lib.articles) {
    for (const passage of article.structure.passages) {
      const key = passageKey(article.slug, passage.id);
      const mentions = [...(lib.mentionsByPassage.get(key) ?? []), ...(lib.notMentionsByPassage.get(key) ?? [])];
      for (const match of passage.text.matchAll(capitalised)) {
        const start = match.index;
        const word = stopListForm(match[0]);
        const end = start + word.length;
        if (mentions.some((m) => m.start <= start && end <= m.end)) continue;
        if (stopList.has(word)) continue;
        const opensSentence = sentenceStart.test(passage.text.slice(Math.max(0, start - 4), start)) || start === 0;
        if (opensSentence && lowerWords.has(word.toLowerCase())) continue;
        found.push({
          word,
          article: article.slug,
          passageId: passage.id,
          context: passage.text.slice(Math.max(0, start - 30), end + 30).replace(/\s+/g, ' '),
        });
      }
    }
  }
  return found;
}
