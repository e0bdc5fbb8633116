import { ContentError, type ContentProblem } from '../content/errors';
import type { Library } from '../content/load';
import { entityRefParts, type ArticleSlug, type EntityRef, type EntrySlug, type PassageRef } from '../ids';
import { aliasMatcher, findMentions, indexMatchers, notMentionMatcher, type AliasMatcher } from './mentions';
import { findQuote } from './quotes';
import {
  entityKey,
  entityKinds,
  passageKey,
  push,
  type AnnotatedLibrary,
  type EntityKind,
  type Mention,
  type NotMention,
  type ResolvedEvidence,
  type ResolvedThemePassage,
} from './types';

/**
 * Finds every mention and anchors every quote, and checks every reference between entries. All problems are
 * collected and thrown together as one ContentError that names each file.
 */
export function annotateLibrary(library: Library): AnnotatedLibrary {
  const problems: ContentProblem[] = [];
  const articleSlugs = new Set(library.articles.map((a) => a.slug));
  const slugsOf = { places: new Set(library.places.map((e) => e.slug)), people: new Set(library.people.map((e) => e.slug)), organizations: new Set(library.organizations.map((e) => e.slug)) };
  const themeSlugs = new Set(library.themes.map((t) => t.slug));
  const articleRef = (collection: string, file: string, field: string, slug: ArticleSlug | undefined) => {
    if (slug !== undefined && !articleSlugs.has(slug)) {
      problems.push({ code: 'unknown-article', collection, file, field, message: `expected one of the article slugs (${[...articleSlugs].join(', ')}); found "${slug}"` });
    }
  };

  // Mentions, from every alias of every place, person and organization.
  const matchers: AliasMatcher[] = [];
  const notMentionFields = new Map<AliasMatcher, string>();
  for (const kind of entityKinds) {
    for (const entry of library[kind]) {
      entry.data.aliases.forEach((alias, i) => {
        const matcher = aliasMatcher(kind, entry.slug, entry.file, alias);
        matcher.articles?.forEach((slug) => articleRef(kind, entry.file, `aliases.${i}.articles`, slug));
        matchers.push(matcher);
      });
      // Longer words that contain an alias but do not mention the entry (a title such as “Amazing China”).
      entry.data.notMentions?.forEach((words, i) => {
        const matcher = notMentionMatcher(kind, entry.slug, entry.file, words);
        matcher.articles?.forEach((slug) => articleRef(kind, entry.file, `notMentions.${i}.articles`, slug));
        const aliases = entry.data.aliases.map((a) => aliasMatcher(kind, entry.slug, entry.file, a));
        const containsAlias = aliases.some((a) => a.text !== matcher.text && matcher.text.match(a.pattern) !== null);
        if (!containsAlias) {
          const spellings = aliases.map((a) => `"${a.text}"`).join(', ');
          problems.push({ code: 'field', collection: kind, file: entry.file, field: `notMentions.${i}`, message: `expected longer words that contain one of the entry’s aliases (${spellings}); found "${matcher.text}"` });
          return;
        }
        notMentionFields.set(matcher, `notMentions.${i}`);
        matchers.push(matcher);
      });
    }
  }
  const mentions: Mention[] = [];
  const notMentions: NotMention[] = [];
  const conflicted = new Set<string>();
  const matcherIndex = indexMatchers(matchers);
  for (const article of library.articles) {
    const found = findMentions(article.slug, article.structure.passages, matcherIndex);
    mentions.push(...found.mentions);
    notMentions.push(...found.notMentions);
    for (const c of found.conflicts) {
      c.files.forEach((file) => conflicted.add(file));
      problems.push({
        code: 'alias-conflict',
        collection: 'entities',
        file: `${c.files[0]} and ${c.files[1]}`,
        field: 'aliases',
        message: `both claim "${c.text}" in ${c.article} ${c.passageId}; expected one entry per words (scope one alias with "articles:")`,
      });
    }
  }
  // A notMentions entry that claims nothing has gone stale (the words changed or were never there).
  for (const [matcher, field] of notMentionFields) {
    const used = notMentions.some((n) => n.kind === matcher.kind && n.slug === matcher.slug && n.text === matcher.text);
    if (!used) problems.push({ code: 'unmentioned', collection: matcher.kind, file: matcher.file, field, message: `expected words that occur in the articles; found none for "${matcher.text}"` });
  }
  const notMentionsByPassage = new Map<PassageRef, NotMention[]>();
  for (const n of notMentions) push(notMentionsByPassage, passageKey(n.article, n.passageId), n);
    const mentionsByPassage = new Map<PassageRef, Mention[]>();
  const mentionsByEntity = new Map<EntityRef<EntityKind>, Mention[]>();
  const mentionsByArticle = new Map<ArticleSlug, Mention[]>();
  for (const m of mentions) {
    push(mentionsByPassage, passageKey(m.article, m.passageId), m);
    push(mentionsByEntity, entityKey(m.kind, m.slug), m);
    push(mentionsByArticle, m.article, m);
  }

  // Entries named by an article's own metadata (its outlet, its authors) count as mentioned.
  const outlets = new Set(library.articles.map((a) => a.outletSlug));
  const authors = new Set(library.articles.flatMap((a) => a.authors));
  const namedByMetadata = (kind: EntityKind, slug: EntrySlug, name: string) =>
    (kind === 'organizations' && outlets.has(slug)) || (kind === 'people' && authors.has(name));
  for (const kind of entityKinds) {
    for (const entry of library[kind]) {
      const mentioned = mentionsByEntity.has(entityKey(kind, entry.slug)) || conflicted.has(entry.file);
      if (!mentioned && !namedByMetadata(kind, entry.slug, entry.data.name)) {
        const spellings = entry.data.aliases.map((a) => `"${typeof a === 'string' ? a : a.text}"`).join(', ');
        problems.push({ code: 'unmentioned', collection: kind, file: entry.file, field: 'aliases', message: `expected at least one mention in the articles; found none for ${spellings}` });
      }
    }
  }

  // References between entries.
  for (const article of library.articles) {
    if (!slugsOf.organizations.has(article.outletSlug)) {
      problems.push({ code: 'unknown-entry', collection: 'articles', file: article.file, field: 'outletSlug', message: `expected an organization slug; found "${article.outletSlug}", which has no file in content/organizations` });
    }
  }
  for (const place of library.places) {
    if (place.data.within && !slugsOf.places.has(place.data.within)) {
      problems.push({ code: 'unknown-entry', collection: 'places', file: place.file, field: 'within', message: `expected a place slug; found "${place.data.within}", which has no file in content/places` });
    }
  }
  for (const person of library.people) {
    const affiliation = person.data.affiliation;
    if (affiliation && !slugsOf.organizations.has(affiliation)) {
      problems.push({ code: 'unknown-entry', collection: 'people', file: person.file, field: 'affiliation', message: `expected an organization slug; found "${affiliation}", which has no file in content/organizations` });
    }
  }

  // Claims: who makes them, their themes, and their evidence anchored by exact quote.
  const passagesOf = new Map(library.articles.map((a) => [a.slug, a.structure.passages]));
  const evidenceByClaim = new Map<EntrySlug, ResolvedEvidence[]>();
  const claimsByPassage = new Map<PassageRef, EntrySlug[]>();
  for (const claim of library.claims) {
    const { file } = claim;
    claim.data.madeBy.forEach((ref, i) => {
      const { collection: kind, slug } = entityRefParts(ref);
      if (!slugsOf[kind].has(slug)) problems.push({ code: 'unknown-entry', collection: 'claims', file, field: `madeBy.${i}`, message: `expected an existing ${kind} entry; found "${ref}", which has no file` });
    });
    claim.data.themes.forEach((slug, i) => {
      if (!themeSlugs.has(slug)) problems.push({ code: 'unknown-entry', collection: 'claims', file, field: `themes.${i}`, message: `expected a theme slug; found "${slug}", which has no file in content/themes` });
    });
    const reporting = new Set(claim.data.evidence.map((e) => e.article));
    const resolved: ResolvedEvidence[] = [];
    claim.data.evidence.forEach((evidence, i) => {
      const field = `evidence.${i}`;
      if (!articleSlugs.has(evidence.article)) return articleRef('claims', file, `${field}.article`, evidence.article);
      if (evidence.with !== undefined && (!reporting.has(evidence.with) || evidence.with === evidence.article)) {
        problems.push({ code: 'unknown-article', collection: 'claims', file, field: `${field}.with`, message: `expected another article of this claim's evidence (${[...reporting].filter((s) => s !== evidence.article).join(', ') || 'none'}); found "${evidence.with}"` });
      }
      const result = findQuote(evidence.article, passagesOf.get(evidence.article)!, evidence);
      if (!result.ok) return problems.push({ code: 'quote', collection: 'claims', file, field: `${field}.quote`, message: result.message });
      resolved.push({ ...evidence, range: result.range });
      const key = passageKey(evidence.article, result.range.passageId);
      if (!claimsByPassage.get(key)?.includes(claim.slug)) push(claimsByPassage, key, claim.slug);
    });
    evidenceByClaim.set(claim.slug, resolved);
  }

  // Themes: their passages, anchored the same way.
  const passagesByTheme = new Map<EntrySlug, ResolvedThemePassage[]>();
  for (const theme of library.themes) {
    const resolved: ResolvedThemePassage[] = [];
    theme.data.passages.forEach((selector, i) => {
      if (!articleSlugs.has(selector.article)) return articleRef('themes', theme.file, `passages.${i}.article`, selector.article);
      const result = findQuote(selector.article, passagesOf.get(selector.article)!, selector);
      if (!result.ok) return problems.push({ code: 'quote', collection: 'themes', file: theme.file, field: `passages.${i}.quote`, message: result.message });
      resolved.push({ article: selector.article, quote: selector.quote, note: selector.note, range: result.range });
    });
    passagesByTheme.set(theme.slug, resolved);
  }

  if (problems.length) throw new ContentError(problems);
  return { ...library, mentions, mentionsByPassage, mentionsByEntity, mentionsByArticle, notMentionsByPassage, evidenceByClaim, passagesByTheme, claimsByPassage };
}
