import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadLibrary } from '@/lib/content/load';
import { ContentError, contentErrors, explainCode } from '@/lib/content/errors';

const fixture = (name: string) => path.join(__dirname, '../fixtures/content', name);

function problemsOf(name: string): string[] {
  try {
    loadLibrary(fixture(name));
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).message.split('\n').slice(1).map((line) => line.trim());
  }
  return expect.fail(`fixture "${name}" loaded without error`);
}

describe('content validation: a malformed file fails with a message naming file, field, expected and found', () => {
  it('loads a valid fixture', () => {
    const library = loadLibrary(fixture('valid'));
    expect(library.articles).toHaveLength(1);
    expect(library.articles[0]!.structure.passages[0]!.text).toBe('The first paragraph.');
  });

  it('missing title', () => {
    expect(problemsOf('missing-title')).toEqual([
      '- articles → good-article.md: title: expected string, received undefined; found nothing (the field is missing)',
    ]);
  });

  it('bad date', () => {
    const [problem] = problemsOf('bad-date');
    expect(problem).toContain('articles → good-article.md: published:');
    expect(problem).toContain('an ISO date such as 2018-07-08');
    expect(problem).toContain('found "2019-13-45"');
  });

  it('unknown field', () => {
    const [problem] = problemsOf('unknown-field');
    expect(problem).toMatch(/^- articles → good-article\.md: subtitle: unknown field "subtitle"; expected only slug, title, /);
  });

  it('duplicate slug', () => {
    const problems = problemsOf('duplicate-slug');
    expect(problems).toContain(
      '- articles → other-article.md: slug: duplicate slug "good-article"; expected a slug no other article uses, found it already in good-article.md',
    );
  });

  it('front matter that is not YAML', () => {
    expect(problemsOf('bad-yaml')[0]).toMatch(/^- articles → good-article\.md: the front matter is not valid YAML/);
  });

  it('an unknown block in the body', () => {
    expect(problemsOf('bad-structure')).toEqual([
      '- articles → good-article.md: body: unknown block ":::sidebar" (expected :::caption or :::post)',
    ]);
  });
});

describe('content problems carry a code from the catalogue', () => {
  const codesOf = (name: string) => {
    try {
      loadLibrary(fixture(name));
    } catch (error) {
      return (error as ContentError).problems.map((p) => p.code);
    }
    return expect.fail(`fixture "${name}" loaded without error`);
  };

  it.each([
    ['missing-title', 'field'],
    ['bad-date', 'field'],
    ['unknown-field', 'unknown-field'],
    ['duplicate-slug', 'duplicate-slug'],
    ['bad-yaml', 'yaml'],
    ['bad-structure', 'article-structure'],
  ] as const)('%s → %s', (name, code) => {
    expect(codesOf(name)).toContain(code);
  });

  it('every code has a title and a hint', () => {
    for (const code of Object.keys(contentErrors) as (keyof typeof contentErrors)[]) {
      expect(explainCode(code)).toMatch(new RegExp(`^\\[${code}\\] .+\\. .+`));
    }
  });
});
