import { entityKey, entityKinds, type EntityKind } from '@/lib/annotate/types';
import { getLibrary } from '@/lib/library';
import {
  articleShortName,
  backlinks,
  claimsOfEntity,
  entitySubtitle,
  findEntity,
  mentionsByArticle,
  relatedEntities,
  themesOfEntity,
} from '@/lib/entities';
import { descriptionHast } from '@/lib/render/passage';
import { label } from '@/lib/collections';
import { plural } from '@/lib/format';
import { ArticleFilter } from './ArticleFilter';
import { ExcerptSlices } from './ArticleExcerpts';
import { StaticIsland } from './StaticIsland';
import { islandName, islandsApart } from '@/lib/islands';
import { Hast } from './Hast';
import { ClaimLinks } from './ClaimLinks';
import { RecordLink } from './data/RecordLink';
import { Neighbourhood } from './graph/Neighbourhood';
import { neighbourhoodLayout } from '@/lib/graph';
import { PagedPassagesHead, PassagePager } from './PassagePages';
import { oncePerEntry, pageGroups, pageWindow, type Paged } from '@/lib/paging';
import { collectionHref, entityHref } from '@/lib/links';
import { entityRefParts, type EntityRef, type EntrySlug } from '@/lib/ids';

/**
 * The mentions of an entry by article, cut into pages, and its connections: computed once per entry and build
 * process, not once per page of passages (China has hundreds of pages at a thousand articles).
 */
type Groups = ReturnType<typeof mentionsByArticle>;
type PagedMentions = {
  groups: Groups;
  paged: Paged<Groups[number], Groups[number]['mentions'][number]>;
  side: { related: ReturnType<typeof relatedEntities>; claims: ReturnType<typeof claimsOfEntity>; themes: ReturnType<typeof themesOfEntity>; links: ReturnType<typeof backlinks> };
};
const mentionPages = oncePerEntry((lib: ReturnType<typeof getLibrary>, ref: EntityRef<EntityKind>): PagedMentions => {
  const { collection: kind, slug } = entityRefParts(ref);
  const groups = mentionsByArticle(lib, kind, slug);
  return {
    groups,
    paged: pageGroups(groups, (g) => g.mentions),
    side: { related: relatedEntities(lib, kind, slug), claims: claimsOfEntity(lib, kind, slug), themes: themesOfEntity(lib, kind, slug), links: backlinks(lib, kind, slug) },
  };
});
const pagedMentions = (lib: ReturnType<typeof getLibrary>, kind: EntityKind, slug: EntrySlug) => mentionPages(lib, entityKey(kind, slug));

/**
 * One page of an entry's passages, by article: a static island (lib/islands.ts), filled in its page after the
 * build from app/island-parts.
 */
export function EntityPassages({ kind, slug, page, filled }: { kind: EntityKind; slug: EntrySlug; page: number; filled: boolean }) {
  return (
    <StaticIsland name={islandName.passages(kind, slug, page)} filled={filled} className="mention-groups">
      <PassageGroups kind={kind} slug={slug} page={page} />
    </StaticIsland>
  );
}

/** The groups of one page of passages (worked out only where the island is filled). */
function PassageGroups({ kind, slug, page }: { kind: EntityKind; slug: EntrySlug; page: number }) {
  const { slices } = pageWindow(pagedMentions(getLibrary(), kind, slug).paged, page);
  return <ExcerptSlices slices={slices} idPrefix="h-" item={(m, i) => ({ key: i, excerpt: m.excerpt, n: m.n })} />;
}

/** Every page of passages of every place, person and organization that has passages, for the island pages. */
export function entityPassagePages(): { kind: EntityKind; slug: EntrySlug; page: number }[] {
  const lib = getLibrary();
  return entityKinds.flatMap((kind) =>
    lib[kind].flatMap((entry) => {
      const { groups, paged } = pagedMentions(lib, kind, entry.slug);
      return groups.length ? paged.pages.map((_, i) => ({ kind, slug: entry.slug, page: i + 1 })) : [];
    }),
  );
}

/**
 * The connections beside an entry's first page: its neighbourhood graph, what is named alongside it, its claims,
 * themes and the pages that link to it. A static island (lib/islands.ts), filled in its page after the build.
 */
export function EntitySide({ kind, slug, filled }: { kind: EntityKind; slug: EntrySlug; filled: boolean }) {
  const { name } = findEntity(getLibrary(), kind, slug)!.data;
  return (
    <StaticIsland as="aside" name={islandName.entitySide(kind, slug)} filled={filled} className="entity-side" aria-label={`Connections of ${name}`}>
      <Connections kind={kind} slug={slug} name={name} />
    </StaticIsland>
  );
}

