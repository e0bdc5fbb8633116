import { Excerpt } from '@/components/Excerpt';
import { Hast } from '@/components/Hast';
import { AddToReadingList } from '@/components/reading-list/AddToReadingList';
import { RecordLink } from '@/components/data/RecordLink';
import { SourcesCiteBox } from '@/components/SourcesCiteBox';
import { claimSummary } from '@/lib/claims';
import { articleShortName } from '@/lib/entities';
import { formatDate, plural } from '@/lib/format';
import { articleCountWords, getLibrary } from '@/lib/library';
import { descriptionHast } from '@/lib/render/passage';
import { findThemeByParam, themeSources } from '@/lib/themes';
import { slugRoute, type SlugProps } from '@/components/slug-route';
import { articleHref, collectionHref, entityHref, passageHref, themeReadHref } from '@/lib/links';

const route = slugRoute(() => getLibrary().themes, (segment) => findThemeByParam(getLibrary(), segment), (theme) => ({
  title: `Theme: ${theme.data.name}`,
  description: `${theme.data.summary} Traced passage by passage across the ${articleCountWords()} articles.`,
}));
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function ThemePage(props: SlugProps) {
  const lib = getLibrary();
  const theme = await route.entry(props);
  const { passages, articles, claims } = themeSources(lib, theme);
  return (
    <article className="page wide theme-page" aria-labelledby="theme-name">
      <header>
        <p className="kicker">
          <a href={collectionHref('themes')}>Themes</a>
        </p>
        <h1 id="theme-name">{theme.data.name}</h1>
        <p className="lede">{theme.data.summary}</p>
        <p className="article-actions">
          <AddToReadingList item={{ type: 'theme', slug: theme.slug }} label="this theme" />
        </p>
        {/* Its own line: the reading-list button appears only once the page is interactive, and must move nothing. */}
        <p className="record-line">
          <a className="thread-read-link" href={themeReadHref(theme.slug)}>
            Read this thread
          </a>{' '}
          · <RecordLink collection="themes" slug={theme.slug} />
        </p>
        <SourcesCiteBox articles={articles.map((a) => a.slug)} />
        <p className="muted">
          {plural(passages.length, 'passage')} in {plural(articles.length, 'article')}, {plural(claims.length, 'claim')}
        </p>
        <div className="description">
          <Hast tree={descriptionHast(theme.body)} />
        </div>
      </header>
      <div className="entity-layout">
        <section className="entity-main" aria-labelledby="thread-heading">
          <h2 id="thread-heading">The thread, article by article</h2>
          {articles.map((article) => (
            <section key={article.slug} aria-labelledby={`t-${article.slug}`} className="mention-group">
              <h3 id={`t-${article.slug}`}>
                {article.outlet}: <a href={articleHref(article.slug)}>{article.title}</a>{' '}
                <span className="muted">({formatDate(article.published)})</span>
              </h3>
              <ol className="excerpts">
                {passages
                  .filter((p) => p.article.slug === article.slug)
                  .map((p) => (
                    <li key={`${p.range.passageId}-${p.range.start}`}>
                      <blockquote>
                        <p>
                          <Excerpt excerpt={p.excerpt} />
                        </p>
                      </blockquote>
                      {p.note ? <p className="muted">{p.note}</p> : null}
                      <a className="passage-link" href={passageHref(article.slug, p.range.n)}>
                        {articleShortName(article)} ¶{p.range.n}
                        <span className="visually-hidden">: read the paragraph in the article</span>
                      </a>
                    </li>
                  ))}
              </ol>
            </section>
          ))}
        </section>
        <aside className="entity-side" aria-labelledby="theme-claims-heading">
          <h2 id="theme-claims-heading">Claims in this theme</h2>
          {claims.length ? (
            <ul className="link-list">
              {claims.map((c) => (
                <li key={c.slug}>
                  <a href={entityHref('claims', c.slug)}>{c.data.statement}</a> <span className="muted">{claimSummary(lib, c.slug)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p>No claim is filed under this theme yet.</p>
          )}
        </aside>
      </div>
    </article>
  );
}
