import { ExcerptSlices } from '@/components/ArticleExcerpts';
import { Hast } from '@/components/Hast';
import { AddToReadingList } from '@/components/reading-list/AddToReadingList';
import { RecordLink } from '@/components/data/RecordLink';
import { SourcesCiteBox } from '@/components/SourcesCiteBox';
import { PagedPassagesHead, PassagePager } from '@/components/PassagePages';
import { pagedEntryRoutes } from '@/components/paged-entry-route';
import { claimSummary } from '@/lib/claims';
import { plural } from '@/lib/format';
import { articleCountWords, getLibrary } from '@/lib/library';
import type { EntrySlug } from '@/lib/ids';
import { oncePerEntry, pageGroups, pageWindow, type Paged } from '@/lib/paging';
import { descriptionHast } from '@/lib/render/passage';
import { themeThreadPassages } from '@/lib/themes';
import { collectionHref, entityHref, themeReadHref } from '@/lib/links';

type Passage = ReturnType<typeof themeThreadPassages>[number];
type Group = { article: Passage['article']; passages: Passage[] };
type PagedThread = { total: number; groups: Group[]; paged: Paged<Group, Passage> };

/** A theme's passages by article, cut into pages (lib/paging.ts): once per theme and build process. */
const threadPages = oncePerEntry((lib: ReturnType<typeof getLibrary>, slug: EntrySlug): PagedThread => {
  const passages = themeThreadPassages(lib, slug);
  const byArticle = new Map<string, Passage[]>();
  for (const p of passages) byArticle.set(p.article.slug, [...(byArticle.get(p.article.slug) ?? []), p]);
  const groups = lib.articles.filter((a) => byArticle.has(a.slug)).map((article) => ({ article, passages: byArticle.get(article.slug)! }));
  return { total: passages.length, groups, paged: pageGroups(groups, (g) => g.passages) };
});
export const pagedThread = (slug: EntrySlug) => threadPages(getLibrary(), slug);

/**
 * A theme's page: its passages article by article and its claims. With more passages than fit on one page
 * (lib/paging.ts), page 1 is /themes/<slug> with the count of every article, and the rest follow at
 * /themes/<slug>/passages/<n>, which carry the thread and a link back to the theme's first page.
 */
export function ThemePage({ slug, page = 1 }: { slug: EntrySlug; page?: number }) {
  const lib = getLibrary();
  const theme = lib.themes.find((t) => t.slug === slug)!;
  const { total, groups, paged } = pagedThread(slug);
  const { pageCount, slices } = pageWindow(paged, page);
  const articles = groups.map((g) => g.article);
  const claims = lib.claims.filter((c) => c.data.themes.includes(theme.slug));
  const first = page === 1;
  return (
    <article className="page wide theme-page" aria-labelledby="theme-name">
      <header>
        <p className="kicker">
          <a href={collectionHref('themes')}>Themes</a>
        </p>
        <h1 id="theme-name">{theme.data.name}</h1>
        <p className="lede">{theme.data.summary}</p>
        {first ? (
          <>
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
          </>
        ) : null}
        <p className="muted">
          {plural(total, 'passage')} in {plural(articles.length, 'article')}, {plural(claims.length, 'claim')}
        </p>
        {first ? (
          <div className="description">
            <Hast tree={descriptionHast(theme.body)} />
          </div>
        ) : null}
      </header>
      <div className="entity-layout">
        <section className="entity-main" aria-labelledby="thread-heading">
          <h2 id="thread-heading">The thread, article by article</h2>
          <PagedPassagesHead
            collection="themes"
            slug={slug}
            paged={paged}
            page={page}
            articleOf={(g) => g.article}
            what="Passages"
            pagerLabel="Pages of passages"
            onFirstPage=" and the theme’s claims, on the first page."
          />
          <ExcerptSlices
            slices={slices}
            idPrefix="t-"
            item={(p) => ({ key: `${p.range.passageId}-${p.range.start}`, excerpt: p.excerpt, n: p.range.n, note: p.note })}
          />
          {pageCount > 1 ? <PassagePager collection="themes" slug={slug} page={page} count={pageCount} label="Pages of passages, again" /> : null}
        </section>
        {first ? (
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
        ) : null}
      </div>
    </article>
  );
}

/** The routes of a theme: its page (app/themes/[slug]) and its later pages of passages (app/themes/[slug]/passages/[page]). */
export const themeRoutes = pagedEntryRoutes({
  entries: () => getLibrary().themes,
  pageCount: (slug) => pagedThread(slug).paged.pages.length,
  describe: (theme) => ({ title: `Theme: ${theme.data.name}`, description: `${theme.data.summary} Traced passage by passage across the ${articleCountWords()} articles.` }),
  describePage: (theme, n, count) => ({ title: `Theme: ${theme.data.name}, passages, page ${n}`, description: `The passages of the theme ${theme.data.name}, page ${n} of ${count}.` }),
  render: (slug, page) => <ThemePage slug={slug} page={page} />,
});
