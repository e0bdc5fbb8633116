import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadLibrary } from '@/lib/content/load';
import { annotateLibrary } from '@/lib/annotate';
import { ContentError } from '@/lib/content/errors';
import { aliasPattern, findMentions, aliasMatcher } from '@/lib/annotate/mentions';
import { findQuote } from '@/lib/annotate/quotes';
import { articleStructure } from '@/lib/content/blocks';
import { asArticleSlug, asEntrySlug } from '@/lib/ids';

const body = [
  'Mrs. Chen practises tai chi outside Jiangnan Stadium in Chongqing, near the Chongqing Public Security Bureau.',
  'Chen Yuan opened a shop in Wuhu. Mr Chen said cameras help. Chen agrees, says Wu.',
  'The cameras, the cameras, the cameras.',
].join('\n\n');

type Files = Record<string, string>;

/** A small content folder: one article, an outlet, and whatever entries a case adds or replaces. */
function fixture(files: Files): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sightlines-annotate-'));
  const all: Files = {
    'articles/alpha.md': `---\nslug: alpha\ntitle: Alpha\noutlet: Outlet\noutletSlug: outlet\nauthors: []\npublished: "2019-01-01"\nsourceFile: alpha.txt\nsummary: S.\nreadingMinutes: 1\nremoved: []\n---\n${body}\n`,
    'sources/alpha.txt': body,
    'organizations/outlet.md': '---\nname: Outlet\naliases: [Outlet]\nkind: outlet\n---\nThe outlet.\n',
    'places/chongqing.md': '---\nname: Chongqing\naliases: [Chongqing]\nkind: city\n---\nA city.\n',
    'organizations/chongqing-public-security-bureau.md': '---\nname: Chongqing Public Security Bureau\naliases: [Chongqing Public Security Bureau]\nkind: agency\n---\nPolice.\n',
    'people/mrs-chen.md': '---\nname: Mrs. Chen\naliases: [Mrs. Chen]\nrole: resident\ninvolvement: [quoted]\n---\nA resident.\n',
    'people/chen-yuan.md': '---\nname: Chen Yuan\naliases: [Chen Yuan, Mr Chen, { text: Chen, articles: [alpha] }]\nrole: shopkeeper\ninvolvement: [quoted]\n---\nA shopkeeper.\n',
    ...files,
  };
  for (const [file, text] of Object.entries(all)) {
    if (text === '') continue;
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

function problems(files: Files): string[] {
  try {
    annotateLibrary(loadLibrary(fixture(files)));
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems.map((p) => `${p.collection} → ${p.file}: ${p.field}: ${p.message}`);
  }
  return expect.fail('the fixture annotated without error');
}

const claim = (evidence: string) => `---\nstatement: S.\nmadeBy: [people/mrs-chen]\nevidence:\n${evidence}\n---\n`;

describe('mentions', () => {
  const lib = annotateLibrary(loadLibrary(fixture({})));
  const names = lib.mentions.map((m) => `${m.slug}:${m.text}`);

  it('takes the longest alias first', () => {
    expect(names).toContain('chongqing-public-security-bureau:Chongqing Public Security Bureau');
    expect(names.filter((n) => n === 'chongqing:Chongqing')).toHaveLength(1);
  });

  it('keeps whole words only: "Wu" does not match inside "Wuhu", nor "Chen" inside "Chen Yuan"', () => {
    const wu = aliasPattern('Wu');
    expect('Wuhu'.match(wu)).toBeNull();
    expect('says Wu.'.match(wu)?.[0]).toBe('Wu');
    expect(names).toContain('chen-yuan:Chen Yuan');
    expect(names).toContain('chen-yuan:Mr Chen');
    expect(names.filter((n) => n === 'chen-yuan:Chen')).toHaveLength(1);
  });

  it('tells two Chens apart: "Mrs. Chen" is the resident, "Mr Chen" and "Chen" the shopkeeper', () => {
    expect(names).toContain('mrs-chen:Mrs. Chen');
    expect(names.filter((n) => n.startsWith('mrs-chen'))).toHaveLength(1);
  });

  it('is case-sensitive unless an alias says otherwise', () => {
    expect('the CAMERAS'.match(aliasPattern('cameras'))).toBeNull();
    expect('the CAMERAS'.match(aliasPattern('cameras', true))?.[0]).toBe('CAMERAS');
  });

  it('gives Unicode names and handles proper edges', () => {
    expect('by Gilles Sabrié for'.match(aliasPattern('Gilles Sabrié'))?.[0]).toBe('Gilles Sabrié');
    expect('(@paulmozur) December'.match(aliasPattern('@paulmozur'))?.[0]).toBe('@paulmozur');
    expect('Mao-era beliefs'.match(aliasPattern('Mao'))?.[0]).toBe('Mao');
  });

  it('applies an alias scoped to other articles nowhere else', () => {
    const passages = articleStructure('Chen said so.').passages;
    const scoped = aliasMatcher('people', asEntrySlug('chen-yuan'), 'chen-yuan.md', { text: 'Chen', articles: [asArticleSlug('other')] });
    expect(findMentions(asArticleSlug('alpha'), passages, [scoped]).mentions).toEqual([]);
  });
});

describe('quotes', () => {
  const passages = articleStructure(body).passages;
  it('anchors a unique quote to its passage and range', () => {
    const result = findQuote(asArticleSlug('alpha'), passages, { quote: 'opened a shop' });
    expect(result).toEqual({ ok: true, range: { article: 'alpha', passageId: 'p-2', n: 2, start: 10, end: 23 } });
  });
  it('uses prefix and suffix to make a repeated quote unique', () => {
    const result = findQuote(asArticleSlug('alpha'), passages, { quote: 'the cameras', prefix: 'cameras, ', suffix: '.' });
    expect(result.ok && result.range.start).toBe(26);
  });
});

describe('the build fails, naming the file, on broken annotations', () => {
  it('a quote that is not in the article', () => {
    expect(problems({ 'claims/c.md': claim('  - { article: alpha, quote: "opened a store", relation: reports }') })).toEqual([
      'claims → c.md: evidence.0.quote: quote "opened a store" not found in alpha',
    ]);
  });

  it('a quote that differs only in capitals, with a hint', () => {
    expect(problems({ 'claims/c.md': claim('  - { article: alpha, quote: "Opened a shop", relation: reports }') })[0]).toMatch(
      /quote "Opened a shop" not found in alpha \(it occurs in p-2 with different capitals\)/,
    );
  });

  it('an ambiguous quote', () => {
    expect(problems({ 'claims/c.md': claim('  - { article: alpha, quote: "the cameras", relation: reports }') })).toEqual([
      'claims → c.md: evidence.0.quote: quote "the cameras" is ambiguous: it occurs 2 times in alpha (p-3, p-3); add a prefix or suffix',
    ]);
  });

  it('a theme passage that is not found', () => {
    expect(problems({ 'themes/t.md': '---\nname: T\nsummary: S.\npassages:\n  - { article: alpha, quote: "no such words" }\n---\n' })).toEqual([
      'themes → t.md: passages.0.quote: quote "no such words" not found in alpha',
    ]);
  });

  it('an entity with no mention at all', () => {
    expect(problems({ 'places/oakland.md': '---\nname: Oakland\naliases: [Oakland]\nkind: city\n---\nA city.\n' })).toEqual([
      'places → oakland.md: aliases: expected at least one mention in the articles; found none for "Oakland"',
    ]);
  });

  it('two entries claiming the same words', () => {
    expect(problems({ 'places/chongqing-city.md': '---\nname: Chongqing city\naliases: [Chongqing]\nkind: city\n---\nA duplicate.\n' })).toEqual([
      'entities → chongqing-city.md and chongqing.md: aliases: both claim "Chongqing" in alpha p-1; expected one entry per words (scope one alias with "articles:")',
    ]);
  });

  it('references to entries that do not exist', () => {
    const found = problems({
      'claims/c.md': `---\nstatement: S.\nmadeBy: [people/nobody]\nthemes: [no-theme]\nevidence:\n  - { article: alpha, quote: "opened a shop", relation: agrees, with: beta, note: "n" }\n---\n`,
    });
    expect(found).toContain('claims → c.md: madeBy.0: expected an existing people entry; found "people/nobody", which has no file');
    expect(found).toContain('claims → c.md: themes.0: expected a theme slug; found "no-theme", which has no file in content/themes');
    expect(found).toContain('claims → c.md: evidence.0.with: expected another article of this claim\'s evidence (none); found "beta"');
  });

  it('an outlet with no organization entry', () => {
    expect(problems({ 'organizations/outlet.md': '' })).toContain(
      'articles → alpha.md: outletSlug: expected an organization slug; found "outlet", which has no file in content/organizations',
    );
  });
});

describe('mention links in rendered passages', () => {
  it('wrap exactly the mentioned words, also after inline markup such as a caption credit', async () => {
    const { passageHast } = await import('@/lib/render/passage');
    const { toHtml } = await import('hast-util-to-html');
    const [passage] = articleStructure(':::caption\nStaff in Beijing. :credit[Gilles Sabrié for The Times]\n:::').passages;
    const text = passage!.text;
    const at = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length, tagName: 'a', properties: { href: `#${word}` } });
    const html = toHtml(passageHast(passage!.node, [at('Beijing'), at('Gilles Sabrié'), at('The Times')]));
    expect(html).toBe(
      'Staff in <a href="#Beijing">Beijing</a>. <span class="credit"><a href="#Gilles Sabrié">Gilles Sabrié</a> for <a href="#The Times">The Times</a></span>',
    );
  });
});
