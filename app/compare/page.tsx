import type { Metadata } from 'next';
import { Suspense } from 'react';
import { CompareExplorer } from '@/components/compare/CompareExplorer';
import { PairView } from '@/components/compare/PairView';
import { ComparePickers, DefaultPairHint } from '@/components/compare/ComparePickers';
import { PrerenderedPair, PrerenderedPairScope, pairAskedScript } from '@/components/compare/PrerenderedPair';
import { getCompareData, pairingLinks, resolvePair } from '@/lib/compare';
import { numberWords } from '@/lib/format';
import { compareHref } from '@/lib/links';

export function generateMetadata(): Metadata {
  const count = numberWords(getCompareData().articles.length);
  return {
    title: 'Compare two articles',
    description: `Two of the ${count} articles side by side by what they share: places, people, organizations, themes and claims, each with its passages on both sides.`,
  };
}

export default function ComparePage() {
  const data = getCompareData();
  const articles = data.articles;
  const outlet = new Map(articles.map((a) => [a.slug, a.outlet]));
  const [defaultA, defaultB] = data.defaultPair;
  // Only the default pair is embedded in the page; any other pair is worked out in the browser from the two
  // articles' data, in packs under /compare-data/, so the page does not grow with the number of pairs.
  const defaultView = resolvePair(data, defaultA, defaultB);
  const pairings = pairingLinks(articles);
  return (
    <div className="page wide compare-page">
      <h1>Compare two articles</h1>
      <p className="lede">
        Put two of the {numberWords(articles.length)} articles side by side by what they share: the places, people,
        organizations, themes and claims that occur in both, each with its passages from either article and the mention
        highlighted.
      </p>
      <script id="compare-pair-asked" dangerouslySetInnerHTML={{ __html: pairAskedScript }} />
      <PrerenderedPairScope>
        <Suspense
          fallback={
            <>
              <ComparePickers a={defaultA} b={defaultB} articles={[defaultView.left, defaultView.right]} />
              <DefaultPairHint left={defaultView.left.outlet} right={defaultView.right.outlet} prerendered />
            <div className="compare-reserve" />
            </>
          }
        >
          <CompareExplorer defaultPair={data.defaultPair} defaultView={defaultView} />
        </Suspense>
        {/* The default pair, rendered here once and only hydrated in the browser; the explorer above drops it when
            the address asks for another pair, and shows that pair instead. */}
        <PrerenderedPair>
          <noscript>
            <p className="compare-notice">
              Without JavaScript this page shows {outlet.get(defaultA)} and {outlet.get(defaultB)} only; the other
              pairings below need JavaScript.
            </p>
          </noscript>
          <div className="compare-prerendered">
            <PairView view={defaultView} />
          </div>
        </PrerenderedPair>
      </PrerenderedPairScope>
      <nav className="compare-all-pairs" aria-labelledby="all-pairs-heading">
        <h2 id="all-pairs-heading">{pairings.heading}</h2>
        {pairings.note ? <p>{pairings.note}</p> : null}
        <ul>
          {pairings.links.map(({ a, b, label }) => (
            <li key={`${a}+${b}`}>
              <a href={compareHref(a, b)}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
