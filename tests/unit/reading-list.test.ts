import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { AddToReadingList, defaultItemLabel } from '@/components/reading-list/AddToReadingList';
import { getLibrary } from '@/lib/library';
import { decode, encode, encodeText, hasListParams, itemKey, parseItemToken } from '@/lib/reading-list/codec';
import { readingListData } from '@/lib/reading-list/data';
import { moveItem, removeAt, setNote, toggleItem } from '@/lib/reading-list/list';
import { articlesNeeded, bibliographyOf, formatMinutes, indexCore, indexData, inTextCitation, resolveList, totalMinutes, type ResolvedItem } from '@/lib/reading-list/resolve';
import { packReadingListData } from '@/lib/reading-list/pack-files';
import { richText } from '@/lib/cite';
import { wordsOf } from '@/lib/text/words';
import { emptyList, limits, type ProblemKind, type ReadingItemRef, type ReadingList } from '@/lib/reading-list/types';
import { asArticleSlug, asEntrySlug } from '@/lib/ids';

const library = getLibrary();
const data = readingListData(library);
const index = indexData(data);

const sample: ReadingList = {
  title: 'Week 3: Watching the watchers',
  instructions: 'Read in this order.\nAnswer each question in two or three sentences — bring notes on Monday.',
  style: 'apa',
  items: [
    { ref: { type: 'article', article: asArticleSlug('nyt-dystopian-dreams') }, note: '' },
    { ref: { type: 'passage', article: asArticleSlug('time-surveillance-state'), n: 12 }, note: 'Why does Campbell start in Chongqing? 100% sure?' },
    { ref: { type: 'claim', slug: asEntrySlug('cameras-by-2020') }, note: 'Which figure do you trust & why?' },
    { ref: { type: 'theme', slug: asEntrySlug('camera-counts') }, note: '' },
  ],
};

