import { filesRoute } from '@/lib/file-routes';
import { getReadingListFiles } from '@/lib/reading-list/pack-files';

// Prerendered by `next build` into out/reading-list-data/t<k>-<hash>.json: the articles a reading list can hold
// (texts, citations, records), eight to a file, each named by a hash of its content so a host may cache it for
// ever. /reading-list-data.json says which file holds each article; a list fetches only the files of its own.
// A library of one pack has none (the core holds the texts), and one placeholder name (a static export needs at
// least one) answers 404 and is removed from out/ by the build (scripts/prune-out.mjs).
export const dynamic = 'force-static';
export const dynamicParams = false;

const NO_PACKS = 'none.json';

const route = filesRoute(() => getReadingListFiles().files, NO_PACKS);
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
