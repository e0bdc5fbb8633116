import { entryCollections } from '@/lib/collections';
import { buildIndex, indexArticleData } from '@/lib/indexes/build';
import { getLibrary } from '@/lib/library';

// Prerendered by `next build` into out/index-data/<collection>.json, one file per index page: the list of every
// article and the articles of each entry, fetched by the page when its article filter is first used.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return entryCollections.map((c) => ({ file: `${c}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const collection = entryCollections.find((c) => `${c}.json` === file);
  if (!collection) return new Response('Not found', { status: 404 });
  const lib = getLibrary();
  return Response.json(indexArticleData(lib, buildIndex(lib, collection)));
}
