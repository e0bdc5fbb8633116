import { z } from 'zod';
import { refPattern, slugPattern, type ArticleSlug, type EntityRef, type EntrySlug } from '../ids';

/**
 * Slug text: file names and URL segments (the pattern is lib/ids's). Unbranded, for schemas that describe
 * output rather than read content (the open data's JSON Schema, lib/data/schema.ts, is generated from them).
 */
export const slug = z.string().regex(slugPattern, 'a lower-case slug such as "chongqing" or "wu-fuchun"');
/**
 * The same text read from content, carrying its brand (lib/ids): the boundary where an article's slug becomes
 * an `ArticleSlug` and an entry's an `EntrySlug`, so the type checker keeps the two apart from here on.
 */
export const articleSlug = slug.transform((value) => value as ArticleSlug);
export const entrySlug = slug.transform((value) => value as EntrySlug);

/** YAML turns an unquoted 2018-07-08 into a Date; accept it, but always hand on an ISO date string. */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.iso.date('an ISO date such as 2018-07-08'),
);

export const removal = z
  .object({
    text: z.string().min(1),
    reason: z.string().min(1),
    /** How many whole-line occurrences of `text` (from the top of the source) were taken out. */
    count: z.number().int().positive().default(1),
  })
  .strict();

export const articleFrontMatter = z
  .object({
    slug: articleSlug,
    title: z.string().min(1),
    titleNote: z.string().min(1).optional(),
    printTitle: z.string().min(1).optional(),
    dek: z.string().min(1).optional(),
    outlet: z.string().min(1),
    outletSlug: entrySlug,
    authors: z.array(z.string().min(1)),
    authorsNote: z.string().min(1).optional(),
    published: isoDate,
    dateNote: z.string().min(1).optional(),
    sourceFile: z.string().regex(/^[\w.-]+\.txt$/, 'a file name in ../shared/sources such as 000_x.txt'),
    url: z.url().optional(),
    otherUrls: z.array(z.object({ label: z.string().min(1), url: z.url() }).strict()).default([]),
    print: z.string().min(1).optional(),
    summary: z.string().min(1),
    readingMinutes: z.number().int().positive(),
    editorialNote: z.string().min(1).optional(),
    removed: z.array(removal),
    /**
     * How citations describe the original publication (lib/cite/record.ts builds its CSL-JSON record from this
     * and the fields above): the kind of publication, the title in sentence case (CSL styles turn it into
     * title case where they want it; APA keeps sentence case), and the publication's name when it differs
     * from `outlet`.
     */
    citation: z
      .object({
        type: z.enum(['magazine', 'newspaper', 'website']),
        title: z.string().min(1).optional(),
        containerTitle: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** An alias is a spelling that occurs in the reading text; the object form limits it to some articles. */
export const alias = z.union([
  z.string().min(1),
  z
    .object({
      text: z.string().min(1),
      articles: z.array(articleSlug).min(1).optional(),
      caseInsensitive: z.boolean().optional(),
    })
    .strict(),
]);

const entityBase = {
  name: z.string().min(1),
  aliases: z.array(alias).min(1),
  /**
   * Longer words that contain one of the aliases but do not mention the entry (a title: the film “Amazing China”,
   * the job title “China Director”). They claim their words as an alias would, so no alias matches inside them.
   */
  notMentions: z.array(alias).optional(),
};

export const placeKinds = ['country', 'region', 'city', 'district', 'site'] as const;
export const placeFrontMatter = z
  .object({
    ...entityBase,
    kind: z.enum(placeKinds),
    coordinates: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).strict().optional(),
    within: entrySlug.optional(),
  })
  .strict();

export const involvements = ['quoted', 'reported-on', 'author', 'contributor', 'photographer', 'referred-to'] as const;
export const personFrontMatter = z
  .object({
    ...entityBase,
    role: z.string().min(1),
    affiliation: entrySlug.nullable().optional(),
    involvement: z.array(z.enum(involvements)).min(1),
  })
  .strict();

export const organizationKinds = [
  'company',
  'agency',
  'program',
  'outlet',
  'ngo',
  'research',
  'university',
  'party',
  'government',
  'other',
] as const;
export const organizationFrontMatter = z
  .object({ ...entityBase, kind: z.enum(organizationKinds) })
  .strict();

/** A Web Annotation style TextQuoteSelector: exact text, with optional context to make it unique. */
export const quoteSelector = {
  article: articleSlug,
  quote: z.string().min(1),
  prefix: z.string().min(1).optional(),
  suffix: z.string().min(1).optional(),
};

export const themeFrontMatter = z
  .object({
    name: z.string().min(1),
    summary: z.string().min(1),
    passages: z.array(z.object({ ...quoteSelector, note: z.string().min(1).optional() }).strict()).min(1),
  })
  .strict();

export const relations = ['reports', 'agrees', 'differs', 'qualifies'] as const;
/** Who makes a claim: `people/<slug>` or `organizations/<slug>` (lib/ids spells the key). */
export const makerCollections = ['people', 'organizations'] as const;
export type Maker = EntityRef<(typeof makerCollections)[number]>;
export const entityRef = z
  .string()
  .regex(refPattern(makerCollections), 'people/<slug> or organizations/<slug>')
  .transform((value) => value as Maker);

export const evidence = z
  .object({
    ...quoteSelector,
    relation: z.enum(relations),
    with: articleSlug.optional(),
    note: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.relation !== 'reports' && !value.with) {
      ctx.addIssue({ code: 'custom', path: ['with'], message: `"${value.relation}" needs "with": the article it relates to` });
    }
    if (value.relation !== 'reports' && !value.note?.trim()) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: `"${value.relation}" needs a note naming the words that make it ${value.relation === 'agrees' ? 'agree' : value.relation === 'differs' ? 'differ' : 'qualify'} (content/README.md, Relations)`,
      });
    }
  });

export const claimFrontMatter = z
  .object({
    statement: z.string().min(1),
    madeBy: z.array(entityRef).min(1),
    /** A maker that relays unnamed sources, and who they are: { "organizations/time": "former workers" }. */
    citing: z.record(entityRef, z.string().trim().min(1)).optional(),
    themes: z.array(entrySlug).default([]),
    evidence: z.array(evidence).min(1),
  })
  .strict()
  .superRefine((value, ctx) => {
    for (const ref of Object.keys(value.citing ?? {})) {
      if (!value.madeBy.some((maker) => maker === ref)) {
        ctx.addIssue({ code: 'custom', path: ['citing', ref], message: `"${ref}" cites sources but is not in madeBy` });
      }
    }
  });

export type Removal = z.infer<typeof removal>;
export type ArticleFrontMatter = z.infer<typeof articleFrontMatter>;
export type Alias = z.infer<typeof alias>;
export type PlaceFrontMatter = z.infer<typeof placeFrontMatter>;
export type PersonFrontMatter = z.infer<typeof personFrontMatter>;
export type OrganizationFrontMatter = z.infer<typeof organizationFrontMatter>;
export type ThemeFrontMatter = z.infer<typeof themeFrontMatter>;
export type ClaimFrontMatter = z.infer<typeof claimFrontMatter>;
export type Evidence = z.infer<typeof evidence>;
export type Relation = (typeof relations)[number];
