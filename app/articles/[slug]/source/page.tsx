import { slugRoute, type SlugProps } from '@/components/slug-route';
import { getArticleByParam, getLibrary } from '@/lib/library';
import { articleHref } from '@/lib/links';
import { SourceText } from '@/components/article/SourceText';
import { islandsApart } from '@/lib/islands';

const route = slugRoute(() => getLibrary().articles, getArticleByParam, (article) => ({
  title: `Source text: ${article.title} (${article.outlet})`,
  description: `The verbatim text of “${article.title}” (${article.outlet}) exactly as it reached Sightlines.`,
}));
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function SourcePage(props: SlugProps) {
  const article = await route.entry(props);
  return (
    <div className="page source">
      <h1>Source text: {article.title}</h1>
      <p>
        This is <code>{article.sourceFile}</code> exactly as it reached Sightlines, page furniture and all.{' '}
        <a href={articleHref(article.slug)}>Back to the reading edition</a>.
      </p>
      <SourceText article={article} filled={!islandsApart()} />
    </div>
  );
}
