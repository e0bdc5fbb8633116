import { describe, expect, it } from 'vitest';
import { loadLibrary } from '@/lib/content/load';
import { articleStructure } from '@/lib/content/blocks';
import { aliasMatcher, findMentions, findMentionsEveryMatcher as everyMatcher, indexMatchers, notMentionMatcher, type AliasMatcher } from '@/lib/annotate/mentions';
import { entityKinds } from '@/lib/annotate/types';
import { asArticleSlug, asEntrySlug } from '@/lib/ids';
import type { Alias } from '@/lib/content/schema';

/** A small seeded generator (mulberry32), so that a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// findMentions looks matchers up by word (indexMatchers); findMentionsEveryMatcher runs every matcher that applies
// to the article over every passage, as findMentions did before. They must give the same mentions, conflicts and
// left-out words, in the same order.
describe('mentions looked up by word', () => {
  it('finds what running every matcher finds, on the real library', () => {
    const library = loadLibrary();
    const matchers: AliasMatcher[] = [];
    for (const kind of entityKinds) {
      for (const entry of library[kind]) {
        for (const alias of entry.data.aliases) matchers.push(aliasMatcher(kind, entry.slug, entry.file, alias));
        for (const words of entry.data.notMentions ?? []) matchers.push(notMentionMatcher(kind, entry.slug, entry.file, words));
      }
    }
    const index = indexMatchers(matchers);
    let found = 0;
    for (const article of library.articles) {
      const expected = everyMatcher(article.slug, article.structure.passages, matchers);
      expect(findMentions(article.slug, article.structure.passages, index)).toEqual(expected);
      found += expected.mentions.length + expected.notMentions.length;
    }
    expect(found).toBeGreaterThan(300);
  });

  it('finds what running every matcher finds, on made-up passages full of near misses', () => {
    // Words that continue or contain each other, edges that are and are not word edges (hyphen, underscore, @,
    // digits, accents composed and decomposed), aliases that ignore case, scoped to an article, or left out.
    const words = ['Wu', 'Wuhu', 'Chen', 'Yuan', 'Mr', 'Mrs.', 'A.I.', 'AI', 'ai', 'foo_bar', 'foo', 'bar', '@paulmozur', 'paulmozur', 'Mao', 'Mao-era', 'era', 'Sabrié', 'Sabrie\u0301', 'SABRIÉ', 'Xi', 'Xinjiang', '5G', 'G', '2019', 'Public', 'Security', 'Bureau', 'Chongqing', 'CHONGQING', 'über', 'Über', 'ﬁle', 'file', '&', '—', '٣', '²', 'Ⅻ', '𝐀𝐈', '中国', '🙂'];
    const separators = [' ', ' ', ' ', '-', '_', ', ', '. ', '“', '”', '@', '’s ', '\n', '/', ''];
    const rng = random(13);
    const pick = <T,>(list: T[]) => list[Math.floor(rng() * list.length)]!;
    const phrase = (n: number) => Array.from({ length: n }, () => pick(words)).reduce((text, word, i) => (i === 0 ? word : text + pick([' ', ' ', '-', '_', '']) + word), '');
    const articles = ['alpha', 'beta'].map(asArticleSlug);
    let checked = 0;
    for (let round = 0; round < 40; round++) {
      const matchers: AliasMatcher[] = [];
      for (let i = 0; i < 30; i++) {
        const text = phrase(1 + Math.floor(rng() * 3));
        const r = rng();
        const alias: Alias = r < 0.2 ? { text, caseInsensitive: true } : r < 0.35 ? { text, articles: [pick(articles)] } : text;
        const kind = pick([...entityKinds]);
        const slug = asEntrySlug(`e${Math.floor(rng() * 12)}`);
        matchers.push(rng() < 0.15 ? notMentionMatcher(kind, slug, `${kind}/${slug}.md`, alias) : aliasMatcher(kind, slug, `${kind}/${slug}.md`, alias));
      }
      const text = Array.from({ length: 6 }, () => Array.from({ length: 30 }, () => pick(words) + pick(separators)).join('')).join('\n\n');
      const passages = articleStructure(text).passages;
      const index = indexMatchers(matchers);
      for (const article of articles) {
        const expected = everyMatcher(article, passages, matchers);
        expect(findMentions(article, passages, index)).toEqual(expected);
        expect(findMentions(article, passages, matchers)).toEqual(expected);
        checked += expected.mentions.length + expected.notMentions.length + expected.conflicts.length;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