/** A small deterministic generator, so the random round trips are the same on every run. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const alphabet = ['a', 'Z', '7', ' ', '&', '=', '+', '%', '~', '.', '#', '?', '/', '\n', 'é', '中', '😀', '“', '”', '’', '—', '<', '>', '"', "'", '(', ')', '!', '*', '\t', '-', '_'];

describe('reading-list codec: encode and decode', () => {
  it('round-trips a list of every item type, with notes and a style', () => {
    const query = encode(sample);
    const { list, problems } = decode(query);
    expect(problems).toEqual([]);
    expect(list).toEqual(sample);
  });

  it('writes the documented compact form', () => {
    const query = encode(sample);
    expect(query).toMatch(/^v=1&t=Week\+3%3A\+Watching\+the\+watchers&i=.+&s=apa&items=a\.nyt-dystopian-dreams~p\.time-surveillance-state\.12~c\.cameras-by-2020~th\.camera-counts&n\.2=.+&n\.3=.+$/);
    expect(query).not.toMatch(/n\.1=|n\.4=/);
    expect(encode(emptyList())).toBe('v=1');
    // Nothing in a text value survives unescaped but letters, digits, - and _ (and + for a space).
    expect(encodeText('a.b~c!d*e(f)g\'h i')).toBe('a%2Eb%7Ec%21d%2Ae%28f%29g%27h+i');
  });

  it('round-trips 200 random lists of random text, including emoji, line breaks and URL syntax', () => {
    const random = prng(20240611);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const text = (max: number) => Array.from({ length: Math.floor(random() * max) }, () => pick(alphabet)).join('');
    const refs: ReadingItemRef[] = [
      ...data.articles.map((a) => ({ type: 'article' as const, article: a.slug })),
      ...data.articles.flatMap((a) => a.passages.map((p) => ({ type: 'passage' as const, article: a.slug, n: p.n }))),
      ...data.claims.map((c) => ({ type: 'claim' as const, slug: c.slug })),
      ...data.themes.map((t) => ({ type: 'theme' as const, slug: t.slug })),
    ];
    for (let run = 0; run < 200; run++) {
      const chosen = new Map<string, ReadingItemRef>();
      const count = Math.floor(random() * 12);
      while (chosen.size < count) {
        const ref = pick(refs);
        chosen.set(itemKey(ref), ref);
      }
      const list: ReadingList = {
        title: text(40).replace(/[\n\t]/g, ' '),
        instructions: text(120),
        style: pick(['mla', 'apa', 'chicago'] as const),
        items: [...chosen.values()].map((ref) => ({ ref, note: random() < 0.5 ? text(60) : '' })),
      };
      const query = encode(list);
      const decoded = decode(query);
      // Random text can spell a tag such as "<a>"; that is reported (and kept), and nothing else is.
      const unexpected = decoded.problems.filter((p) => p.kind !== 'markup' || !`${list.title}${list.instructions}${list.items.map((i) => i.note).join('')}`.includes('<'));
      expect(unexpected).toEqual([]);
      expect(decoded.list).toEqual(list);
      // Also through the browser's own reading of the address (URLSearchParams re-encodes it differently).
      expect(decode(new URLSearchParams(query).toString()).list).toEqual(list);
      expect(decode(`?${query}`).list).toEqual(list);
    }
  });

  it('round-trips a list at every limit exactly', () => {
    const passages = data.articles.flatMap((a) => a.passages.map((p) => ({ type: 'passage' as const, article: a.slug, n: p.n })));
    const list: ReadingList = {
      title: '😀'.repeat(limits.title),
      instructions: 'x'.repeat(limits.instructions),
      style: 'chicago',
      items: passages.slice(0, limits.items).map((ref) => ({ ref, note: 'é'.repeat(limits.note) })),
    };
    expect(list.items).toHaveLength(100);
    const { list: back, problems } = decode(encode(list));
    expect(problems).toEqual([]);
    expect(back).toEqual(list);
  });

  it('parses item tokens and rejects near misses', () => {
    expect(parseItemToken('a.nyt-dystopian-dreams')).toEqual({ type: 'article', article: 'nyt-dystopian-dreams' });
    expect(parseItemToken('p.time-surveillance-state.12')).toEqual({ type: 'passage', article: 'time-surveillance-state', n: 12 });
    expect(parseItemToken('c.cameras-by-2020')).toEqual({ type: 'claim', slug: 'cameras-by-2020' });
    expect(parseItemToken('th.camera-counts')).toEqual({ type: 'theme', slug: 'camera-counts' });
    expect(parseItemToken('A.NYT-Dystopian-Dreams')).toEqual({ type: 'article', article: 'nyt-dystopian-dreams' });
    for (const bad of ['a.', 'a.x.1', 'p.x', 'p.x.0', 'p.x.-1', 'p.x.1.5', 'p.x.1e3', 'p.x.123456', 'x.foo', 'a.-x', 'a.x--y', 'a.x_y', 'th.', 'c.a b', 'a.nyt\n']) {
      expect(parseItemToken(bad), bad).toBeNull();
    }
  });

  it('tells a list from an address without one', () => {
    expect(hasListParams('')).toBe(false);
    expect(hasListParams('utm_source=mail')).toBe(false);
    expect(hasListParams('v=1')).toBe(true);
    expect(hasListParams('n.1=x')).toBe(true);
    expect(decode('')).toEqual({ list: emptyList(), problems: [] });
    const foreign = decode('utm_source=mail&fbclid=1');
    expect(foreign.list).toEqual(emptyList());
    expect(foreign.problems.map((p) => p.kind)).toEqual(['no-list']);
    expect(foreign.problems[0]!.message).toContain('“utm_source”');
  });
});

describe('reading-list codec: limits are kept, and cutting is reported', () => {
  it('cuts a long title, instructions and note to their limits and says so', () => {
    const query = `v=1&t=${'T'.repeat(500)}&i=${'I'.repeat(5000)}&items=a.nyt-dystopian-dreams&n.1=${'N'.repeat(1500)}`;
    const { list, problems } = decode(query);
    expect(list.title).toBe('T'.repeat(limits.title));
    expect(list.instructions).toBe('I'.repeat(limits.instructions));
    expect(list.items[0]!.note).toBe('N'.repeat(limits.note));
    expect(problems.map((p) => p.message)).toEqual([
      'Only the first 200 characters of the title are kept (the link had 500).',
      'Only the first 2,000 characters of the instructions are kept (the link had 5,000).',
      'Only the first 1,000 characters of the note for item 1 are kept (the link had 1,500).',
    ]);
  });

  it('counts characters, not UTF-16 units, and never cuts an emoji in half', () => {
    const { list, problems } = decode(`t=${encodeURIComponent('😀'.repeat(201))}`);
    expect(Array.from(list.title)).toHaveLength(200);
    expect(list.title).toBe('😀'.repeat(200));
    expect(problems.map((p) => p.kind)).toEqual(['truncated']);
    expect(decode(`t=${encodeURIComponent('😀'.repeat(200))}`).problems).toEqual([]);
  });

  it('keeps the first 100 items and says how many the link had', () => {
    const passages = data.articles.flatMap((a) => a.passages.map((p) => `p.${a.slug}.${p.n}`));
    const { list, problems } = decode(`items=${passages.slice(0, 150).join('~')}`);
    expect(list.items).toHaveLength(100);
    expect(itemKey(list.items[99]!.ref)).toBe(passages[99]);
    expect(problems).toEqual([{ kind: 'too-many', message: 'The link lists 150 items; a reading list holds at most 100, so only the first 100 are kept.' }]);
  });
});

/** Hostile and damaged links: each must decode without throwing, keep what it can, and say what it dropped. */
const hostile: { name: string; query: string; kinds: ProblemKind[]; items?: number; title?: string }[] = [
  { name: 'a NUL byte in the title', query: 't=Week%003&items=a.nyt-dystopian-dreams', kinds: ['control'], items: 1, title: 'Week3' },
  { name: 'broken percent-encoding', query: 't=%E0%A4%A&items=a.nyt-dystopian-dreams', kinds: ['unreadable'], items: 1 },
  { name: 'a lone percent sign and stray separators', query: '%&&&==&items=~~a.nyt-dystopian-dreams~~&=', kinds: [], items: 1 },
  { name: 'a script tag in the title', query: 't=%3Cscript%3Ealert(1)%3C%2Fscript%3E&items=a.nyt-dystopian-dreams', kinds: ['markup'], items: 1, title: '<script>alert(1)</script>' },
  { name: 'an image tag with a handler in a note', query: 'items=a.nyt-dystopian-dreams&n.1=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', kinds: ['markup'], items: 1 },
  { name: 'a script tag as an item', query: 'items=a.%3Cscript%3Ealert(1)%3C%2Fscript%3E~a.nyt-dystopian-dreams', kinds: ['malformed-item'], items: 1 },
  { name: 'a megabyte title', query: `t=${'A'.repeat(1_000_000)}&items=a.nyt-dystopian-dreams`, kinds: ['truncated'], items: 1 },
  { name: 'ten thousand items', query: `items=${Array.from({ length: 10_000 }, (_, i) => `p.nyt-dystopian-dreams.${i + 1}`).join('~')}`, kinds: ['too-many'], items: 100 },
  { name: 'an unknown version', query: 'v=999&items=a.nyt-dystopian-dreams', kinds: ['version'], items: 1 },
  { name: 'a nonsense version', query: 'v=%3Cb%3E&items=a.nyt-dystopian-dreams', kinds: ['version'], items: 1 },
  { name: 'paragraph zero and a 25-digit paragraph', query: 'items=p.time-surveillance-state.0~p.time-surveillance-state.9999999999999999999999999~a.nyt-dystopian-dreams', kinds: ['malformed-item', 'malformed-item'], items: 1 },
  { name: 'a prototype-polluting slug', query: 'items=a.__proto__~c.constructor~th.toString', kinds: ['malformed-item'], items: 2 },
  { name: 'an unknown item type', query: 'items=x.foo~a.nyt-dystopian-dreams', kinds: ['malformed-item'], items: 1 },
  { name: 'a repeated item', query: 'items=a.nyt-dystopian-dreams~a.nyt-dystopian-dreams', kinds: ['duplicate'], items: 1 },
  { name: 'a note for an item that is not there', query: 'items=a.nyt-dystopian-dreams&n.7=orphan&n.0=zero&n.x=bad', kinds: ['note', 'note', 'note'], items: 1 },
  { name: 'a text-direction override in the title', query: 't=%E2%80%AEtxt.exe&items=a.nyt-dystopian-dreams', kinds: ['control'], items: 1, title: 'txt.exe' },
  { name: 'an unknown citation style', query: 's=comic-sans&items=a.nyt-dystopian-dreams', kinds: ['style'], items: 1 },
  { name: 'a link cut off in the middle of an item', query: 'items=a.nyt-dystopian-dreams~p.time-surveillance-st', kinds: ['malformed-item'], items: 1 },
  { name: 'a link cut off in the middle of a percent escape', query: 'items=a.nyt-dystopian-dreams&t=Caf%C3', kinds: ['unreadable'], items: 1 },
  { name: 'a lone surrogate escaped in the title', query: 't=%ED%A0%80x&items=a.nyt-dystopian-dreams', kinds: ['unreadable'], items: 1 },
  { name: 'an unclosed script tag in the instructions', query: 'i=%3Cscript%20src%3D//evil.example%2Fx.js', kinds: ['markup'], items: 0 },
  { name: 'an HTML comment in a note', query: 'items=a.nyt-dystopian-dreams&n.1=%3C!--%20hidden%20--%3E', kinds: ['markup'], items: 1 },
  { name: 'angle brackets that are not HTML', query: 't=Compare%20%3Cthe%20two%20figures%3E%20and%20a%20%3C%20b', kinds: [], items: 0, title: 'Compare <the two figures> and a < b' },
  { name: 'a javascript: URL as the title', query: 't=javascript%3Aalert(document.cookie)', kinds: [], items: 0, title: 'javascript:alert(document.cookie)' },
  { name: 'a line break inside an item', query: 'items=a.nyt-dystopian-dreams%0Ac.cameras-by-2020', kinds: ['malformed-item'], items: 0 },
];

