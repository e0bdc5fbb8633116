import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { annotateLibrary } from '@/lib/annotate';
import { passageKey } from '@/lib/annotate/types';
import { ContentError } from '@/lib/content/errors';
import { loadLibrary } from '@/lib/content/load';
import { getLibrary } from '@/lib/library';
import { asArticleSlug } from '@/lib/ids';

/** The mentions of one entry that fall inside the given words, wherever those words occur in an article. */
function mentionsInside(slug: string, articleText: string, words: string) {
  const article = asArticleSlug(articleText);
  const lib = getLibrary();
  const passages = lib.articles.find((a) => a.slug === article)!.structure.passages.filter((p) => p.text.includes(words));
  expect(passages.length, `"${words}" in ${article}`).toBeGreaterThan(0);
  return passages.flatMap((p) => {
    const start = p.text.indexOf(words);
    const end = start + words.length;
    return (lib.mentionsByPassage.get(passageKey(article, p.id)) ?? []).filter((m) => m.slug === slug && m.start >= start && m.end <= end);
  });
}

describe('“China” inside a title is not a mention of China', () => {
  it('the film “Amazing China” (The New York Times) does not link to the country', () => {
    expect(mentionsInside('china', 'nyt-dystopian-dreams', 'Amazing China')).toEqual([]);
  });

  it('the job title “China Director” (TODAY) does not link to the country', () => {
    expect(mentionsInside('china', 'today-chongqing-privacy', 'China Director')).toEqual([]);
  });

  it('the same passages still mention China where they mean the country', () => {
    expect(mentionsInside('china', 'today-chongqing-privacy', 'not a surprise that China is high')).toHaveLength(1);
    expect(mentionsInside('china', 'nyt-dystopian-dreams', 'At home, China is preparing')).toHaveLength(1);
  });

  it('the coverage check counts the excluded words as accounted for, not as a name left unmentioned', () => {
    const lib = getLibrary();
    const today = lib.articles.find((a) => a.slug === 'today-chongqing-privacy')!;
    const passage = today.structure.passages.find((p) => p.text.includes('China Director'))!;
    const claimed = lib.notMentionsByPassage.get(passageKey(asArticleSlug('today-chongqing-privacy'), passage.id)) ?? [];
    expect(claimed.map((c) => `${c.slug}:${c.text}`)).toEqual(['china:China Director']);
  });
});

const body = 'A film called Amazing China showed China at work.\n\nThe China Director of a rights group spoke.';

/** A small content folder with one article, its outlet, and a China entry whose front matter a case supplies. */
function annotate(chinaFrontMatter: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sightlines-not-mentions-'));
  const files: Record<string, string> = {
    'articles/alpha.md': `---\nslug: alpha\ntitle: Alpha\noutlet: Outlet\noutletSlug: outlet\nauthors: []\npublished: "2019-01-01"\nsourceFile: alpha.txt\nsummary: S.\nreadingMinutes: 1\nremoved: []\n---\n${body}\n`,
    'sources/alpha.txt': body,
    'organizations/outlet.md': '---\nname: Outlet\naliases: [Outlet]\nkind: outlet\n---\nThe outlet.\n',
    'places/china.md': `---\nname: China\naliases: [China]\nkind: country\n${chinaFrontMatter}---\nA country.\n`,
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return () => annotateLibrary(loadLibrary(dir));
}

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems.map((p) => `${p.collection} → ${p.file}: ${p.field}: ${p.message}`);
  }
  return expect.fail('the fixture annotated without error');
}

describe('notMentions: words that contain an alias but do not mention the entry', () => {
  it('without them, every “China” is a mention', () => {
    expect(annotate('')().mentions.map((m) => m.text)).toEqual(['China', 'China', 'China']);
  });

  it('they claim their words: the alias inside them is not a mention, the alias elsewhere still is', () => {
    const lib = annotate('notMentions: [Amazing China, { text: China Director, articles: [alpha] }]\n')();
    expect(lib.mentions.map((m) => `${m.passageId}:${m.start}:${m.text}`)).toEqual(['p-1:35:China']);
    expect([...lib.notMentionsByPassage.values()].flat().map((c) => c.text)).toEqual(['Amazing China', 'China Director']);
  });

  it('one scoped to another article does not apply here (and an unknown article is named)', () => {
    expect(problems(annotate('notMentions: [{ text: Amazing China, articles: [beta] }]\n'))).toEqual([
      'places → china.md: notMentions.0.articles: expected one of the article slugs (alpha); found "beta"',
      'places → china.md: notMentions.0: expected words that occur in the articles; found none for "Amazing China"',
    ]);
  });

  it('the build fails on one that occurs nowhere, or that contains none of the entry’s aliases', () => {
    expect(problems(annotate('notMentions: [Amazing China Film, Director]\n'))).toEqual([
      'places → china.md: notMentions.1: expected longer words that contain one of the entry’s aliases ("China"); found "Director"',
      'places → china.md: notMentions.0: expected words that occur in the articles; found none for "Amazing China Film"',
    ]);
  });
});
