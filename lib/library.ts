import { loadLibrary, type Library } from './content/load';

let cached: Library | undefined;

/** The site's content, loaded and checked once per build process. Routes call this; nothing else reads files. */
export function getLibrary(): Library {
  cached ??= loadLibrary();
  return cached;
}

export function getArticle(slug: string) {
  return getLibrary().articles.find((a) => a.slug === slug);
}
