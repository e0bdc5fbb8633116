import type { Article } from '@/lib/content/load';
import { getLibrary } from '@/lib/library';
import { articleThemes } from '@/lib/themes';
import { CiteBox } from './CiteBox';
import { InThisArticle } from './InThisArticle';
import { ArticleThemeRail } from './ThemeRail';
import { AddToReadingList } from './reading-list/AddToReadingList';
import { StaticIsland } from './StaticIsland';
import { islandName } from '@/lib/islands';

/** The head of a panel: its title and Close. */
function PanelHead({ id, title }: { id: string; title: string }) {
  return (
    <div className="sheet-head">
      <p className="sheet-title">{title}</p>
      <button type="button" className="sheet-close" popoverTarget={id} popoverTargetAction="hide">
        Close
      </button>
    </div>
  );
}

/**
 * A panel of the bar: a native popover (no script), a sheet from the bottom on phones, a card on wide screens.
 * Its content never changes in the browser: a static island (lib/islands.ts), sent once in the HTML.
 */
function StaticPanel({ article, id, title, filled, children }: { article: Article; id: 'contents' | 'index' | 'themes' | 'cite'; title: string; filled: boolean; children: React.ReactNode }) {
  const panel = `panel-${id}`;
  return (
    <StaticIsland name={islandName.articlePanel(article.slug, id)} filled={filled} id={panel} popover="auto" className="sheet" role="dialog" aria-label={title}>
      <PanelHead id={panel} title={title} />
      {children}
    </StaticIsland>
  );
}

/**
 * The bar's panels (contents, what the article names, its themes, its citation): static islands, rendered filled
 * in the build-only island pages (app/island-parts/articles) and empty in the article's page.
 */
export function ArticleStaticPanels({ article, filled }: { article: Article; filled: boolean }) {
  const { headings } = article.structure;
  const themes = articleThemes(getLibrary(), article.slug);
  return (
    <>
      {headings.length > 0 ? (
        <StaticPanel article={article} id="contents" title="Contents" filled={filled}>
          <nav className="toc" aria-label="Contents">
            <ol>
              {headings.map((h) => (
                <li key={h.id}>
                  <a href={`#${h.id}`}>{h.text}</a>
                </li>
              ))}
            </ol>
          </nav>
        </StaticPanel>
      ) : null}
      <StaticPanel article={article} id="index" title="In this article" filled={filled}>
        <InThisArticle article={article} open />
      </StaticPanel>
      {themes.length > 0 ? (
        <StaticPanel article={article} id="themes" title="Themes in this article" filled={filled}>
          <ArticleThemeRail themes={themes} />
        </StaticPanel>
      ) : null}
      <StaticPanel article={article} id="cite" title="Cite this article" filled={filled}>
        <CiteBox citable={article} open />
      </StaticPanel>
    </>
  );
}

/** The button of the bar that opens one of its panels. */
function BarButton({ panel, children }: { panel: string; children: React.ReactNode }) {
  return (
    <button type="button" className="bar-button" popoverTarget={panel}>
      {children}
    </button>
  );
}

/**
 * The compact bar under an article's byline: the apparatus (contents, what the article names, its themes, the
 * citation) behind one button each, so that the text itself starts on the first screen; and the reading-list
 * button, whose place is kept before the page is interactive so that nothing moves when it appears.
 */
export function ArticleBar({ article, filled }: { article: Article; filled: boolean }) {
  const { headings } = article.structure;
  const themes = articleThemes(getLibrary(), article.slug);
  return (
    <div className="article-bar" data-ui="">
      <div className="article-bar-buttons">
        {headings.length > 0 ? <BarButton panel="panel-contents">Contents</BarButton> : null}
        <BarButton panel="panel-index">In this article</BarButton>
        {themes.length > 0 ? <BarButton panel="panel-themes">Themes</BarButton> : null}
        <BarButton panel="panel-cite">Cite</BarButton>
      </div>
      <div className="article-actions">
        <AddToReadingList item={{ type: 'article', article: article.slug }} label="this article" />
      </div>
      <ArticleStaticPanels article={article} filled={filled} />
    </div>
  );
}
