import type { Library } from '../content/load';
import type { Evidence } from '../content/schema';
import type { EntityKind } from '../collections';
import { entityRef, passageRef, type ArticleSlug, type EntityRef, type EntrySlug, type PassageId, type PassageRef } from '../ids';

export { entityKinds, type EntityKind } from '../collections';

/** Where a quote or a mention sits: an article's passage and a character range of its plain text. */
export type TextRange = { article: ArticleSlug; passageId: PassageId; n: number; start: number; end: number };

/** One occurrence of an entity's alias in a passage (stand-off: the article text carries no markup). */
export type Mention = TextRange & { kind: EntityKind; slug: EntrySlug; text: string };

/** Words an entry's `notMentions` claimed in a passage: an alias occurs inside them, but they do not mention it. */
export type NotMention = TextRange & { kind: EntityKind; slug: EntrySlug; text: string };

export type ResolvedEvidence = Evidence & { range: TextRange };
/** A piece of evidence's own fields as the data files write them (lib/data, lib/reading-list): its quote and relation, and `with` and `note` when it has them. */
export const evidenceFields = (e: ResolvedEvidence) => ({ quote: e.quote, relation: e.relation, ...(e.with ? { with: e.with } : {}), ...(e.note ? { note: e.note } : {}) });
export type ResolvedThemePassage = { article: ArticleSlug; quote: string; note?: string; range: TextRange };

/** The library with every mention found and every quote anchored; built once per build. */
export type AnnotatedLibrary = Library & {
  mentions: Mention[];
  /** key: `${article}#${passageId}` */
  mentionsByPassage: Map<PassageRef, Mention[]>;
  /** key: `${kind}/${slug}` */
  mentionsByEntity: Map<EntityRef<EntityKind>, Mention[]>;
  /** article slug → its mentions, in document order */
  mentionsByArticle: Map<ArticleSlug, Mention[]>;
  /** key: `${article}#${passageId}` → words an entry's `notMentions` claimed there (an alias inside a title) */
  notMentionsByPassage: Map<PassageRef, NotMention[]>;
  /** claim slug → its evidence with the anchored range */
  evidenceByClaim: Map<EntrySlug, ResolvedEvidence[]>;
  /** theme slug → its passages with the anchored range */
  passagesByTheme: Map<EntrySlug, ResolvedThemePassage[]>;
  /** key: `${article}#${passageId}` → claim slugs whose evidence lies in that passage */
  claimsByPassage: Map<PassageRef, EntrySlug[]>;
};

/** One spelling of each key: lib/ids. */
export const passageKey = passageRef;
export const entityKey = entityRef;

/** Adds a value to the list kept under a key, starting the list if need be (how every grouping above is built). */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
