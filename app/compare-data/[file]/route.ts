import { getCompareData } from '@/lib/compare';
import { parseArticleSlug } from '@/lib/ids';

// Prerendered by `next build` into out/compare-data/<slug>.json, one file per article: /compare fetches the two
// files of the pair being compared and works out what they share in the browser.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return getCompareData().articles.map((a) => ({ file: `${a.slug}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const slug = parseArticleSlug(file.replace(/\.json$/, ''));
  const data = slug ? getCompareData().byArticle[slug] : undefined;
  if (!data) return new Response('Not found', { status: 404 });
  return Response.json(data);
}