/** What the connections island holds (worked out only where it is filled). */
function Connections({ kind, slug, name }: { kind: EntityKind; slug: EntrySlug; name: string }) {
  const { related, claims, themes, links } = pagedMentions(getLibrary(), kind, slug).side;
  const layout = neighbourhoodLayout(entityKey(kind, slug));
  if (!layout && !related.length && !claims.length && !themes.length && !links.length) {
    return <p className="muted">No other entry is named in the same paragraphs as {name}, and no claim, theme or other page links to it.</p>;
  }
  return (
    <>
      {layout ? <Neighbourhood id={entityKey(kind, slug)} name={name} layout={layout} /> : null}
      {related.length ? (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">Named alongside</h2>
          <ul className="link-list">
            {related.map((r) => (
              <li key={entityKey(r.kind, r.slug)}>
                <a href={entityHref(r.kind, r.slug)}>{r.name}</a>{' '}
                <span className="muted">
                  {label(r.kind, 'one')}, {plural(r.shared, 'shared paragraph')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {claims.length ? (
        <section aria-labelledby="claims-heading">
          <h2 id="claims-heading">Claims</h2>
          <ClaimLinks claims={claims} />
        </section>
      ) : null}
      {themes.length ? (
        <section aria-labelledby="themes-heading">
          <h2 id="themes-heading">Themes</h2>
          <ul className="link-list">
            {themes.map(({ theme, count }) => (
              <li key={theme.slug}>
                <a href={entityHref('themes', theme.slug)}>{theme.data.name}</a> <span className="muted">({plural(count, 'passage')})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {links.length ? (
        <section aria-labelledby="backlinks-heading">
          <h2 id="backlinks-heading">Linked from</h2>
          <ul className="link-list">
            {links.map((l) => (
              <li key={l.href}>
                <a href={l.href}>{l.label}</a> <span className="muted">({l.why})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** Every place, person and organization, for the island pages of their connections. */
export function entitySides(): { kind: EntityKind; slug: EntrySlug }[] {
  const lib = getLibrary();
  return entityKinds.flatMap((kind) => lib[kind].map((entry) => ({ kind, slug: entry.slug })));
}

/**
 * The page of one place, person or organization: who or what it is, every passage that names it, and its links.
 * With more passages than fit on one page (lib/paging.ts), `page` says which of them this page shows; every
 * page carries the count of every article.
 */
export function EntityPage({ kind, slug, extra, page = 1 }: { kind: EntityKind; slug: EntrySlug; extra?: React.ReactNode; page?: number }) {
  const lib = getLibrary();
  const entry = findEntity(lib, kind, slug)!;
  const { groups, paged } = pagedMentions(lib, kind, slug);
  const total = groups.reduce((n, g) => n + g.mentions.length, 0);
  const { pageCount } = pageWindow(paged, page);
  // Other spellings, once each: an alias that differs from the name (or another alias) only in case is not one.
  const fold = (text: string) => text.toLocaleLowerCase('en');
  const aliases = [
    ...new Map(
      entry.data.aliases
        .map((a) => (typeof a === 'string' ? a : a.text))
        .filter((a) => fold(a) !== fold(entry.data.name))
        .map((a) => [fold(a), a]),
    ).values(),
  ];

  return (
    <article className="page wide entity-page" aria-labelledby="entity-name">
      <header className="entity-header">
        <p className="kicker">
          <a href={collectionHref(kind)}>{label(kind, 'Many')}</a> · {entitySubtitle(kind, entry)}
        </p>
        <h1 id="entity-name">{entry.data.name}</h1>
        <p className="entity-counts">
          {plural(total, 'mention')} in {plural(groups.length, 'article')}
          {aliases.length ? <> · also written {aliases.map((a) => `“${a}”`).join(', ')}</> : null}
        </p>
        <p className="entity-record">
          <RecordLink collection={kind} slug={slug} />
        </p>
      </header>
      <div className="entity-layout">
        <div className="entity-main">
          {page === 1 ? (
            // Later pages of passages leave the description to the first page, as they leave the connections.
            <div className="description">
              <Hast tree={descriptionHast(entry.body)} />
            </div>
          ) : null}
          {extra}
          <section aria-labelledby="mentions-heading">
            <h2 id="mentions-heading">Where the articles mention {entry.data.name}</h2>
            {groups.length === 0 ? (
              <p>The articles name {entry.data.name} only in their bylines and publication details.</p>
            ) : (
              <>
                <PagedPassagesHead collection={kind} slug={slug} paged={paged} page={page} articleOf={(g) => g.article} what="Passages" pagerLabel="Pages of passages" />
                {pageCount === 1 && groups.length > 1 ? (
                  <ArticleFilter
                    label="Show passages from"
                    allAnchor="mentions-heading"
                    articles={groups.map((g) => ({ slug: g.article.slug, name: articleShortName(g.article), count: g.mentions.length }))}
                  />
                ) : null}
                <EntityPassages kind={kind} slug={slug} page={page} filled={!islandsApart()} />
                {pageCount > 1 ? <PassagePager collection={kind} slug={slug} page={page} count={pageCount} label="Pages of passages, again" /> : null}
              </>
            )}
          </section>
        </div>
        {page > 1 ? (
          // Later pages of passages leave the connections to the first page: on every page they made up half of it.
          <aside className="entity-side" aria-label={`Connections of ${entry.data.name}`}>
            <p>
              <a href={entityHref(kind, slug)}>{entry.data.name}</a>: who or what it is, its map of connections, the entries named
              alongside it, its claims and themes are on its first page.
            </p>
          </aside>
        ) : (
          <EntitySide kind={kind} slug={slug} filled={!islandsApart()} />
        )}
      </div>
    </article>
  );
}
