import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getArticleByParam, getLibrary } from '@/lib/library';
import { articleHref } from '@/lib/links';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getLibrary().articles.map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticleByParam((await params).slug);
  if (!article) return {};
  return {
    title: `Source text: ${article.title} (${article.outlet})`,
    description: `The verbatim text of “${article.title}” (${article.outlet}) exactly as it reached Sightlines.`,
  };
}

export default async function SourcePage({ params }: Props) {
  const article = getArticleByParam((await params).slug);
  if (!article) notFound();
  return (
    <div className="page source">
      <h1>Source text: {article.title}</h1>
      <p>
        This is <code>{article.sourceFile}</code> exactly as it reached Sightlines, page furniture and all.{' '}
        <a href={articleHref(article.slug)}>Back to the reading edition</a>.
      </p>
      <pre className="verbatim" tabIndex={0} aria-label="Verbatim source text">
        {article.sourceText}
      </pre>
    </div>
  );
}
