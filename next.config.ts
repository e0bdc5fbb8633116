import type { NextConfig } from 'next';

// Static export: every page is prerendered to out/ and any static host can serve it.
const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: false,
  images: { unoptimized: true },
  poweredByHeader: false,
  // A page's worker first builds the library (load, annotate, citations…), which takes more than Next's default
  // 60 s at a thousand articles on a busy machine; a page that times out is retried in a new worker that builds
  // it all again, so the default made large builds slower, not safer (scripts/bench, docs-bench.md).
  staticPageGenerationTimeout: 900,
  // `npm run typecheck` (tsc over the whole project, tests included, after `next typegen`) is the type check, and
  // `npm test` runs it first; next build's own run of it was a second full check, 4–10 s of every build.
  typescript: { ignoreBuildErrors: true },
  // Source-mapped stack traces only matter when a page fails to prerender; `next build --debug-prerender` gives
  // them then. Off, no page pays for them.
  enablePrerenderSourceMaps: false,
  // The client router's prefetch bundles: at build time Next works out, page by page, which small segment files to
  // inline into which prefetch response (measuring their gzip sizes). Nothing here prefetches: pages link with
  // plain <a> elements, and the segment files are removed (scripts/prune-out.mjs). Off, the build does 7 % less
  // work at 1,000 articles (docs-bench.md), and the router's chunk is 0.1 kB smaller on every page.
  experimental: { prefetchInlining: false },
};

export default nextConfig;
