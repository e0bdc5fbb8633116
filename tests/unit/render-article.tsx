import { renderToStaticMarkup } from 'react-dom/server';
import { ArticleBody } from '@/components/ArticleBody';
import type { Article } from '@/lib/content/load';

/** The article body exactly as the article page renders it. */
export function renderArticleBody(article: Article): string {
  return renderToStaticMarkup(<ArticleBody article={article} />);
}