describe('reading-list codec: hostile and damaged links never crash and are explained', () => {
  it('has at least a dozen hostile inputs', () => expect(hostile.length).toBeGreaterThanOrEqual(12));

  for (const row of hostile) {
    it(row.name, () => {
      const { list, problems } = decode(row.query);
      expect(problems.map((p) => p.kind).sort()).toEqual([...row.kinds].sort());
      if (row.items !== undefined) expect(list.items).toHaveLength(row.items);
      if (row.title !== undefined) expect(list.title).toBe(row.title);
      // The result is always within the limits, and messages are short, printable and quote no control characters.
      expect(Array.from(list.title).length).toBeLessThanOrEqual(limits.title);
      expect(Array.from(list.instructions).length).toBeLessThanOrEqual(limits.instructions);
      expect(list.items.length).toBeLessThanOrEqual(limits.items);
      for (const item of list.items) expect(Array.from(item.note).length).toBeLessThanOrEqual(limits.note);
      for (const p of problems) {
        expect(p.message.length).toBeLessThan(400);
        expect(p.message).not.toMatch(/[\u0000-\u001F\u007F\u202E]/);
      }
      // Whatever was kept encodes and decodes again cleanly, and resolving it against the site never throws.
      expect(decode(encode(list)).list).toEqual(list);
      expect(() => resolveList(list, index)).not.toThrow();
    });
  }
});

