import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/errors';
import { getEvents, getTimelineFacets } from '@/lib/events';
import { displayValue, filterEvents, groupByYear, parseTimelineFilter, timelineQuery } from '@/lib/events/filter';
import { formatDateSpan, loadEvents } from '@/lib/events/load';
import { endsOnOrAfter, namesAYear, parsePartialDate } from '@/lib/events/schema';
import { getLibrary } from '@/lib/library';

const fixture = (name: string) => path.join(__dirname, '../fixtures/events', name);

/** The problem lines of the ContentError a fixture folder throws. */
function problemsOf(name: string): string[] {
  try {
    loadEvents(getLibrary(), fixture(name));
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).message.split('\n').slice(1).map((line) => line.trim());
  }
  return expect.fail(`fixture "${name}" loaded without error`);
}

describe('the real events', () => {
  const events = getEvents();
  const library = getLibrary();

  it('load: at least 30, in date order', () => {
    expect(events.length).toBeGreaterThanOrEqual(30);
    const dates = events.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it('each quote stands in the passage its link points to, and the date is worded as in that passage', () => {
    for (const event of events) {
      const article = library.articles.find((a) => a.slug === event.source.article)!;
      const passage = article.structure.passages.find((p) => p.id === event.source.passageId)!;
      expect(passage.text, event.file).toContain(event.source.quote);
      expect(event.source.href).toBe(`/articles/${article.slug}#${passage.id}`);
      const attribution = article.structure.blocks.find((b) => b.type === 'post' && b.passages.includes(passage));
      const where = `${passage.text} ${attribution?.type === 'post' ? attribution.attribution?.text ?? '' : ''}`;
      expect(where, event.file).toContain(event.dateText);
      for (const also of event.also) {
        const other = library.articles.find((a) => a.slug === also.article)!;
        expect(other.structure.passages.find((p) => p.id === also.passageId)!.text).toContain(also.quote);
      }
    }
  });

  it('every tag links to an entry that exists', () => {
    const known = new Set([
      ...library.places.map((e) => `/places/${e.slug}`),
      ...library.people.map((e) => `/people/${e.slug}`),
      ...library.organizations.map((e) => `/organizations/${e.slug}`),
      ...library.themes.map((e) => `/themes/${e.slug}`),
    ]);
    for (const event of events) {
      for (const tag of [...event.places, ...event.people, ...event.organizations, ...event.themes]) expect(known, event.file).toContain(tag.href);
      expect(event.themes.length).toBeGreaterThan(0);
    }
  });

  it('every approximate date says how it was worked out', () => {
    const approximate = events.filter((e) => e.approximate);
    expect(approximate.length).toBeGreaterThan(0);
    for (const event of approximate) expect(event.dateNote, event.file).toBeTruthy();
  });

  it('keeps the dates the articles give (spot checks against the text)', () => {
    const bySlug = new Map<string, (typeof events)[number]>(events.map((e) => [e.slug, e]));
    expect(bySlug.get('sarsenbek-akaruli-arrest')).toMatchObject({ date: '2017-11-02', dateText: 'Nov. 2, 2017', precision: 'day', approximate: false });
    expect(bySlug.get('bo-xilai-in-chongqing')).toMatchObject({ date: '2007', endDate: '2012', dateLabel: '2007–2012' });
    expect(bySlug.get('xiangyang-shaming-screen')).toMatchObject({ date: '2017', dateText: 'last summer', approximate: true });
    // “this week”, in a post whose own date is inferred: the day is worked out, so the page says “About”.
    expect(bySlug.get('nyt-surveillance-net-investigation')).toMatchObject({ date: '2019-12-17', dateText: 'this week', approximate: true });
  });
});

describe('event validation: each bad file fails with a message naming the file and the field', () => {
  it('a quote that is missing, ambiguous, typed with a straight apostrophe, or in an unknown article', () => {
    const problems = problemsOf('bad-quote');
    expect(problems).toHaveLength(4);
    expect(problems).toContain('- events → wrong-words.md: source.quote: quote "was arrested on November 2, 2017" not found in time-surveillance-state');
    expect(problems.find((p) => p.startsWith('- events → ambiguous.md: source.quote: quote "Xinjiang" is ambiguous: it occurs'))).toMatch(/add a prefix or suffix$/);
    expect(problems.find((p) => p.startsWith('- events → straight-apostrophe.md: source.quote:'))).toContain('typographic quotes and apostrophes');
    expect(problems.find((p) => p.startsWith('- events → unknown-article.md: source.article:'))).toContain('found "the-guardian-surveillance"');
  });

  it('unknown place, person, organization and theme slugs, each by its index', () => {
    expect(problemsOf('unknown-slug')).toEqual([
      '- events → unknown-tags.md: places.1: expected a place slug (a file in content/places); found "atlantis", which has no file',
      '- events → unknown-tags.md: people.0: expected a person slug (a file in content/people); found "nobody-at-all", which has no file',
      '- events → unknown-tags.md: organizations.0: expected an organization slug (a file in content/organizations); found "acme-surveillance", which has no file',
      '- events → unknown-tags.md: themes.1: expected a theme slug (a file in content/themes); found "time-travel", which has no file',
    ]);
  });

  it('bad dates: impossible, in words, unquoted, reversed, unexplained, or worded unlike the article', () => {
    const problems = problemsOf('bad-date');
    const of = (file: string) => problems.filter((p) => p.startsWith(`- events → ${file}: `));
    expect(of('month-13.md')).toEqual([expect.stringMatching(/: date: a date as precise as the article allows: .*; found "2019-13"$/)]);
    expect(of('thirtieth-of-february.md')).toEqual([expect.stringMatching(/: date: .*; found "2019-02-30"$/)]);
    expect(of('in-words.md')).toEqual([expect.stringMatching(/: date: .*; found "last summer"$/)]);
    // YAML has already rolled the unquoted 2019-02-30 over to 2 March; the message shows it.
    expect(of('unquoted.md')).toEqual([expect.stringMatching(/: date: a date in quotes, such as "2017-11-02" .*; found the date 2019-03-02$/)]);
    expect(of('ends-before-it-starts.md')).toEqual([expect.stringMatching(/: endDate: an end date on or after the date 2012; found "2007"$/)]);
    expect(of('approximate-without-note.md')).toEqual([expect.stringMatching(/: dateNote: an approximate date needs a dateNote/)]);
    expect(of('relative-not-approximate.md')).toEqual([
      expect.stringMatching(/: approximate: true, with a dateNote: the article words the date without a year \("last summer"\)/),
    ]);
    expect(of('date-text-not-in-passage.md')).toEqual([
      expect.stringMatching(/: dateText: expected the date as the article words it, .*\(time-surveillance-state p-\d+\); found "2 November 2017", which does not occur there$/),
    ]);
    expect(problems).toHaveLength(8);
  });
});

describe('partial dates', () => {
  it.each([
    ['2017-11-02', 'day'],
    ['2019-05', 'month'],
    ['2018', 'year'],
    ['2020-02-29', 'day'],
  ])('%s is a %s', (value, precision) => {
    expect(parsePartialDate(value)?.precision).toBe(precision);
  });

  it.each(['2019-13', '2019-00', '2019-02-30', '2019-02-29', '19-05', '2019/05', '2019-5', 'May 2019', ''])('%j is not a date', (value) => {
    expect(parsePartialDate(value)).toBeNull();
  });

  it('compares spans at the coarser precision', () => {
    expect(endsOnOrAfter('2012-05', '2012')).toBe(true);
    expect(endsOnOrAfter('2007', '2012')).toBe(true);
    expect(endsOnOrAfter('2012', '2007')).toBe(false);
    expect(endsOnOrAfter('2019-12-18', '2019-12-17')).toBe(false);
  });

  it('formats dates and spans in words', () => {
    expect(formatDateSpan('2017-11-02')).toBe('2 November 2017');
    expect(formatDateSpan('2019-05')).toBe('May 2019');
    expect(formatDateSpan('2007', '2012')).toBe('2007–2012');
  });
});

describe('timeline filters', () => {
  const events = getEvents();
  const facets = getTimelineFacets();
  const params = (query: string) => new URLSearchParams(query);

  it('a theme keeps exactly the events tagged with it', () => {
    const filter = parseTimelineFilter(params('theme=xinjiang'), facets);
    expect(filter).toEqual({ theme: 'xinjiang', ignored: [] });
    const shown = filterEvents(events, filter, facets);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(events.length);
    expect(shown).toEqual(events.filter((e) => e.themes.some((t) => t.slug === 'xinjiang')));
    expect(facets.themes.find((t) => t.slug === 'xinjiang')!.count).toBe(shown.length);
  });

  it('a place keeps the events in it and in the places within it', () => {
    const shown = filterEvents(events, parseTimelineFilter(params('place=xinjiang'), facets), facets).map((e) => e.slug);
    // Tagged Ili and Khorgos (both within Xinjiang) as well as Xinjiang itself.
    expect(shown).toContain('sarsenbek-akaruli-arrest');
    expect(shown).not.toContain('san-francisco-facial-recognition-ban');
    const inChina = filterEvents(events, { place: 'china' }, facets).map((e) => e.slug);
    expect(inChina).toContain('sarsenbek-akaruli-arrest');
    expect(inChina).toContain('hong-kong-protests');
  });

  it('both filters together narrow further', () => {
    const both = filterEvents(events, { theme: 'xinjiang', place: 'ili' }, facets);
    expect(both.map((e) => e.slug)).toEqual(['sarsenbek-akaruli-arrest']);
  });

  it('unknown or hostile values are set aside, not applied', () => {
    const filter = parseTimelineFilter(params('theme=%3Cscript%3E&place=atlantis'), facets);
    expect(filter).toEqual({
      ignored: [
        { param: 'theme', value: '<script>' },
        { param: 'place', value: 'atlantis' },
      ],
    });
    expect(filterEvents(events, filter, facets)).toHaveLength(events.length);
    expect(parseTimelineFilter(params('theme='), facets)).toEqual({ ignored: [] });
  });

  it('shows values from the URL safely', () => {
    expect(displayValue('a\u0000b')).toBe('a\uFFFDb');
    expect(displayValue('x'.repeat(100))).toHaveLength(60);
  });

  it('writes the query back', () => {
    expect(timelineQuery({})).toBe('');
    expect(timelineQuery({ theme: 'xinjiang', place: 'ili' })).toBe('?theme=xinjiang&place=ili');
  });

  it('groups by year in order', () => {
    const groups = groupByYear(events);
    expect(groups.flatMap((g) => g.events)).toEqual(events);
    expect(groups.map((g) => g.year)).toEqual([...new Set(events.map((e) => e.year))]);
  });
});

describe('a date worded without a year is approximate', () => {
  it.each(['Nov. 2, 2017', 'in 2018', 'from 2007 to 2012', 'December 16, 2019'])('%j names a year', (text) => {
    expect(namesAYear(text)).toBe(true);
  });
  it.each(['this week', 'last summer', 'In May', 'Fifteen years later', 'from the past 2-3 years', 'On Oct. 28', '20195'])('%j does not', (text) => {
    expect(namesAYear(text)).toBe(false);
  });
});
