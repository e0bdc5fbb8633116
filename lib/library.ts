import { annotateLibrary } from './annotate';
import type { AnnotatedLibrary } from './annotate/types';
import { oncePerProcessFor } from './build-cache';
import { defaultContentDir, loadLibrary } from './content/load';
import { articleOf } from './entities';
import { listNames, numberWords } from './format';
import { parseArticleSlug, type ArticleSlug } from './ids';

/**
 * The site's content, loaded, checked and annotated once per build process (lib/build-cache.ts: the pages and the
 * route handlers share it). Routes call this; nothing else reads content files. A content problem throws here and
 * fails the build with every problem listed.
 */
export function getLibrary(): AnnotatedLibrary {
  const dir = defaultContentDir();
  return oncePerProcessFor('library', dir, () => annotateLibrary(loadLibrary(dir)));
}

/** The same library; the name says that mentions and quotes are resolved. */
export const getAnnotatedLibrary = getLibrary;

export function getArticle(slug: ArticleSlug) {
  return articleOf(getLibrary(), slug);
}

/** The article a URL segment names, or undefined (a segment not shaped like a slug names none). */
export function getArticleByParam(segment: string) {
  const slug = parseArticleSlug(segment);
  return slug ? getArticle(slug) : undefined;
}

/** How page text counts the articles, from the content: "four" (in words below a hundred, in digits above). */
export const articleCountWords = () => numberWords(getLibrary().articles.length);

/**
 * The outlets the articles come from, in publication order, each once: "The New York Times, TIME and TODAY";
 * past five, a count instead ("12 outlets"), so that the sentence reads right with a thousand articles.
 */
export function outletsPhrase(): string {
  const outlets = [...new Set(getLibrary().articles.map((a) => a.outlet))];
  return outlets.length <= 5 ? listNames(outlets) : `${numberWords(outlets.length)} outlets`;
}
