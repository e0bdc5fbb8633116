import { getComparePacks } from '@/lib/compare';

// Prerendered by `next build` into out/compare-data/c<k>-<hash>.json: the articles' comparison data, sixteen
// articles to a file (lib/compare/packs.ts), each file named by a hash of its content so a host may cache it for
// ever. /compare-articles.json says which file holds each article; /compare fetches the one or two files of the
// pair being compared and works out what the two articles share in the browser.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return [...getComparePacks().files.keys()].map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const json = getComparePacks().files.get(file);
  if (json === undefined) return new Response('Not found', { status: 404 });
  return new Response(json, { headers: { 'content-type': 'application/json' } });
}
