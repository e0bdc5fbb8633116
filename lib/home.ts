import type { AnnotatedLibrary, EntityKind } from './annotate/types';
import { entityKey } from './annotate/types';
import type { EntrySlug } from './ids';
import { themeThread } from './themes';

/** How many times the articles mention an entity. */
export const mentionCount = (lib: AnnotatedLibrary, kind: EntityKind, slug: EntrySlug) => lib.mentionsByEntity.get(entityKey(kind, slug))?.length ?? 0;

/**
 * What the home page leads with: places by mentions, the people the articles quote by mentions (a tie by name),
 * themes by the length of their thread, and the claims the articles dispute (some evidence differs or qualifies).
 */
export function homeHighlights(lib: AnnotatedLibrary) {
  const byMentions = (kind: EntityKind) => (a: { slug: EntrySlug; data: { name: string } }, b: typeof a) =>
    mentionCount(lib, kind, b.slug) - mentionCount(lib, kind, a.slug) || a.data.name.localeCompare(b.data.name);
  return {
    places: [...lib.places].sort(byMentions('places')),
    people: lib.people.filter((p) => p.data.involvement.includes('quoted')).sort(byMentions('people')),
    themes: [...lib.themes].sort((a, b) => themeThread(lib, b.slug).length - themeThread(lib, a.slug).length),
    disputed: lib.claims.filter((c) => (lib.evidenceByClaim.get(c.slug) ?? []).some((e) => e.relation === 'differs' || e.relation === 'qualifies')),
  };
}
