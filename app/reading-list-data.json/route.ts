import { getLibrary } from '@/lib/library';
import { readingListData } from '@/lib/reading-list/data';

// Prerendered at build time into out/reading-list-data.json: the texts the reading-list pages show.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(readingListData(getLibrary()));
}
