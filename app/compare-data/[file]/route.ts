import { filesRoute } from '@/lib/file-routes';
import { getComparePacks } from '@/lib/compare';

// Prerendered by `next build` into out/compare-data/c<k>-<hash>.json: the articles' comparison data, sixteen
// articles to a file (lib/compare/packs.ts), each file named by a hash of its content so a host may cache it for
// ever. /compare-articles.json says which file holds each article; /compare fetches the one or two files of the
// pair being compared and works out what the two articles share in the browser.
export const dynamic = 'force-static';
export const dynamicParams = false;

const route = filesRoute(() => getComparePacks().files);
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
