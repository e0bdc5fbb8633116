/**
 * Passage ids (`p-12`) and passage refs (`nyt-dystopian-dreams#p-12`). They need only the slug rule (./slugs.ts),
 * so the browser code that names a passage brings in nothing else (lib/ids/index.ts is the vocabulary).
 */
import { isArticleSlug, type ArticleSlug, type Brand } from './slugs';

export type PassageId = Brand<'PassageId'>;
export type PassageRef = Brand<'PassageRef'>;

/** `p-12`: the id of a passage's element in its article. */
export const passageId = (n: number) => `p-${n}` as PassageId;
/** The number of `p-12`, or null. */
export function parsePassageId(value: unknown): number | null {
  const match = typeof value === 'string' ? /^p-([1-9]\d{0,5})$/.exec(value) : null;
  return match ? Number(match[1]) : null;
}
export const isPassageId = (value: unknown): value is PassageId => parsePassageId(value) !== null;

/** `nyt-dystopian-dreams#p-12`. */
export const passageRef = (article: ArticleSlug, id: PassageId) => `${article}#${id}` as PassageRef;
/** The article and passage number of `nyt-dystopian-dreams#p-12`, or null. */
export function parsePassageRef(value: unknown): { article: ArticleSlug; n: number } | null {
  if (typeof value !== 'string') return null;
  const hash = value.indexOf('#');
  const article = value.slice(0, hash);
  const n = parsePassageId(value.slice(hash + 1));
  return hash > 0 && isArticleSlug(article) && n !== null ? { article, n } : null;
}
export const isPassageRef = (value: unknown): value is PassageRef => parsePassageRef(value) !== null;
