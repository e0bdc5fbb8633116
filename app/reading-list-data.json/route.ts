import { getReadingListFiles } from '@/lib/reading-list/pack-files';

// Prerendered at build time into out/reading-list-data.json: the core of the reading-list data (every article's
// head, the claims and the themes) and the names of the packs that hold the articles' texts
// (app/reading-list-data/[file]/route.ts, lib/reading-list/data.ts).
export const dynamic = 'force-static';

export function GET() {
  return Response.json(getReadingListFiles().core);
}
