import { renderToStaticMarkup } from 'react-dom/server';
import { AnnotatedArticleBody } from '@/components/AnnotatedArticleBody';
import type { Article } from '@/lib/content/load';

/** The article body exactly as the article page renders it: mentions linked, claim notes in the margin. */
export function renderArticleBody(article: Article): string {
  return renderToStaticMarkup(<AnnotatedArticleBody article={article} />);
}
