import { getComparePacks } from '@/lib/compare';

// Prerendered by `next build` into out/compare-articles.json: the list /compare's two pickers offer, and the pack
// under /compare-data/ that holds each article's comparison data (lib/compare/packs.ts). It is fetched once by
// the page instead of being embedded in it twice (once per picker, and again in the page's React data), which
// made /compare 805 kB at a thousand articles.
export const dynamic = 'force-static';

export function GET(): Response {
  return Response.json(getComparePacks().list);
}
