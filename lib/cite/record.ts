import { z } from 'zod';
import type { ArticleFrontMatter } from '../content/schema';

/**
 * An article's bibliographic record as CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html),
 * derived from its front matter and validated: the one description of the original publication from which the
 * citations (./engine.ts), the reference-manager files (./export.ts) and the article page's citation_* meta
 * tags are all made.
 */
export const cslRecordSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    type: z.enum(['article-magazine', 'article-newspaper', 'webpage']),
    title: z.string().min(1),
    'container-title': z.string().min(1),
    author: z.array(z.object({ family: z.string().min(1), given: z.string().min(1) }).strict()).optional(),
    issued: z.object({ 'date-parts': z.tuple([z.tuple([z.number().int(), z.number().int().min(1).max(12), z.number().int().min(1).max(31)])]) }).strict(),
    URL: z.url().optional(),
    language: z.literal('en'),
  })
  .strict();
export type CslRecord = z.infer<typeof cslRecordSchema>;

const cslTypes = { magazine: 'article-magazine', newspaper: 'article-newspaper', website: 'webpage' } as const;

/** "Charlie Campbell" → { given: "Charlie", family: "Campbell" } (the family name is the last word). */
export function splitName(name: string): { family: string; given: string } {
  const words = name.trim().split(/\s+/);
  return { family: words.at(-1)!, given: words.slice(0, -1).join(' ') };
}

type Citable = Pick<ArticleFrontMatter, 'slug' | 'title' | 'outlet' | 'authors' | 'published' | 'url' | 'citation'>;

/** The article's CSL-JSON record; throws, naming the article and the field, when it cannot be made. */
export function cslRecord(article: Citable): CslRecord {
  const [y, m, d] = article.published.split('-').map(Number);
  const record = {
    id: article.slug,
    type: cslTypes[article.citation?.type ?? 'website'],
    title: article.citation?.title ?? article.title,
    'container-title': article.citation?.containerTitle ?? article.outlet,
    ...(article.authors.length ? { author: article.authors.map(splitName) } : {}),
    issued: { 'date-parts': [[y, m, d]] },
    ...(article.url ? { URL: article.url } : {}),
    language: 'en',
  };
  const parsed = cslRecordSchema.safeParse(record);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ');
    throw new Error(`articles → ${article.slug}: its citation record (CSL-JSON) is not valid: ${problems}`);
  }
  return parsed.data;
}
