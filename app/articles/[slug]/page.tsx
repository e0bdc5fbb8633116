import { slugRoute, type SlugProps } from '@/components/slug-route';
import { AnnotatedArticleBody } from '@/components/AnnotatedArticleBody';
import { ArticleIslands } from '@/components/article/ArticleIslands';
import { islandsApart } from '@/lib/islands';
import { mentionPreviews } from '@/lib/entities';
import { ArticleMeta } from '@/components/ArticleMeta';
import { ArticleBar } from '@/components/ArticleBar';
import { RemovedList } from '@/components/RemovedList';
import { articleSourceHref, homeHref } from '@/lib/links';
import { citationMeta } from '@/lib/cite/meta';
import { cslRecord } from '@/lib/cite/record';
import { articleCountWords, getArticleByParam, getLibrary } from '@/lib/library';
import { formatDate } from '@/lib/format';

const route = slugRoute(() => getLibrary().articles, getArticleByParam, (article) => ({
  title: `${article.title} (${article.outlet})`,
  description: article.summary,
  other: citationMeta(cslRecord(article), article.title),
}));
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function ArticlePage(props: SlugProps) {
  const article = await route.entry(props);
  const facts = [
    article.dateNote ? `Date: ${article.dateNote}` : '',
    article.authorsNote ? `Author: ${article.authorsNote}` : '',
    article.titleNote ? `Title: ${article.titleNote}` : '',
    article.print ? `In print: ${article.print}` : '',
  ].filter(Boolean);
  return (
    <article className="page article" aria-labelledby="article-title">
      <header className="article-header">
        <h1 id="article-title">{article.title}</h1>
        {article.dek ? <p className="dek">{article.dek}</p> : null}
        <ArticleMeta article={article} />
        <p className="editorial-line">
          <span className="editorial-label">Edited for reading</span>, the source’s words unchanged · <a href="#about-this-text">What was edited</a>
        </p>
        <ArticleBar article={article} />
      </header>
      {/* A static island (lib/islands.ts): in the built page it is filled from app/island-parts/articles. */}
      <AnnotatedArticleBody article={article} filled={!islandsApart()} />
      <ArticleIslands article={article.slug} entities={mentionPreviews(getLibrary(), article.slug)} />
      <footer className="article-footer" id="about-this-text" aria-labelledby="about-this-text-heading">
        <h2 id="about-this-text-heading">About this text</h2>
        {article.editorialNote ? (
          <p className="editorial-note">
            <strong>Editorial note.</strong> {article.editorialNote}
          </p>
        ) : null}
        <p>
          Sightlines marks paragraphs, section headings, photo captions, quotations and embedded posts, and may restore
          capitals and punctuation; it never changes a word, and a test checks this reading edition word for word
          against the source.
        </p>
        {facts.length ? (
          <ul className="article-facts">
            {facts.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        ) : null}
        <p className="article-links">
          <a href={articleSourceHref(article.slug)}>Verbatim source text</a> (the source exactly as it arrived)
          {article.url ? (
            <>
              {' · '}
              <a href={article.url} rel="external noreferrer">
                Original on the web
              </a>
            </>
          ) : null}
        </p>
        <details>
          <summary>What Sightlines removed from the source ({article.removed.length})</summary>
          <RemovedList removed={article.removed} none="Nothing: every word of the source is above." />
        </details>
        <p>
          Published {formatDate(article.published)} by {article.outlet}. <a href={homeHref()}>All {articleCountWords()} articles</a>.
        </p>
      </footer>
    </article>
  );
}
