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

type PanelId = 'contents' | 'index' | 'themes' | 'cite';
/** A panel of the bar: its id (`panel-<id>`), its button's label, its title and what it holds. */
type BarPanel = { id: PanelId; button: string; title: string; content: React.ReactNode };

/** The bar's panels in order: contents (when the article has sections), what it names, its themes (when any), its citation. */
function barPanels(article: Article): BarPanel[] {
  const { headings } = article.structure;
  const themes = articleThemes(getLibrary(), article.slug);
  const contents = (
    <nav className="toc" aria-label="Contents">
      <ol>
        {headings.map((h) => (
          <li key={h.id}>
            <a href={`#${h.id}`}>{h.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
  return [
    ...(headings.length > 0 ? [{ id: 'contents' as const, button: 'Contents', title: 'Contents', content: contents }] : []),
    { id: 'index', button: 'In this article', title: 'In this article', content: <InThisArticle article={article} open /> },
    ...(themes.length > 0 ? [{ id: 'themes' as const, button: 'Themes', title: 'Themes in this article', content: <ArticleThemeRail themes={themes} /> }] : []),
    { id: 'cite', button: 'Cite', title: 'Cite this article', content: <CiteBox citable={article} open /> },
  ];
}

/**
 * The bar's panels: each a native popover (no script), a sheet from the bottom on phones, a card on wide screens.
 * Their content never changes in the browser, so each is a static island (lib/islands.ts), rendered filled in the
 * build-only island pages (app/island-parts/articles) and empty in the article's page.
 */
export function ArticleStaticPanels({ article, filled }: { article: Article; filled: boolean }) {
  return barPanels(article).map(({ id, title, content }) => (
    <StaticIsland key={id} name={islandName.articlePanel(article.slug, id)} filled={filled} id={`panel-${id}`} popover="auto" className="sheet" role="dialog" aria-label={title}>
      <PanelHead id={`panel-${id}`} title={title} />
      {content}
    </StaticIsland>
  ));
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
  return (
    <div className="article-bar" data-ui="">
      <div className="article-bar-buttons">
        {barPanels(article).map(({ id, button }) => (
          <BarButton key={id} panel={`panel-${id}`}>
            {button}
          </BarButton>
        ))}
      </div>
      <div className="article-actions">
        <AddToReadingList item={{ type: 'article', article: article.slug }} label="this article" />
      </div>
      <ArticleStaticPanels article={article} filled={filled} />
    </div>
  );
}
