'use client';

import { useSearchParams } from 'next/navigation';
import { readPair, resolvePair } from '@/lib/compare/pairs';
import type { CompareData } from '@/lib/compare/types';
import { PairView } from './PairView';

/**
 * Reads ?a=…&b=… from the URL and shows that pairing, with two pickers that write a new choice back to the URL
 * (pushState, which Next's router observes, so Back returns to the previous pair). Bad values are named, never used.
 */
export function CompareExplorer({ data }: { data: CompareData }) {
  const params = useSearchParams();
  const choice = readPair(params.get('a'), params.get('b'), data);
  const outletOf = (slug: string) => data.articles.find((x) => x.slug === slug)?.outlet ?? slug;
  const a = choice.a ?? '';
  const b = choice.b ?? '';

  const choose = (nextA: string, nextB: string) => {
    const query = new URLSearchParams();
    if (nextA) query.set('a', nextA);
    if (nextB) query.set('b', nextB);
    window.history.pushState(null, '', `${window.location.pathname}?${query.toString()}`);
  };

  return (
    <>
      <form className="compare-pickers" aria-label="Choose two articles" onSubmit={(e) => e.preventDefault()}>
        <div className="compare-picker">
          <label htmlFor="compare-a">Left article</label>
          <select id="compare-a" value={a} onChange={(e) => choose(e.target.value, b)}>
            {a ? null : <option value="">Choose an article</option>}
            {data.articles.map((x) => (
              <option key={x.slug} value={x.slug}>
                {x.outlet}: {x.title}
              </option>
            ))}
          </select>
        </div>
        <div className="compare-picker">
          <label htmlFor="compare-b">Right article</label>
          <select id="compare-b" value={b} onChange={(e) => choose(a, e.target.value)}>
            {b ? null : <option value="">Choose an article</option>}
            {data.articles.map((x) => (
              <option key={x.slug} value={x.slug}>
                {x.outlet}: {x.title}
              </option>
            ))}
          </select>
        </div>
      </form>
      {choice.ok ? (
        <>
          {choice.isDefault ? (
            <p className="compare-hint" role="status">
              No pair chosen in the address, so here are {outletOf(choice.a)} and {outletOf(choice.b)}. Choose any two
              articles above.
            </p>
          ) : null}
          <PairView view={resolvePair(data, choice.a, choice.b)} />
        </>
      ) : (
        <div className="compare-notice" role="alert">
          <p>
            <strong>This pairing cannot be shown.</strong>
          </p>
          {choice.problems.map((p) => (
            <p key={p}>{p}</p>
          ))}
          <p>Choose two different articles above, or pick one of the six pairings below.</p>
        </div>
      )}
    </>
  );
}
