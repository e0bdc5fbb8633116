/**
 * A deterministic synthetic library for the search benchmark: the real records, plus articles made of real
 * sentences recombined into new paragraphs, with the names of people and places swapped for invented ones
 * and the numbers changed. The same seed gives the same library, byte for byte.
 */
import { asArticleSlug, asEntrySlug, entityRef, passageId, passageRef } from '../../lib/ids';
import type { ArticleInfo, EntryRecord, PassageRecord, SearchRecord } from '../../lib/search/records';
import escapeStringRegexp from 'escape-string-regexp';

/** mulberry32: a small, fast, seedable generator (the benchmark must not depend on Math.random). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const syllables = ['an', 'bo', 'chen', 'da', 'fei', 'gang', 'hua', 'jin', 'kai', 'lan', 'ming', 'ning', 'ping', 'qiu', 'rong', 'shan', 'tao', 'wei', 'xin', 'yang', 'zhao', 'li', 'mei', 'hong', 'jun', 'lei', 'tian', 'yu', 'zhi', 'feng'];
const familyNames = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'He', 'Lin', 'Luo', 'Gao', 'Smith', 'Garcia', 'Okafor', 'Novak', 'Rossi', 'Kowalski', 'Haddad', 'Tanaka', 'Silva', 'Dubois'];
const placeSuffixes = ['zhou', 'yang', 'ning', 'shan', 'jiang', 'cheng', 'hai', 'ling', 'du', 'kou'];

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

/** Sentences of a text (a plain split is enough for recombination). */
const sentencesOf = (text: string) => text.match(/[^.!?]+[.!?]+["”’)]*\s*|[^.!?]+$/g)?.map((s) => s.trim()).filter(Boolean) ?? [text];

/** Changes every number in a text to another of about the same size (2.58 → 7.14, 1,000 → 3,000). */
function varyNumbers(text: string, rand: () => number): string {
  return text.replace(/\d+(?:[.,]\d+)*/g, (n) => n.replace(/\d/g, (d, offset: number) => (offset === 0 && d !== '0' ? String(1 + Math.floor(rand() * 9)) : String(Math.floor(rand() * 10)))));
}

export type SyntheticLibrary = { records: SearchRecord[]; articles: ArticleInfo[] };

/**
 * `count` articles in all: the real ones first (so real queries still have their real answers), then
 * synthetic ones, each with 30–70 paragraphs and a handful of new people and places.
 */
export function syntheticLibrary(real: SyntheticLibrary, count: number, seed = 20191218): SyntheticLibrary {
  const rand = random(seed);
  const realPassages = real.records.filter((r): r is PassageRecord => r.type === 'passage');
  const realEntries = real.records.filter((r): r is EntryRecord => r.type !== 'passage');
  const sentences = realPassages.flatMap((p) => sentencesOf(p.text));
  const descriptionSentences = realEntries.flatMap((e) => sentencesOf(e.text));
  // Names to swap out: multi-letter names of real people and places, longest first.
  const swappable = realEntries
    .filter((e) => e.type === 'person' || e.type === 'place')
    .flatMap((e) => [e.name, ...e.aliases])
    .filter((n) => n.length > 3 && /^[A-Z]/.test(n))
    .sort((a, b) => b.length - a.length);
  const swapPattern = new RegExp(`\\b(?:${swappable.map((n) => escapeStringRegexp(n)).join('|')})\\b`, 'g');

  const records: SearchRecord[] = real.records.filter((r) => r.type === 'passage');
  const entries: EntryRecord[] = [...realEntries];
  const articles: ArticleInfo[] = [...real.articles];

  for (let a = real.articles.length; a < count; a++) {
    const slug = asArticleSlug(`synthetic-${String(a).padStart(4, '0')}`);
    const people = Array.from({ length: 3 + Math.floor(rand() * 4) }, () => {
      const given = capitalize(pick(rand, syllables) + pick(rand, syllables));
      return `${pick(rand, familyNames)} ${given}`;
    });
    const places = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => capitalize(pick(rand, syllables) + pick(rand, placeSuffixes)));
    const names = [...people, ...places];
    const personSlugs = people.map((p, i) => asEntrySlug(`${slug}-person-${i}`));
    const placeSlugs = places.map((p, i) => asEntrySlug(`${slug}-place-${i}`));
    const paragraphs = 30 + Math.floor(rand() * 41);
    for (let n = 1; n <= paragraphs; n++) {
      const length = 2 + Math.floor(rand() * 4);
      const text = varyNumbers(
        Array.from({ length }, () => pick(rand, sentences))
          .join(' ')
          .replace(swapPattern, () => pick(rand, names)),
        rand,
      );
      records.push({
        type: 'passage',
        id: passageRef(slug, passageId(n)),
        article: slug,
        n,
        kind: rand() < 0.08 ? 'caption' : 'paragraph',
        text,
        places: placeSlugs.filter((_, i) => text.includes(places[i]!)),
        people: personSlugs.filter((_, i) => text.includes(people[i]!)),
        organizations: [],
        claims: [],
        themes: [],
      });
    }
    const describe = (name: string) =>
      varyNumbers(
        [`${name} appears in this synthetic article.`, ...Array.from({ length: 2 }, () => pick(rand, descriptionSentences))].join(' ').replace(swapPattern, name),
        rand,
      );
    people.forEach((name, i) =>
      entries.push({ type: 'person', id: entityRef('people', personSlugs[i]!), slug: personSlugs[i]!, name, aliases: [name.split(' ')[0]!], label: 'synthetic person', text: describe(name), articles: [slug] }),
    );
    places.forEach((name, i) =>
      entries.push({ type: 'place', id: entityRef('places', placeSlugs[i]!), slug: placeSlugs[i]!, name, aliases: [], label: 'city', text: describe(name), articles: [slug] }),
    );
    articles.push({ slug, title: `Synthetic article ${a}`, outlet: 'Synthetic', published: `2020-01-${String(1 + (a % 28)).padStart(2, '0')}` });
  }
  return { records: [...records, ...entries], articles };
}
