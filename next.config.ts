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
};

export default nextConfig;
