import { getCompareData } from '@/lib/compare';

// Prerendered by `next build` into out/compare-articles.json: the list /compare's two pickers offer. It is
// fetched once by the page instead of being embedded in it twice (once per picker, and again in the page's
// React data), which made /compare 805 kB at a thousand articles.
export const dynamic = 'force-static';

export function GET(): Response {
  return Response.json(getCompareData().articles);
}
