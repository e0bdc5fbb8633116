'use client';

import { type ReactNode, useEffect, useLayoutEffect, useState } from 'react';
import { useSearchParams } from 'next/navigation';
import { pairingLinks, readPair } from '@/lib/compare/pairs';
import { pairViewOf, swapSides } from '@/lib/compare/shared';
import type { CompareArticle, PairView as PairViewData } from '@/lib/compare/types';
import { useCompareArticles } from './loadCompareArticles';
import { loadCompareData, loadedCompareData } from './loadCompareData';
import { PairView } from './PairView';
import { ComparePickers, DefaultPairHint } from './ComparePickers';
import { clearPairAsked, useSetPrerenderedShown } from './PrerenderedPair';
import type { ArticleSlug } from '@/lib/ids';

type Props = {
  defaultPair: [ArticleSlug, ArticleSlug];
  /** The default pair's comparison, embedded so that it shows without a fetch the other way round too. */
  defaultView: PairViewData;
};

/** The comparison of a and b if it can be had without waiting: the embedded default pair, or two loaded files. */
function viewAtHand(articles: CompareArticle[], defaultView: PairViewData, a: ArticleSlug, b: ArticleSlug): PairViewData | undefined {
  if (a === defaultView.left.slug && b === defaultView.right.slug) return defaultView;
  if (a === defaultView.right.slug && b === defaultView.left.slug) return swapSides(defaultView);
  const left = articles.find((x) => x.slug === a);
  const right = articles.find((x) => x.slug === b);
  const leftData = loadedCompareData(a);
  const rightData = loadedCompareData(b);
  return left && right && leftData && rightData ? pairViewOf(left, right, leftData, rightData) : undefined;
}

/** Whether the address asks for the default pair (or nothing, which means it), either way round. */
function asksForDefault(rawA: string | null, rawB: string | null, [left, right]: [string, string]): boolean {
  const blank = (v: string | null) => v === null || v.trim() === '';
  if (blank(rawA) && blank(rawB)) return true;
  return (rawA === left && rawB === right) || (rawA === right && rawB === left);
}

/**
 * Reads ?a=…&b=… from the URL and shows that pairing, with two pickers that write a new choice back to the URL
 * (pushState, which Next's router observes, so Back returns to the previous pair). Bad values are named, never used.
 * The pickers' list of every article is fetched once (/compare-articles.json) rather than embedded in the page;
 * the default pair shows at once without it. A pair other than the default is worked out here from the two
 * articles' files, fetched once per article.
 */
export function CompareExplorer({ defaultPair, defaultView }: Props) {
  const params = useSearchParams();
  const list = useCompareArticles();
  const rawA = params.get('a');
  const rawB = params.get('b');
  // Until the list arrives, the two articles of the default pair are all the pickers know.
  const articles = list.articles ?? [defaultView.left, defaultView.right];
  const ready = Boolean(list.articles) || asksForDefault(rawA, rawB, defaultPair);
  const choice = ready ? readPair(rawA, rawB, { articles, defaultPair }) : null;
  const outletOf = (slug: string) => articles.find((x) => x.slug === slug)?.outlet ?? slug;
  const a = choice?.a ?? '';
  const b = choice?.b ?? '';
  const pairKey = choice?.ok ? `${a}+${b}` : '';

  // Bumped when files arrive, so that the view is worked out again from the cache; a failure is kept with its pair.
  const [, setArrivals] = useState(0);
  const [failure, setFailure] = useState<{ pair: string; message: string } | null>(null);
  const view = choice?.ok ? viewAtHand(articles, defaultView, choice.a, choice.b) : undefined;
  const waiting = Boolean(pairKey) && !view;
  // The default pair the right way round is already on the page, prerendered: rendering it again here would
  // cost the main thread what the whole comparison costs to build (Lighthouse's total blocking time).
  // (viewAtHand hands back the embedded view itself only for that pair; the other way round is a new, swapped one.)
  const prerendered = view === defaultView;
  // The page shows it (PrerenderedPair) only while that holds; otherwise this component shows what is asked for.
  const setPrerenderedShown = useSetPrerenderedShown();
  useLayoutEffect(() => {
    setPrerenderedShown(prerendered);
    clearPairAsked();
  }, [prerendered, setPrerenderedShown]);

  useEffect(() => {
    if (!waiting || !a || !b) return;
    let current = true;
    Promise.all([loadCompareData(a), loadCompareData(b)]).then(
      () => {
        if (current) setArrivals((n) => n + 1);
      },
      (error: unknown) => {
        if (current) setFailure({ pair: pairKey, message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [waiting, pairKey, a, b]);

  const choose = (nextA: string, nextB: string) => {
    const query = new URLSearchParams();
    if (nextA) query.set('a', nextA);
    if (nextB) query.set('b', nextB);
    window.history.pushState(null, '', `${window.location.pathname}?${query.toString()}`);
  };

  let shown: ReactNode;
  if (!choice) {
    shown = list.error ? (
      <div className="compare-notice compare-load-failed" role="alert">
        <p>
          <strong>The list of articles could not be loaded:</strong> {list.error}.
        </p>
        <p>Reload the page to try again.</p>
      </div>
    ) : (
      <p className="compare-loading" role="status">
        Loading the list of articles…
      </p>
    );
  } else if (!choice.ok) {
    shown = (
      <div className="compare-notice" role="alert">
        <p>
          <strong>This pairing cannot be shown.</strong>
        </p>
        {choice.problems.map((p) => (
          <p key={p}>{p}</p>
        ))}
        <p>Choose two different articles above, or pick {pairingLinks(articles).pickOne}.</p>
      </div>
    );
  } else if (view) {
    shown = (
      <>
        {choice.isDefault ? <DefaultPairHint left={outletOf(choice.a)} right={outletOf(choice.b)} /> : null}
        {prerendered ? null : <PairView view={view} />}
      </>
    );
  } else if (failure?.pair === pairKey) {
    shown = (
      <div className="compare-notice compare-load-failed" role="alert">
        <p>
          <strong>
            The comparison of {outletOf(choice.a)} and {outletOf(choice.b)} could not be loaded:
          </strong>{' '}
          {failure.message}.
        </p>
        <p>Reload the page to try again, or choose another pair above.</p>
      </div>
    );
  } else {
    shown = (
      <p className="compare-loading" role="status">
        Loading the comparison…
      </p>
    );
  }

  return (
    <>
      <ComparePickers a={a} b={b} articles={articles} onChoose={choose} />
      {list.error && choice ? (
        <p className="compare-notice" role="status">
          Only these two articles can be chosen: the list of the others could not be loaded ({list.error}).
        </p>
      ) : null}
      {shown}
    </>
  );
}
