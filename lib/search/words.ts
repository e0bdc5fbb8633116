import { encodePostings, FIELD_ALIAS, FIELD_NAME, FIELD_TEXT } from './postings';
import type { SearchRecord } from './records';
import { termsOf } from './text';

/** The word index: folded word → the records (and fields) it occurs in. */
export function buildWordIndex(records: SearchRecord[]): { words: string[]; postings: string[] } {
  const byWord = new Map<string, Map<number, number>>();
  const add = (text: string, record: number, field: number) => {
    for (const term of termsOf(text)) {
      let entries = byWord.get(term);
      if (!entries) byWord.set(term, (entries = new Map()));
      entries.set(record, (entries.get(record) ?? 0) | field);
    }
  };
  records.forEach((record, i) => {
    if (record.type !== 'passage') {
      add(record.name, i, FIELD_NAME);
      for (const alias of record.aliases) add(alias, i, FIELD_ALIAS);
    }
    add(record.text, i, FIELD_TEXT);
  });
  // Sorted by UTF-16 code units, the order the browser's binary search for prefixes assumes.
  const words = [...byWord.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const postings = words.map((w) => encodePostings([...byWord.get(w)!].map(([record, fields]) => record * 8 + fields)));
  return { words, postings };
}
