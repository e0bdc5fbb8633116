import path from 'node:path';
import type { AnnotatedLibrary } from '../annotate/types';
import { findQuote } from '../annotate/quotes';
import { ContentError, type ContentErrorCode, type ContentProblem } from '../content/errors';
import { defaultContentDir } from '../content/load';
import { readCollection } from '../content/read';
import { formatDate } from '../format';
import { entityHref, passageHref } from '../links';
import { passageRef, type ArticleSlug, type EntrySlug, type PassageId, type PassageRef } from '../ids';
import { eventFrontMatter, eventKindLabels, parsePartialDate, type DatePrecision, type EventKind, type EventSource } from './schema';

/** A place, person, organization or theme an event is tagged with, ready to link. */
export type EventTag = { slug: EntrySlug; name: string; href: string };

/** Where the event is reported: an exact quote, anchored to one passage of one article. */
export type EventQuote = {
  article: ArticleSlug;
  outlet: string;
  articleTitle: string;
  quote: string;
  n: number;
  passageId: PassageId;
  /** `/articles/<slug>#p-<n>` */
  href: string;
};

/** One dated event as the timeline shows it: plain, serializable data (it is handed to a client component). */
export type TimelineEvent = {
  slug: EntrySlug;
  file: string;
  title: string;
  kind: EventKind;
  kindLabel: string;
  date: string;
  endDate?: string;
  precision: DatePrecision;
  year: number;
  /** The worked-out date in words: "2 November 2017", "May 2019", "2018", "2007–2012". */
  dateLabel: string;
  /** The date as the article gives it. */
  dateText: string;
  approximate: boolean;
  dateNote?: string;
  places: EventTag[];
  people: EventTag[];
  organizations: EventTag[];
  themes: EventTag[];
  source: EventQuote;
  also: EventQuote[];
  /** One or two sentences, plain text. */
  body: string;
};

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2017-11-02" → "2 November 2017", "2019-05" → "May 2019", "2018" → "2018". */
export function formatPartialDate(value: string): string {
  const parsed = parsePartialDate(value);
  if (!parsed) return value;
  if (parsed.precision === 'day') return formatDate(value);
  if (parsed.precision === 'month') return `${months[parsed.month! - 1]} ${parsed.year}`;
  return String(parsed.year);
}

export function formatDateSpan(date: string, endDate?: string): string {
  return endDate && endDate !== date ? `${formatPartialDate(date)}–${formatPartialDate(endDate)}` : formatPartialDate(date);
}

export const defaultEventsDir = () => path.join(defaultContentDir(), 'events');

type Collection = 'places' | 'people' | 'organizations' | 'themes';
const singular: Record<Collection, string> = { places: 'a place', people: 'a person', organizations: 'an organization', themes: 'a theme' };

/**
 * Reads content/events, checks every reference against the library (tags, article, quote, the date's wording),
 * and returns the events in date order. Every problem is collected and thrown once, naming file and field.
 */
export function loadEvents(library: AnnotatedLibrary, dir: string = defaultEventsDir()): TimelineEvent[] {
  const problems: ContentProblem[] = [];
  const entries = readCollection(dir, 'events', eventFrontMatter, problems);

  const articles = new Map(library.articles.map((a) => [a.slug, a]));
  const articleOrder = new Map(library.articles.map((a, i) => [a.slug, i]));
  const names: Record<Collection, Map<EntrySlug, string>> = {
    places: new Map(library.places.map((e) => [e.slug, e.data.name])),
    people: new Map(library.people.map((e) => [e.slug, e.data.name])),
    organizations: new Map(library.organizations.map((e) => [e.slug, e.data.name])),
    themes: new Map(library.themes.map((e) => [e.slug, e.data.name])),
  };
  // A post's date stands in its attribution line ("— Paul Mozur … December 18, 2019"), outside the passage text.
  const attributionOf = new Map<PassageRef, string>();
  for (const article of library.articles) {
    for (const block of article.structure.blocks) {
      if (block.type === 'post' && block.attribution) {
        for (const p of block.passages) attributionOf.set(passageRef(article.slug, p.id), block.attribution.text);
      }
    }
  }

  const events: TimelineEvent[] = [];
  for (const { slug, file, data, body } of entries) {
    const before = problems.length;
    const problem = (field: string, message: string, code: ContentErrorCode = 'field') => problems.push({ code, collection: 'events', file, field, message });

    const tags = (collection: Collection): EventTag[] =>
      data[collection].flatMap((tagSlug, i) => {
        const name = names[collection].get(tagSlug);
        if (name === undefined) {
          problem(`${collection}.${i}`, `expected ${singular[collection]} slug (a file in content/${collection}); found "${tagSlug}", which has no file`, 'unknown-entry');
          return [];
        }
        return [{ slug: tagSlug, name, href: entityHref(collection, tagSlug) }];
      });
    const places = tags('places');
    const people = tags('people');
    const organizations = tags('organizations');
    const themes = tags('themes');

    const anchor = (selector: EventSource, field: string): EventQuote | null => {
      const article = articles.get(selector.article);
      if (!article) {
        problem(`${field}.article`, `expected one of the article slugs (${[...articles.keys()].join(', ')}); found "${selector.article}"`, 'unknown-article');
        return null;
      }
      const result = findQuote(article.slug, article.structure.passages, selector);
      if (!result.ok) {
        problem(`${field}.quote`, result.message, 'quote');
        return null;
      }
      const { n, passageId } = result.range;
      return {
        article: article.slug,
        outlet: article.outlet,
        articleTitle: article.title,
        quote: selector.quote,
        n,
        passageId,
        href: passageHref(article.slug, n),
      };
    };
    const source = anchor(data.source, 'source');
    const also = data.also.flatMap((selector, i) => anchor(selector, `also.${i}`) ?? []);

    if (source) {
      const passage = articles.get(source.article)!.structure.passages[source.n - 1]!;
      const attribution = attributionOf.get(passageRef(source.article, source.passageId)) ?? '';
      if (!passage.text.includes(data.dateText) && !attribution.includes(data.dateText)) {
        problem(
          'dateText',
          `expected the date as the article words it, found in the quoted passage (${source.article} ${source.passageId}${attribution ? ' or its attribution' : ''}); found "${data.dateText}", which does not occur there`,
          'event-date',
        );
      }
    }

    const text = body.trim().replace(/\s+/g, ' ');
    if (!text) problem('body', 'expected one or two sentences saying what happened; found an empty body', 'empty-body');

    if (problems.length > before || !source) continue;
    const parsed = parsePartialDate(data.date)!;
    events.push({
      slug,
      file,
      title: data.title,
      kind: data.kind,
      kindLabel: eventKindLabels[data.kind],
      date: data.date,
      ...(data.endDate ? { endDate: data.endDate } : {}),
      precision: parsed.precision,
      year: parsed.year,
      dateLabel: formatDateSpan(data.date, data.endDate),
      dateText: data.dateText,
      approximate: data.approximate,
      ...(data.dateNote ? { dateNote: data.dateNote } : {}),
      places,
      people,
      organizations,
      themes,
      source,
      also,
      body: text,
    });
  }
  if (problems.length) throw new ContentError(problems);

  return events.sort(
    (x, y) =>
      x.date.localeCompare(y.date) ||
      (articleOrder.get(x.source.article)! - articleOrder.get(y.source.article)!) ||
      x.source.n - y.source.n ||
      x.slug.localeCompare(y.slug),
  );
}
