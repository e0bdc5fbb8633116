import { entityRef, parseEntityRef, type EntityRef } from './ids';

/**
 * The inverse of `entityHref` (lib/links.ts): the entry an entry page's address names. Apart from lib/links.ts
 * because it needs the collection registry (to know a collection when it reads one), which the pages' first-load
 * code does not carry: only the code fetched on first use (the mention cards) imports this.
 */

/** The entry an address made by `entityHref` names ("places/china" for "/places/china"), or null for any other. */
export function entityRefOfHref(href: string | null): EntityRef | null {
  const match = /^\/([^/?#]+)\/([^/?#]+)$/.exec(href ?? '');
  if (!match) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(match[2]!);
  } catch {
    return null;
  }
  const ref = parseEntityRef(`${match[1]}/${slug}`);
  return ref ? entityRef(ref.collection, ref.slug) : null;
}
