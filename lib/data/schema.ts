import { z } from 'zod';
import { articleSlug, entrySlug, involvements, organizationKinds, placeKinds, relations, slug } from '../content/schema';
import { entityKinds, type EntityKind } from '../collections';
import { refPattern, type ArticleSlug, type EntityRef } from '../ids';
import { eventKinds } from '../events/schema';

/**
 * The shape of the open data (`/data/sightlines.json`), in zod: the builder's types are inferred from it and the
 * published JSON Schema (`/data/sightlines.schema.json`) is generated from it with `z.toJSONSchema`, so the
 * schema is never written twice. Enumerations, slugs and keys are the content schemas' own, brands included (the
 * JSON Schema describes their input side, which is the text the file holds).
 */

const offset = z.int().nonnegative();
const articleRef = slug.describe('The article (a slug of `articles`).').transform((value) => value as ArticleSlug);
const page = z.string().regex(/^\//).describe('The page of the site that shows it, as a path relative to the site.');
const entityId = z
  .string()
  .regex(refPattern(entityKinds))
  .describe('An entity as `<collection>/<slug>`, e.g. `places/chongqing`.')
  .transform((value) => value as EntityRef<EntityKind>);

/** Where a quote or mention stands: its paragraph, and code-point offsets in the paragraph and in the reading text. */
const anchor = {
  article: articleRef,
  paragraph: z.int().positive().describe('The passage number: the page anchors it as `#p-<n>`.'),
  paragraphStart: offset.describe('Start, in Unicode code points, within the passage text.'),
  paragraphEnd: offset.describe('End (exclusive), in code points, within the passage text.'),
  start: offset.describe("Start, in code points, within the article's reading text (see `readingText`)."),
  end: offset.describe("End (exclusive), in code points, within the article's reading text."),
};

/**
 * A row numbered within what it belongs to (a mention within its article, evidence within its claim, a passage
 * within its theme): its `id`, whose it is, where it stands, then its own fields.
 */
const anchoredRow = <O extends z.ZodRawShape, F extends z.ZodRawShape>(idDescription: string, owner: O, fields: F) =>
  z.object({ id: z.string().describe(idDescription), ...owner, ...anchor, ...fields }).strict();

export const datasetArticle = z
  .object({
    slug: articleSlug,
    title: z.string(),
    outlet: z.string(),
    authors: z.array(z.string()),
    published: z.iso.date(),
    originalUrl: z.url().optional().describe("The publisher's page, where known. The text belongs to its publisher."),
    page,
    passages: z.int().nonnegative().describe('How many passages (paragraphs, captions, quotes, posts) the reading text holds.'),
    readingTextLength: offset.describe('The length of the reading text in code points.'),
  })
  .strict();

export const datasetEntity = z
  .object({
    id: entityId,
    collection: z.enum(entityKinds),
    slug: entrySlug,
    name: z.string(),
    kind: z
      .enum([...placeKinds, ...organizationKinds, 'person'])
      .describe('A place kind, an organization kind, or "person".'),
    role: z.string().optional().describe('A person: their role as the articles give it.'),
    involvement: z.array(z.enum(involvements)).optional().describe('A person: how they figure in the articles.'),
    affiliation: entrySlug.optional().describe('A person: the organization they belong to.'),
    within: entrySlug.optional().describe('A place: the place it lies within.'),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
    aliases: z.array(z.string()).describe('Every spelling the articles use, the name included.'),
    description: z.string().describe('A short description drawn from the articles (Markdown).'),
    mentions: z.int().nonnegative(),
    page,
  })
  .strict();

export const datasetMention = anchoredRow('`<article>/<n>`: the n-th mention in that article.', { entity: entityId }, { text: z.string().describe('The words as they stand in the article.') });

export const datasetClaim = z
  .object({
    slug: entrySlug,
    statement: z.string(),
    madeBy: z.array(entityId),
    citing: z
      .record(entityId, z.string())
      .optional()
      .describe('For a maker that relays unnamed sources: who it cites ("analysts", "state media").'),
    themes: z.array(entrySlug),
    description: z.string().describe('Markdown; may be empty.'),
    page,
  })
  .strict();

export const datasetEvidence = anchoredRow(
  '`<claim>/<n>`: the n-th piece of evidence of the claim.',
  { claim: entrySlug },
  {
    quote: z.string(),
    relation: z.enum(relations).describe('How this article stands to the claim and to the `with` article.'),
    with: articleSlug.optional(),
    note: z.string().optional(),
  },
);

export const datasetTheme = z
  .object({ slug: entrySlug, name: z.string(), summary: z.string(), description: z.string().describe('Markdown.'), passages: z.int().nonnegative(), page })
  .strict();

export const datasetThemePassage = anchoredRow('`<theme>/<n>`: the n-th passage of the theme.', { theme: entrySlug }, { quote: z.string(), note: z.string().optional() });

const eventSource = z.object({ article: articleRef, paragraph: z.int().positive(), quote: z.string() }).strict();

export const datasetEvent = z
  .object({
    slug: entrySlug,
    title: z.string(),
    kind: z.enum(eventKinds),
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).describe('As precise as the article allows: YYYY, YYYY-MM or YYYY-MM-DD.'),
    endDate: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional(),
    dateText: z.string().describe('The date as the article words it.'),
    approximate: z.boolean(),
    dateNote: z.string().optional(),
    places: z.array(entrySlug),
    people: z.array(entrySlug),
    organizations: z.array(entrySlug),
    themes: z.array(entrySlug),
    source: eventSource,
    also: z.array(eventSource),
    description: z.string(),
  })
  .strict();

export const dataset = z
  .object({
    title: z.string(),
    description: z.string(),
    license: z.object({ name: z.string(), url: z.url(), attribution: z.string() }).strict(),
    articleTexts: z.string().describe('The terms of the article texts quoted here: they belong to their publishers.'),
    readingText: z.string().describe('What the character offsets count in.'),
    articles: z.array(datasetArticle),
    entities: z.array(datasetEntity),
    mentions: z.array(datasetMention),
    claims: z.array(datasetClaim),
    evidence: z.array(datasetEvidence),
    themes: z.array(datasetTheme),
    themePassages: z.array(datasetThemePassage),
    events: z.array(datasetEvent),
  })
  .strict()
  .describe('Sightlines: the annotations of published articles on China’s surveillance state.');

export type Dataset = z.infer<typeof dataset>;
export type DatasetEntity = z.infer<typeof datasetEntity>;
export type DatasetEvent = z.infer<typeof datasetEvent>;

/** The JSON Schema (draft 2020-12) of the dataset, generated from the zod schema above. */
export function datasetJsonSchema(): Record<string, unknown> {
  return { title: 'Sightlines open data', ...z.toJSONSchema(dataset, { target: 'draft-2020-12', io: 'input' }) };
}
