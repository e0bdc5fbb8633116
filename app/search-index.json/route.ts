import { getAnnotatedLibrary } from '@/lib/library';
import { searchPayloadFor } from '@/lib/search/build';

// Prerendered by `next build` into out/search-index.json; the browser fetches it when search is first opened.
// For a large library it is the manifest of a sharded index (lib/search/payload.ts).
export const dynamic = 'force-static';

export function GET(): Response {
  return Response.json(searchPayloadFor(getAnnotatedLibrary()));
}