describe('resolving a list against the site', () => {
  it('names each unknown item, skips it, and keeps the rest in order', () => {
    const { list } = decode('items=a.foo~a.nyt-dystopian-dreams~p.time-surveillance-state.999~c.no-such-claim~p.bar.3~th.cameras-everywhere~th.camera-counts&n.4=why%3F');
    const resolved = resolveList(list, index);
    expect(resolved.problems.map((p) => p.message)).toEqual([
      'Unknown article ‘foo’ was skipped.',
      `Paragraph 999 of “The Fight for Our Faces” was skipped: the article has ${index.articles.get('time-surveillance-state')!.passages.length} paragraphs.`,
      'Unknown claim ‘no-such-claim’ was skipped (with its note).',
      'Unknown article ‘bar’ (paragraph 3) was skipped.',
      'Unknown theme ‘cameras-everywhere’ was skipped.',
    ]);
    expect(resolved.items.map((i) => i.key)).toEqual(['a.nyt-dystopian-dreams', 'th.camera-counts']);
    expect(resolved.list.items.map((i) => itemKey(i.ref))).toEqual(['a.nyt-dystopian-dreams', 'th.camera-counts']);
  });

  it('gives each kind its text, link, reading time and citations', () => {
    const { items } = resolveList(sample, index);
    expect(items).toHaveLength(4);
    const [article, passage, claim, theme] = items as [ResolvedItem, ResolvedItem, ResolvedItem, ResolvedItem];
    const nyt = library.articles.find((a) => a.slug === 'nyt-dystopian-dreams')!;
    const time = library.articles.find((a) => a.slug === 'time-surveillance-state')!;
    expect(article).toMatchObject({ type: 'article', title: nyt.title, href: '/articles/nyt-dystopian-dreams', minutes: nyt.readingMinutes });
    const p12 = time.structure.passages[11]!;
    expect(passage).toMatchObject({ type: 'passage', href: '/articles/time-surveillance-state#p-12', note: sample.items[1]!.note });
    expect(passage.type === 'passage' && passage.passage.text).toBe(p12.text);
    expect(passage.minutes).toBe(wordsOf(p12.text).length / 230);
    expect(passage.citables).toEqual([{ article: expect.objectContaining({ slug: time.slug, title: time.title }), paragraph: 12, label: `${time.title}, paragraph 12` }]);
    expect(richText(inTextCitation(passage.citables[0]!, 'mla'))).toBe('(Campbell, par. 12)');
    expect(richText(inTextCitation(passage.citables[0]!, 'apa'))).toBe('(Campbell, 2019, para. 12)');
    expect(claim).toMatchObject({ type: 'claim', href: '/claims/cameras-by-2020' });
    expect(claim.citables.map((c) => c.paragraph)).toEqual(library.evidenceByClaim.get(asEntrySlug('cameras-by-2020'))!.map((e) => e.range.n));
    expect(theme).toMatchObject({ type: 'theme', title: 'Counting the cameras', href: '/themes/camera-counts' });
    expect(new Set(theme.citables.map((c) => c.article.title)).size).toBe(4);
    // One bibliography for the list: each article once, in the style's order.
    expect(bibliographyOf(items, 'chicago').map((a) => a.slug)).toEqual(['time-surveillance-state', 'cdt-surveillance-net', 'nyt-dystopian-dreams', 'today-chongqing-privacy']);
    expect(bibliographyOf([article, passage], 'mla').map((a) => a.slug)).toEqual(['time-surveillance-state', 'nyt-dystopian-dreams']);
    // Total: the article's stated minutes plus the rest at 230 words a minute, rounded up.
    const rest = passage.minutes + claim.minutes + theme.minutes;
    expect(totalMinutes(items)).toBe(Math.ceil(nyt.readingMinutes + rest));
    expect(totalMinutes([])).toBe(0);
    expect(formatMinutes(0.2)).toBe('under a minute');
    expect(formatMinutes(1.2)).toBe('1 minute');
    expect(formatMinutes(11)).toBe('11 minutes');
  });

  it('prepares every article’s passages, and every claim’s and theme’s anchored quotes, for the client', () => {
    for (const article of library.articles) {
      const prepared = index.articles.get(article.slug)!;
      expect(prepared.passages.map((p) => p.text)).toEqual(article.structure.passages.map((p) => p.text));
      const inBlocks = prepared.blocks.flatMap((b) => ('n' in b ? [b.n] : 'ns' in b ? b.ns : []));
      expect(inBlocks).toEqual(article.structure.passages.map((p) => p.n));
    }
    for (const theme of data.themes) {
      for (const p of theme.passages) {
        const text = index.articles.get(p.article)!.passages.find((x) => x.n === p.n)!.text;
        expect(text.slice(p.start, p.end)).toBe(p.quote);
      }
    }
    expect(data.claims).toHaveLength(library.claims.length);
    expect(data.claims.every((c) => c.evidence.length > 0 && c.madeBy.every((name) => !name.includes('/')))).toBe(true);
  });
});

