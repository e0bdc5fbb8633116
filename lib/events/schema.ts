import { z } from 'zod';
import { entrySlug, quoteSelector } from '../content/schema';

/**
 * A date as precise as the article allows: a day (2017-11-02), a month (2019-05) or a year (2018).
 * Partial dates sort correctly as strings: "2019" < "2019-05" < "2019-05-01".
 */
export type DatePrecision = 'year' | 'month' | 'day';

const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Reads a partial ISO date; null when it is not one (wrong shape, month 13, 30 February). */
export function parsePartialDate(value: string): { year: number; month?: number; day?: number; precision: DatePrecision } | null {
  const match = partialDatePattern.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > daysIn(year, month!))) return null;
  return { year, month, day, precision: day !== undefined ? 'day' : month !== undefined ? 'month' : 'year' };
}

const partialDateMessage = 'a date as precise as the article allows: "2017-11-02", "2019-05" or "2018"';

/**
 * YAML reads an unquoted 2018 as a number (accepted as a year) and an unquoted 2017-11-02 as a timestamp, which it
 * silently rolls over when the day is impossible (2019-02-30 becomes 2 March); so full dates must be quoted.
 */
export const partialDate = z.preprocess(
  (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
  z
    .string({
      error: (issue) =>
        issue.input instanceof Date
          ? 'a date in quotes, such as "2017-11-02" (unquoted, YAML reads it as a timestamp and rolls an impossible day over into the next month)'
          : partialDateMessage,
    })
    .refine((value) => parsePartialDate(value) !== null, partialDateMessage),
);

/** True when `end` is not before `start`, comparing only as precisely as the less precise of the two. */
export function endsOnOrAfter(start: string, end: string): boolean {
  const length = Math.min(start.length, end.length);
  return end.slice(0, length) >= start.slice(0, length);
}

/**
 * True when the article's own wording of a date names a year ("Nov. 2, 2017", "in 2018"). Wording without one
 * ("this week", "last summer", "In May", "Fifteen years later") means the date was worked out: it is approximate.
 */
export const namesAYear = (dateText: string) => /(?<!\d)\d{4}(?!\d)/.test(dateText);

/** What kind of thing happened; shown as a label beside the date. */
export const eventKinds = [
  'arrest',
  'escape',
  'deployment',
  'demonstration',
  'law',
  'lawsuit',
  'report',
  'publication',
  'funding',
  'contest',
  'business',
  'protest',
  'trial',
  'forecast',
  'office',
  'statement',
] as const;
export type EventKind = (typeof eventKinds)[number];

export const eventKindLabels: Record<EventKind, string> = {
  arrest: 'Arrest',
  escape: 'Escape',
  deployment: 'Deployment',
  demonstration: 'Showcase',
  law: 'Law, ban or bill',
  lawsuit: 'Lawsuit',
  report: 'Report',
  publication: 'Publication',
  funding: 'Funding round',
  contest: 'Contest',
  business: 'Business',
  protest: 'Protest',
  trial: 'Trial of the technology',
  forecast: 'Forecast',
  office: 'Time in office',
  statement: 'Statement',
};

/** An exact quote from one passage of one article, made unique with a prefix or suffix where needed. */
export const eventSource = z.object(quoteSelector).strict();

export const eventFrontMatter = z
  .object({
    title: z.string().min(1),
    kind: z.enum(eventKinds),
    date: partialDate,
    /** Where the event lasted (a term of office), the last year, month or day of it. */
    endDate: partialDate.optional(),
    /** The date as the article words it: "Nov. 2, 2017", "last summer", "In May". */
    dateText: z.string().min(1),
    /** True where the article is vague ("last summer", "this week") and the date is worked out. */
    approximate: z.boolean().default(false),
    /** How the date was worked out; required when approximate. */
    dateNote: z.string().min(1).optional(),
    places: z.array(entrySlug).default([]),
    people: z.array(entrySlug).default([]),
    organizations: z.array(entrySlug).default([]),
    themes: z.array(entrySlug).min(1, 'at least one theme slug, so the event can be found by theme'),
    source: eventSource,
    /** Other articles that report the same event. */
    also: z.array(eventSource).default([]),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.approximate && !value.dateNote) {
      ctx.addIssue({ code: 'custom', path: ['dateNote'], message: 'an approximate date needs a dateNote saying how it was worked out' });
    }
    if (!value.approximate && !namesAYear(value.dateText)) {
      ctx.addIssue({
        code: 'custom',
        path: ['approximate'],
        message: `true, with a dateNote: the article words the date without a year ("${value.dateText}"), so the date was worked out from other wording`,
      });
    }
    if (value.endDate !== undefined && !endsOnOrAfter(value.date, value.endDate)) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: `an end date on or after the date ${value.date}` });
    }
  });

export type EventFrontMatter = z.infer<typeof eventFrontMatter>;
export type EventSource = z.infer<typeof eventSource>;
