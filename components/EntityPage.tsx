import type { EntityKind } from '@/lib/annotate/types';
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
import { formatDate, plural } from '@/lib/format';
import { ArticleFilter } from './ArticleFilter';
import { Excerpt } from './Excerpt';
import { Hast } from './Hast';
import { ClaimLinks } from './ClaimLinks';
import { articleHref, collectionHref, entityHref, passageHref } from '@/lib/links';

/** The page of one place, person or organization: who or what it is, every passage that names it, and its links. */
export function EntityPage({ kind, slug, extra }: { kind: EntityKind; slug: string; extra?: React.ReactNode }) {
  const lib = getLibrary();
  const entry = findEntity(lib, kind, slug)!;
  const groups = mentionsByArticle(lib, kind, slug);
  const total = groups.reduce((n, g) => n + g.mentions.length, 0);
  const related = relatedEntities(lib, kind, slug);
  const claims = claimsOfEntity(lib, kind, slug);
  const themes = themesOfEntity(lib, kind, slug);
  const links = backlinks(lib, kind, slug);
  const aliases = entry.data.aliases.map((a) => (typeof a === 'string' ? a : a.text)).filter((a) => a !== entry.data.name);

  return (
    <article className="page wide entity-page" aria-labelledby="entity-name">
      <header className="entity-header">
        <p className="kicker">
          <a href={collectionHref(kind)}>{label(kind, 'Many')}</a> · {entitySubtitle(kind, entry)}
        </p>
        <h1 id="entity-name">{entry.data.name}</h1>
        <p className="entity-counts">
          {plural(total, 'mention')} in {plural(groups.length, 'article')}
          {aliases.length ? <> · also written {[...new Set(aliases)].map((a) => `“${a}”`).join(', ')}</> : null}
        </p>
      </header>
      <div className="entity-layout">
        <div className="entity-main">
          <div className="description">
            <Hast tree={descriptionHast(entry.body)} />
          </div>
          {extra}
          <section aria-labelledby="mentions-heading">
            <h2 id="mentions-heading">Where the articles mention {entry.data.name}</h2>
            {groups.length === 0 ? (
              <p>The articles name {entry.data.name} only in their bylines and publication details.</p>
            ) : (
              <>
                {groups.length > 1 ? (
                  <ArticleFilter
                    label="Show passages from"
                    articles={groups.map((g) => ({ slug: g.article.slug, name: articleShortName(g.article), count: g.mentions.length }))}
                  />
                ) : null}
                {groups.length > 1 ? (
                  <nav aria-label="Jump to an article" className="jump">
                    <ul>
                      {groups.map((g) => (
                        <li key={g.article.slug}>
                          <a href={`#in-${g.article.slug}`}>
                            {articleShortName(g.article)} ({g.mentions.length})
                          </a>
                        </li>
                      ))}
                    </ul>
                  </nav>
                ) : null}
                {groups.map((group) => (
                  <section key={group.article.slug} id={`in-${group.article.slug}`} className="mention-group" aria-labelledby={`h-${group.article.slug}`}>
                    <h3 id={`h-${group.article.slug}`}>
                      {group.article.outlet}: <a href={articleHref(group.article.slug)}>{group.article.title}</a>{' '}
                      <span className="muted">({formatDate(group.article.published)})</span>
                    </h3>
                    <ol className="excerpts">
                      {group.mentions.map((m, i) => (
                        <li key={i}>
                          <blockquote>
                            <p>
                              <Excerpt excerpt={m.excerpt} />
                            </p>
                          </blockquote>
                          <a href={passageHref(m.article, m.n)} className="passage-link">
                            {articleShortName(group.article)} ¶{m.n}
                            <span className="visually-hidden">: read the paragraph in the article</span>
                          </a>
                        </li>
                      ))}
                    </ol>
                  </section>
                ))}
              </>
            )}
          </section>
        </div>
        <aside className="entity-side" aria-label={`Connections of ${entry.data.name}`}>
          {related.length ? (
            <section aria-labelledby="related-heading">
              <h2 id="related-heading">Named alongside</h2>
              <ul className="link-list">
                {related.map((r) => (
                  <li key={`${r.kind}/${r.slug}`}>
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
        </aside>
      </div>
    </article>
  );
}
