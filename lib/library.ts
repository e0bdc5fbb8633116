import { annotateLibrary } from './annotate';
import type { AnnotatedLibrary } from './annotate/types';
import { loadLibrary } from './content/load';

let cached: AnnotatedLibrary | undefined;

/**
 * The site's content, loaded, checked and annotated once per build process. Routes call this; nothing else
 * reads content files. A content problem throws here and fails the build with every problem listed.
 */
export function getLibrary(): AnnotatedLibrary {
  cached ??= annotateLibrary(loadLibrary());
  return cached;
}

/** The same library; the name says that mentions and quotes are resolved. */
export const getAnnotatedLibrary = getLibrary;

export function getArticle(slug: string) {
  return getLibrary().articles.find((a) => a.slug === slug);
}
