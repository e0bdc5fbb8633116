import type { AnnotatedLibrary, EntityKind, TextRange } from '../annotate/types';
import { entityKey, entityKinds, evidenceFields } from '../annotate/types';
import type { TimelineEvent } from '../events/load';
import { articleHref, entityHref } from '../links';
import { positionOf, readingText, type ReadingText } from './reading-text';
import { passageRef, type PassageRef } from '../ids';
import type { Dataset, DatasetEntity, DatasetEvent } from './schema';
import { articleTextsNotice, dataLicense, readingTextDefinition } from './terms';
import { numberWords } from '../format';

const aliasText = (alias: string | { text: string }) => (typeof alias === 'string' ? alias : alias.text);
const unique = <T,>(list: T[]) => [...new Set(list)];

/** The reading text of every article, and a way to place a passage range in it. */
export function readingTexts(lib: AnnotatedLibrary) {
  const texts = new Map<string, ReadingText>(lib.articles.map((a) => [a.slug, readingText(a)]));
  const passageText = new Map<PassageRef, string>();
  for (const a of lib.articles) for (const p of a.structure.passages) passageText.set(passageRef(a.slug, p.id), p.text);
  const place = (range: TextRange) => {
    const position = positionOf(texts.get(range.article)!, passageText.get(passageRef(range.article, range.passageId))!, range);
    return { article: range.article, paragraph: range.n, paragraphStart: position.passageStart, paragraphEnd: position.passageEnd, start: position.start, end: position.end };
  };
  return { texts, place };
}

function entityRecord(lib: AnnotatedLibrary, kind: EntityKind, entry: AnnotatedLibrary[EntityKind][number]): DatasetEntity {
  const base = {
    id: entityKey(kind, entry.slug),
    collection: kind,
    slug: entry.slug,
    name: entry.data.name,
    aliases: unique([entry.data.name, ...entry.data.aliases.map(aliasText)]),
    description: entry.body.trim(),
    mentions: lib.mentionsByEntity.get(entityKey(kind, entry.slug))?.length ?? 0,
    page: entityHref(kind, entry.slug),
  };
  if (kind === 'people') {
    const data = (entry as AnnotatedLibrary['people'][number]).data;
    return { ...base, kind: 'person', role: data.role, involvement: data.involvement, ...(data.affiliation ? { affiliation: data.affiliation } : {}) };
  }
  if (kind === 'places') {
    const data = (entry as AnnotatedLibrary['places'][number]).data;
    return {
      ...base,
      kind: data.kind,
      ...(data.within ? { within: data.within } : {}),
      ...(data.coordinates ? { latitude: data.coordinates.lat, longitude: data.coordinates.lon } : {}),
    };
  }
  return { ...base, kind: (entry as AnnotatedLibrary['organizations'][number]).data.kind };
}

function eventRecord(event: TimelineEvent): DatasetEvent {
  const source = (q: TimelineEvent['source']) => ({ article: q.article, paragraph: q.n, quote: q.quote });
  return {
    slug: event.slug,
    title: event.title,
    kind: event.kind,
    date: event.date,
    ...(event.endDate ? { endDate: event.endDate } : {}),
    dateText: event.dateText,
    approximate: event.approximate,
    ...(event.dateNote ? { dateNote: event.dateNote } : {}),
    places: event.places.map((t) => t.slug),
    people: event.people.map((t) => t.slug),
    organizations: event.organizations.map((t) => t.slug),
    themes: event.themes.map((t) => t.slug),
    source: source(event.source),
    also: event.also.map(source),
    description: event.body,
  };
}

/**
 * The whole annotated library as one plain object, in the shape of `schema.ts`: the same library and events the
 * pages are built from, so the download can never disagree with the site.
 */
export function buildDataset(lib: AnnotatedLibrary, events: TimelineEvent[]): Dataset {
  const { texts, place } = readingTexts(lib);
  const mentionNumber = new Map<string, number>();
  return {
    title: 'Sightlines open data',
    description:
      `Every mention of the places, people and organizations named in ${numberWords(lib.articles.length)} articles on China\u2019s surveillance state, the claims they make with the evidence of each article, the themes they share and the events they date, each anchored to the exact words.`,
    license: dataLicense,
    articleTexts: articleTextsNotice,
    readingText: readingTextDefinition,
    articles: lib.articles.map((a) => ({
      slug: a.slug,
      title: a.title,
      outlet: a.outlet,
      authors: a.authors,
      published: a.published,
      ...(a.url ? { originalUrl: a.url } : {}),
      page: articleHref(a.slug),
      passages: a.structure.passages.length,
      readingTextLength: texts.get(a.slug)!.codePoints.length,
    })),
    entities: entityKinds.flatMap((kind) => (lib[kind] as AnnotatedLibrary[EntityKind][number][]).map((entry) => entityRecord(lib, kind, entry))),
    mentions: lib.mentions.map((m) => {
      const n = (mentionNumber.get(m.article) ?? 0) + 1;
      mentionNumber.set(m.article, n);
      return { id: `${m.article}/${n}`, entity: entityKey(m.kind, m.slug), ...place(m), text: m.text };
    }),
    claims: lib.claims.map((c) => ({
      slug: c.slug,
      statement: c.data.statement,
      madeBy: c.data.madeBy,
      ...(c.data.citing ? { citing: c.data.citing } : {}),
      themes: c.data.themes,
      description: c.body.trim(),
      page: entityHref('claims', c.slug),
    })),
    evidence: lib.claims.flatMap((c) =>
      (lib.evidenceByClaim.get(c.slug) ?? []).map((e, i) => ({
        id: `${c.slug}/${i + 1}`,
        claim: c.slug,
        ...place(e.range),
        ...evidenceFields(e),
      })),
    ),
    themes: lib.themes.map((t) => ({
      slug: t.slug,
      name: t.data.name,
      summary: t.data.summary,
      description: t.body.trim(),
      passages: lib.passagesByTheme.get(t.slug)?.length ?? 0,
      page: entityHref('themes', t.slug),
    })),
    themePassages: lib.themes.flatMap((t) =>
      (lib.passagesByTheme.get(t.slug) ?? []).map((p, i) => ({
        id: `${t.slug}/${i + 1}`,
        theme: t.slug,
        ...place(p.range),
        quote: p.quote,
        ...(p.note ? { note: p.note } : {}),
      })),
    ),
    events: events.map(eventRecord),
  };
}
