import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AnnotatedArticleBody } from '@/components/AnnotatedArticleBody';
import { InThisArticle } from '@/components/InThisArticle';
import { ArticleThemeRail } from '@/components/ThemeRail';
import { articleThemes } from '@/lib/themes';
import { MentionPreviews } from '@/components/MentionPreviews';
import { mentionPreviews } from '@/lib/entities';
import { ArticleMeta } from '@/components/ArticleMeta';
import { CiteBox } from '@/components/CiteBox';
import { AddToReadingList } from '@/components/reading-list/AddToReadingList';
import { SearchHighlighter } from '@/components/search/SearchHighlighter';
import { articleCountWords, getArticle, getLibrary } from '@/lib/library';
import { formatDate } from '@/lib/format';
import { articleSourceHref, homeHref } from '@/lib/links';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getLibrary().articles.map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  return { title: `${article.title} (${article.outlet})`, description: article.summary };
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const { headings } = article.structure;
  return (
    <article className="page article" aria-labelledby="article-title">
      <header className="article-header">
        <p className="kicker">{article.outlet}</p>
        <h1 id="article-title">{article.title}</h1>
        {article.dek ? <p className="dek">{article.dek}</p> : null}
        <ArticleMeta article={article} />
        <ul className="article-facts">
          {article.dateNote ? <li>Date: {article.dateNote}</li> : null}
          {article.authorsNote ? <li>Author: {article.authorsNote}</li> : null}
          {article.titleNote ? <li>Title: {article.titleNote}</li> : null}
          {article.print ? <li>In print: {article.print}</li> : null}
        </ul>
        <p className="article-links">
          <a href={articleSourceHref(article.slug)}>Verbatim source text</a>
          {article.url ? (
            <>
              {' · '}
              <a href={article.url} rel="external noreferrer">
                Original on the web
              </a>
            </>
          ) : null}
        </p>
        {article.editorialNote ? (
          <aside className="editorial-note" aria-label="Editorial note">
            <p>
              <strong>Editorial note.</strong> {article.editorialNote}{' '}
              <a href={articleSourceHref(article.slug)}>Read the source exactly as it arrived</a>.
            </p>
          </aside>
        ) : null}
        <p className="article-actions">
          <AddToReadingList item={{ type: 'article', article: article.slug }} label="this article" />
        </p>
        <CiteBox citable={article} />
      </header>
      {headings.length > 0 ? (
        <nav className="toc" aria-labelledby="toc-heading">
          <h2 id="toc-heading">Contents</h2>
          <ol>
            {headings.map((h) => (
              <li key={h.id}>
                <a href={`#${h.id}`}>{h.text}</a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <InThisArticle article={article} />
      <ArticleThemeRail themes={articleThemes(getLibrary(), article.slug)} />
      <AnnotatedArticleBody article={article} />
      <MentionPreviews entities={mentionPreviews(getLibrary(), article.slug)} />
      <SearchHighlighter />
      <footer className="article-footer">
        <details>
          <summary>What Sightlines removed from the source ({article.removed.length})</summary>
          {article.removed.length === 0 ? (
            <p>Nothing: every word of the source is above.</p>
          ) : (
            <ul>
              {article.removed.map((r, i) => (
                <li key={i}>
                  “{r.text}”{r.count > 1 ? ` (${r.count} times)` : ''}: {r.reason}.
                </li>
              ))}
            </ul>
          )}
        </details>
        <p>
          Published {formatDate(article.published)} by {article.outlet}. <a href={homeHref()}>All {articleCountWords()} articles</a>.
        </p>
      </footer>
    </article>
  );
}
