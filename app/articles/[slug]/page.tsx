import { slugRoute, type SlugProps } from '@/components/slug-route';
import { AnnotatedArticleBody } from '@/components/AnnotatedArticleBody';
import { ArticleIslands } from '@/components/article/ArticleIslands';
import { islandsApart } from '@/lib/islands';
import { mentionCardFilesFor } from '@/lib/mention-cards-files';
import { ArticleMeta } from '@/components/ArticleMeta';
import { ArticleBar } from '@/components/ArticleBar';
import { ArticleFooter } from '@/components/article/ArticleFooter';
import { citationMeta } from '@/lib/cite/meta';
import { cslRecord } from '@/lib/cite/record';
import { getArticleByParam, getLibrary } from '@/lib/library';

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
  return (
    <article className="page article" aria-labelledby="article-title">
      <header className="article-header">
        <h1 id="article-title">{article.title}</h1>
        {article.dek ? <p className="dek">{article.dek}</p> : null}
        <ArticleMeta article={article} />
        <p className="editorial-line">
          <span className="editorial-label">Edited for reading</span>, the source’s words unchanged · <a href="#about-this-text">What was edited</a>
        </p>
        <ArticleBar article={article} filled={!islandsApart()} />
      </header>
      {/* A static island (lib/islands.ts): in the built page it is filled from app/island-parts/articles. */}
      <AnnotatedArticleBody article={article} filled={!islandsApart()} />
      <ArticleIslands article={article.slug} cards={mentionCardFilesFor(getLibrary(), article.slug)} />
      <ArticleFooter article={article} filled={!islandsApart()} />
    </article>
  );
}
