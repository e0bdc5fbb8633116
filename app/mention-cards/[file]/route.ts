import { filesRoute } from '@/lib/file-routes';
import { getMentionCardFiles } from '@/lib/mention-cards-files';

// Prerendered by `next build` into out/mention-cards/m<k>-<hash>.json: the mention preview cards of the whole
// library, cut into files by a hash of each entry's key and named by a hash of their content so a host may cache
// them for ever (lib/mention-cards.ts). An article page names the files that hold its entries' cards and fetches
// them the first time a reader points at or focuses a name. A library with no mentions has one file of no cards.
export const dynamic = 'force-static';
export const dynamicParams = false;

const route = filesRoute(() => getMentionCardFiles().files);
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
