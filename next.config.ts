import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';

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

/**
 * The build's one change to Next's own modules. For every page it prerenders, Next 16 decodes the page's RSC
 * payload again and writes it out once per route segment (`<page>.segments/…/__next.*.txt`), for the client
 * router's prefetches; it has no setting to skip this. No page here prefetches (plain <a> links), and
 * scripts/prune-out.mjs deletes those files, so making them was more than a quarter of the build's CPU at 1,000 articles
 * (docs-bench.md, "Build cost"). In a production build, the module that makes them
 * (next/dist/esm/server/app-render/collect-segment-data.js, imported as `./collect-segment-data` by Next's server
 * entry) is replaced by lib/next/no-segment-data.ts, which makes none. Every page, data file and chunk of out/ is
 * the same with and without it; tests/e2e/no-segment-data.test.ts shows that a build made no segment files.
 */
export default function config(phase: string): NextConfig {
  if (phase !== PHASE_PRODUCTION_BUILD) return nextConfig;
  return { ...nextConfig, turbopack: { resolveAlias: { './collect-segment-data': './lib/next/no-segment-data.ts' } } };
}
