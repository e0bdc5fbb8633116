import type { Metadata } from 'next';
import { Suspense } from 'react';
import { CompareExplorer } from '@/components/compare/CompareExplorer';
import { PairView } from '@/components/compare/PairView';
import { allPairs, getCompareData, resolvePair } from '@/lib/compare';

export const metadata: Metadata = {
  title: 'Compare two articles',
  description: 'Two of the four articles side by side by what they share: places, people, organizations, themes and claims, each with its passages on both sides.',
};

export default function ComparePage() {
  const data = getCompareData();
  const outlet = new Map(data.articles.map((a) => [a.slug, a.outlet]));
  const [defaultA, defaultB] = data.defaultPair;
  return (
    <div className="page wide compare-page">
      <h1>Compare two articles</h1>
      <p className="lede">
        Put two of the four articles side by side by what they share: the places, people, organizations, themes and
        claims that occur in both, each with its passages from either article and the mention highlighted.
      </p>
      <Suspense
        fallback={
          <>
            <noscript>
              <p className="compare-notice">
                Without JavaScript this page shows {outlet.get(defaultA)} and {outlet.get(defaultB)} only; the other
                pairings below need JavaScript.
              </p>
            </noscript>
            <PairView view={resolvePair(data, defaultA, defaultB)} />
          </>
        }
      >
        <CompareExplorer data={data} />
      </Suspense>
      <nav className="compare-all-pairs" aria-labelledby="all-pairs-heading">
        <h2 id="all-pairs-heading">All six pairings</h2>
        <ul>
          {allPairs(data.articles.map((a) => a.slug)).map(([a, b]) => (
            <li key={`${a}+${b}`}>
              <a href={`/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`}>
                {outlet.get(a)} and {outlet.get(b)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
