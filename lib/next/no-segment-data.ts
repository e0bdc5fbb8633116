/**
 * Stands in for Next's `collect-segment-data` module in production builds (see `config` in next.config.ts): the
 * per-segment prefetch files it makes are for <Link> prefetches, which no page here makes, and
 * scripts/prune-out.mjs removed them anyway.
 *
 * Next's page renderer awaits `collectSegmentData(…)` once per prerendered page and writes a file per entry of the
 * Map it returns; with nothing returned it writes none (next/dist/export/routes/app-page.js: `if (segmentData)`).
 * It calls `collectPrefetchHints(…)` only with `experimental.prefetchInlining` on, which is off here; `null` is what
 * it records when inlining is off and a route qualifies for no hint.
 */
export async function collectSegmentData(): Promise<undefined> {
  return undefined;
}

export async function collectPrefetchHints(): Promise<null> {
  return null;
}