describe('reading-list data as served: a core and packs of articles', () => {
  it('a library of one pack is the core alone, with every text in it', () => {
    const { core, files } = packReadingListData(data);
    expect(files.size).toBe(0);
    expect(core.texts).toEqual(data.articles);
    expect(core.articles.map((a) => [a.slug, a.passages])).toEqual(data.articles.map((a) => [a.slug, a.passages.length]));
  });

  it('packs of two: each article in the pack its head names, in publication order, and a list resolves the same', () => {
    const { core, files } = packReadingListData(data, 2);
    expect(core.texts).toBeUndefined();
    expect(core.packs).toEqual([...files.keys()]);
    expect(core.packs).toHaveLength(Math.ceil(data.articles.length / 2));
    for (const [i, head] of core.articles.entries()) {
      expect(head.pack).toBe(Math.floor(i / 2));
      expect(JSON.parse(files.get(core.packs[head.pack]!)!).articles.map((a: { slug: string }) => a.slug)).toContain(head.slug);
    }
    // What a browser holds after fetching the packs a list needs resolves the list as the whole data does.
    const needed = articlesNeeded(sample, indexData(data));
    const held = new Map(
      [...new Set(needed.map((slug) => core.articles.find((a) => a.slug === slug)!.pack))]
        .flatMap((k) => JSON.parse(files.get(core.packs[k]!)!).articles as typeof data.articles)
        .map((a) => [a.slug, a]),
    );
    expect(resolveList(sample, indexCore(core, held))).toEqual(resolveList(sample, index));
  });

  it('a list needs only the articles it names or its claims quote, not the whole library', () => {
    const passage: ReadingList = { ...sample, items: [{ ref: { type: 'passage', article: asArticleSlug('time-surveillance-state'), n: 4 }, note: '' }] };
    expect(articlesNeeded(passage, index)).toEqual(['time-surveillance-state']);
    const claimOnly: ReadingList = { ...sample, items: [{ ref: { type: 'claim', slug: asEntrySlug('cameras-by-2020') }, note: '' }] };
    const quoted = new Set(data.claims.find((c) => c.slug === 'cameras-by-2020')!.evidence.flatMap((e) => [e.article, e.with ?? e.article]));
    expect(new Set(articlesNeeded(claimOnly, index))).toEqual(quoted);
    expect(quoted.size).toBeLessThan(data.articles.length);
    // Packs of one: what those packs hold resolves the claim as the whole data does, and nothing is missing.
    const { core, files } = packReadingListData(data, 1);
    const held = new Map(
      [...quoted].map((slug) => {
        const text = JSON.parse(files.get(core.packs[core.articles.find((a) => a.slug === slug)!.pack]!)!).articles[0] as (typeof data.articles)[number];
        return [text.slug, text] as const;
      }),
    );
    expect(resolveList(claimOnly, indexCore(core, held))).toEqual(resolveList(claimOnly, index));
  });

  it('a list needs the articles it names and those its claims and themes quote, and no unknown one', () => {
    const claim = data.claims.find((c) => c.slug === 'cameras-by-2020')!;
    const theme = data.themes.find((t) => t.slug === 'camera-counts')!;
    const expected = new Set(['nyt-dystopian-dreams', 'time-surveillance-state', ...claim.evidence.flatMap((e) => [e.article, e.with ?? e.article]), ...theme.passages.map((p) => p.article)]);
    expect(new Set(articlesNeeded(sample, index))).toEqual(expected);
    const unknown: ReadingList = { ...sample, items: [{ ref: { type: 'article', article: asArticleSlug('no-such-article') }, note: '' }] };
    expect(articlesNeeded(unknown, index)).toEqual([]);
  });
});

