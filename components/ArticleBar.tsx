import type { Article } from '@/lib/content/load';
import { getLibrary } from '@/lib/library';
import { articleThemes } from '@/lib/themes';
import { CiteBox } from './CiteBox';
import { InThisArticle } from './InThisArticle';
import { ArticleThemeRail } from './ThemeRail';
import { AddToReadingList } from './reading-list/AddToReadingList';

/** A panel of the bar: a native popover (no script), a sheet from the bottom on phones, a card on wide screens. */
function Panel({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <div id={id} popover="auto" className="sheet" role="dialog" aria-label={title}>
      <div className="sheet-head">
        <p className="sheet-title">{title}</p>
        <button type="button" className="sheet-close" popoverTarget={id} popoverTargetAction="hide">
          Close
        </button>
      </div>
      {children}
    </div>
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
export function ArticleBar({ article }: { article: Article }) {
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
      {headings.length > 0 ? (
        <Panel id="panel-contents" title="Contents">
          <nav className="toc" aria-label="Contents">
            <ol>
              {headings.map((h) => (
                <li key={h.id}>
                  <a href={`#${h.id}`}>{h.text}</a>
                </li>
              ))}
            </ol>
          </nav>
        </Panel>
      ) : null}
      <Panel id="panel-index" title="In this article">
        <InThisArticle article={article} open />
      </Panel>
      {themes.length > 0 ? (
        <Panel id="panel-themes" title="Themes in this article">
          <ArticleThemeRail themes={themes} />
        </Panel>
      ) : null}
      <Panel id="panel-cite" title="Cite this article">
        <CiteBox citable={article} open />
      </Panel>
    </div>
  );
}
