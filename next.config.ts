import type { NextConfig } from 'next';

// Static export: every page is prerendered to out/ and any static host can serve it.
const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: false,
  images: { unoptimized: true },
  poweredByHeader: false,
};

export default nextConfig;
