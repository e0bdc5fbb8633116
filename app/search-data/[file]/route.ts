import { filesRoute } from '@/lib/file-routes';
import { getAnnotatedLibrary } from '@/lib/library';
import { searchFilesFor } from '@/lib/search/build';

// Prerendered by `next build` into out/search-data/ when the search index is sharded (lib/search/payload.ts):
// the word shards (`w<k>-<hash>.json`), the packs of compressed record fragments that queries read with range
// requests (`r<p>-<hash>.bin`) and the entries' articles (`a-<hash>.json`), named by a hash of their content,
// so a host may cache everything under /search-data/ for ever. With a single-file index there are none, and one placeholder name
// (a static export needs at least one) answers 404 and is removed from out/ by the build.
export const dynamic = 'force-static';
export const dynamicParams = false;

const NO_SEARCH_FILES = 'none.json';

const route = filesRoute(() => searchFilesFor(getAnnotatedLibrary()).files, NO_SEARCH_FILES);
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
