import { describe, expect, it } from 'vitest';
import { entityKey } from '@/lib/annotate/types';
import { mentionPreviewOf } from '@/lib/entities';
import { getLibrary } from '@/lib/library';
import { CARD_FILE_BYTES, cardFileOf, MENTION_CARDS_VERSION, readMentionCards } from '@/lib/mention-cards';
import { mentionCardFiles, mentionCardFilesFor } from '@/lib/mention-cards-files';

const lib = getLibrary();
const { names, files } = mentionCardFiles(lib);
const parsed = names.map((name) => JSON.parse(files.get(name)!) as { file: number; files: number; cards: Record<string, unknown> });

describe('mention preview cards, served once for the library', () => {
  it('hashes a key with 32-bit FNV-1a (its published test values), into one of the files', () => {
    const fnv = (key: string) => cardFileOf(key, 2 ** 32);
    expect(fnv('')).toBe(0x811c9dc5);
    expect(fnv('a')).toBe(0xe40c292c);
    expect(fnv('foobar')).toBe(0xbf9cf968);
    for (const key of ['places/china', 'people/xi-jinping']) for (const n of [1, 3, 7]) expect(cardFileOf(key, n)).toBeLessThan(n);
    expect(cardFileOf('places/china', 0)).toBe(0);
  });

  it('holds every named entry’s card once, in the file its key hashes to, as the article page would have made it', () => {
    const seen = new Map<string, unknown>();
    for (const [k, file] of parsed.entries()) {
      expect(file).toMatchObject({ version: MENTION_CARDS_VERSION, file: k, files: names.length });
      for (const [key, card] of Object.entries(file.cards)) {
        expect(seen.has(key), key).toBe(false);
        expect(cardFileOf(key, names.length)).toBe(k);
        seen.set(key, card);
      }
    }
    expect([...seen.keys()].sort()).toEqual([...lib.mentionsByEntity.keys()].sort());
    for (const key of lib.mentionsByEntity.keys()) expect(seen.get(key)).toEqual(mentionPreviewOf(lib, key));
    for (const name of names) expect(name).toMatch(/^m\d+-[0-9a-f]{12}\.json$/);
  });

  it('cuts the cards into as many files as keep each near the size bound', () => {
    const bytes = [...lib.mentionsByEntity.keys()].reduce((n, key) => n + key.length + JSON.stringify(mentionPreviewOf(lib, key)).length, 0);
    expect(names.length).toBe(Math.max(1, Math.ceil(bytes / CARD_FILE_BYTES)));
    // With a bound a tenth of the cards' size: ten files, none far above it, every card in one of them.
    const small = mentionCardFiles(lib, bytes / 10);
    expect(small.names).toHaveLength(10);
    const keys: string[] = [];
    for (const [k, name] of small.names.entries()) {
      const cards = readMentionCards(JSON.parse(small.files.get(name)!), k, 10);
      expect(cards).not.toBeNull();
      keys.push(...Object.keys(cards!));
      expect(small.files.get(name)!.length).toBeLessThan((bytes / 10) * 2.5);
    }
    expect(keys.sort()).toEqual([...lib.mentionsByEntity.keys()].sort());
  });

  it('an article page names exactly the files that hold its entries’ cards', () => {
    for (const article of lib.articles) {
      const { files: count, names: needed } = mentionCardFilesFor(lib, article.slug);
      expect(count).toBe(names.length);
      const keys = new Set((lib.mentionsByArticle.get(article.slug) ?? []).map((m) => entityKey(m.kind, m.slug)));
      expect(Object.keys(needed).map(Number).sort()).toEqual([...new Set([...keys].map((key) => cardFileOf(key, count)))].sort());
      for (const [k, name] of Object.entries(needed)) expect(name).toBe(names[Number(k)]);
      const cards = Object.assign({}, ...Object.entries(needed).map(([k, name]) => readMentionCards(JSON.parse(files.get(name)!), Number(k), count)));
      for (const key of keys) expect(cards[key], key).toBeDefined();
    }
  });

  it('refuses a file that is not the one asked for or holds something that is not a card, without throwing', () => {
    const file = JSON.parse(files.get(names[0]!)!) as { cards: Record<string, Record<string, unknown>> };
    const key = Object.keys(file.cards)[0]!;
    expect(readMentionCards(file, 0, names.length)).toEqual(file.cards);
    const edited = (change: (copy: typeof file) => void) => {
      const copy = structuredClone(file);
      change(copy);
      return copy;
    };
    const bad: unknown[] = [
      null,
      '<!DOCTYPE html>',
      [],
      { ...file, version: 99 },
      { ...file, file: 1 },
      { ...file, files: names.length + 1 },
      { ...file, cards: [] },
      edited((c) => (c.cards[key]!.count = 'many')),
      edited((c) => delete c.cards[key]!.name),
      edited((c) => (c.cards[key]!.href = '//elsewhere.example/page')),
      // Addresses a browser reads as another site's, though they start with one "/".
      edited((c) => (c.cards[key]!.href = '/\\elsewhere.example/page')),
      edited((c) => (c.cards[key]!.href = '/\t/elsewhere.example/page')),
      // Another entry's page: the card is not this entry's.
      edited((c) => (c.cards[key]!.href = key === 'places/china' ? '/places/beijing' : '/places/china')),
    ];
    for (const value of bad) expect(readMentionCards(value, 0, names.length), JSON.stringify(value)?.slice(0, 80)).toBeNull();
    // A card in a file its key does not hash to.
    const other = [...lib.mentionsByEntity.keys()].find((k) => cardFileOf(k, 2) === 1)!;
    const card = mentionPreviewOf(lib, other);
    expect(readMentionCards({ version: MENTION_CARDS_VERSION, file: 1, files: 2, cards: { [other]: card } }, 1, 2)).toEqual({ [other]: card });
    expect(readMentionCards({ version: MENTION_CARDS_VERSION, file: 0, files: 2, cards: { [other]: card } }, 0, 2)).toBeNull();
  });
});
