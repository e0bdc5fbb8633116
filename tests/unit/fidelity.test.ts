import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { loadLibrary } from '@/lib/content/load';
import { articleStructure } from '@/lib/content/blocks';
import { addedCurrencySymbols, describeDifference, fidelityDifference } from '@/lib/fidelity';
import { readingMinutes } from '@/lib/text/words';
import { renderArticleBody } from './render-article';

const library = loadLibrary();

describe('fidelity: every article shows its source’s words, word for word', () => {
  it('has the four articles', () => {
    expect(library.articles.map((a) => a.slug).sort()).toEqual(
      ['cdt-surveillance-net', 'nyt-dystopian-dreams', 'time-surveillance-state', 'today-chongqing-privacy'],
    );
  });

  for (const article of library.articles) {
    it(`${article.slug} matches ${article.sourceFile} less the listed removals`, () => {
      const difference = fidelityDifference(article, renderArticleBody(article));
      if (difference) expect.fail(describeDifference(article.slug, difference));
    });

    it(`${article.slug} states its reading time truthfully`, () => {
      const body = article.structure.passages.map((p) => p.text).join(' ');
      expect(Math.abs(article.readingMinutes - readingMinutes(body))).toBeLessThanOrEqual(1);
    });
  }

  it('no reading edition adds a currency symbol that its source does not have', () => {
    expect(library.articles.flatMap((article) => addedCurrencySymbols(article))).toEqual([]);
  });

  it('the currency check finds a symbol added to a source without one, and accepts one the source has', () => {
    const time = library.articles.find((a) => a.slug === 'time-surveillance-state')!;
    const added = addedCurrencySymbols({ ...time, structure: articleStructure('Wages as miserly as $35 per day.') });
    expect(added).toEqual(['time-surveillance-state#p-1: "$" in "…Wages as miserly as $35 per day.…"']);
    const nyt = library.articles.find((a) => a.slug === 'nyt-dystopian-dreams')!;
    expect(addedCurrencySymbols({ ...nyt, structure: articleStructure('SenseTime raised $620 million.') })).toEqual([]);
  });

  it('fails on a doctored copy, naming the first differing word with context', () => {
    const time = library.articles.find((a) => a.slug === 'time-surveillance-state')!;
    const file = fs.readFileSync(path.join('content/articles', time.file), 'utf8');
    const body = file.slice(file.indexOf('\n---\n', 4) + 5);
    const doctored = body.replace('Mrs. Chen dons her bright purple', 'Mrs. Chen dons her bright violet');
    expect(doctored).not.toBe(body);
    const difference = fidelityDifference(time, renderArticleBody({ ...time, structure: articleStructure(doctored) }));
    expect(difference).not.toBeNull();
    expect(difference!.expected).toBe('purple');
    expect(difference!.found).toBe('violet');
    expect(difference!.position).toBe(7);
    expect(describeDifference(time.slug, difference!)).toMatch(/source: {3}…every morning mrs chen dons her bright purple tai chi/);
  });

  it('fails when a word is dropped, and when furniture is left in', () => {
    const today = library.articles.find((a) => a.slug === 'today-chongqing-privacy')!;
    const html = renderArticleBody(today);
    expect(fidelityDifference(today, html.replace('pulled over to find a toilet', 'pulled over to find toilet'))).not.toBeNull();
    expect(fidelityDifference({ ...today, removed: [] }, html)).not.toBeNull();
  });

  it('the verbatim copies in content/sources are byte-identical to ../shared/sources when that folder is present', () => {
    const shared = path.resolve('../shared/sources');
    if (!fs.existsSync(shared)) return; // a clone without ../shared builds from the committed copies
    for (const article of library.articles) {
      expect(fs.readFileSync(path.join(shared, article.sourceFile), 'utf8')).toBe(article.sourceText);
    }
  });
});
