/**
 * Article and entry slugs, with the brand every id carries. No import at run time: browser code that checks a
 * slug brings in only this (lib/ids/index.ts is the vocabulary).
 */
declare const brand: unique symbol;
/** A string that only a parser or an encoder below can make. */
export type Brand<B extends string> = string & { readonly [brand]: B };

export type ArticleSlug = Brand<'ArticleSlug'>;
export type EntrySlug = Brand<'EntrySlug'>;

/** Slugs are file names and URL segments: lower-case ASCII words joined by hyphens. The one spelling of the rule. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const isSlug = (value: unknown): value is string => typeof value === 'string' && slugPattern.test(value);
export const isArticleSlug = (value: unknown): value is ArticleSlug => isSlug(value);
export const isEntrySlug = (value: unknown): value is EntrySlug => isSlug(value);

/** An article slug from outside (a URL, JSON, front matter), or null when it is not shaped like one. */
export const parseArticleSlug = (value: unknown): ArticleSlug | null => (isArticleSlug(value) ? value : null);
export const parseEntrySlug = (value: unknown): EntrySlug | null => (isEntrySlug(value) ? value : null);