describe('reading-list edits', () => {
  const a: ReadingItemRef = { type: 'article', article: asArticleSlug('nyt-dystopian-dreams') };
  const p: ReadingItemRef = { type: 'passage', article: asArticleSlug('time-surveillance-state'), n: 3 };

  it('toggles an item on and off, and refuses a 101st', () => {
    const added = toggleItem(emptyList(), a);
    expect(added.change).toBe('added');
    expect(added.list.items).toEqual([{ ref: a, note: '' }]);
    const removed = toggleItem(added.list, a);
    expect(removed.change).toBe('removed');
    expect(removed.list.items).toEqual([]);
    const full: ReadingList = { ...emptyList(), items: Array.from({ length: 100 }, (_, i) => ({ ref: { type: 'passage' as const, article: asArticleSlug('x'), n: i + 1 }, note: '' })) };
    const refused = toggleItem(full, a);
    expect(refused.change).toBe('full');
    expect(refused.list).toBe(full);
  });

  it('moves, removes and annotates without touching the original', () => {
    const list: ReadingList = { ...emptyList(), items: [{ ref: a, note: '' }, { ref: p, note: 'q' }] };
    const moved = moveItem(list, 1, -1);
    expect(moved.items.map((i) => i.ref)).toEqual([p, a]);
    expect(list.items.map((i) => i.ref)).toEqual([a, p]);
    expect(moveItem(list, 0, -1)).toBe(list);
    expect(moveItem(list, 1, 1)).toBe(list);
    expect(removeAt(list, 0).items).toEqual([{ ref: p, note: 'q' }]);
    expect(setNote(list, 0, 'x'.repeat(1200)).items[0]!.note).toHaveLength(1000);
  });
});

describe('AddToReadingList without JavaScript', () => {
  const refs: ReadingItemRef[] = [
    { type: 'article', article: asArticleSlug('nyt-dystopian-dreams') },
    { type: 'passage', article: asArticleSlug('nyt-dystopian-dreams'), n: 12 },
    { type: 'claim', slug: asEntrySlug('cameras-by-2020') },
    { type: 'theme', slug: asEntrySlug('camera-counts') },
  ];
  it('renders nothing on the server, so a page without JavaScript shows no dead button', () => {
    for (const item of refs) {
      expect(renderToString(createElement(AddToReadingList, { item }))).toBe('');
      expect(renderToString(createElement(AddToReadingList, { item, label: 'this article' }))).toBe('');
    }
  });
  it('names what it adds when no label is given', () => {
    expect(refs.map(defaultItemLabel)).toEqual(['this article', 'paragraph 12', 'this claim', 'this theme']);
  });
});
