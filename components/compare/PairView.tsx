import type { CompareArticle, PairView as PairViewData, PassageExcerpt, SharedItemView } from '@/lib/compare/types';
import { label } from '@/lib/collections';
import './compare.css';
import { articleHref } from '@/lib/links';

/** How many passages a side shows before the rest fold away. */
const shownFirst = 4;

function ExcerptList({ article, excerpts }: { article: CompareArticle; excerpts: PassageExcerpt[] }) {
  return (
    <ul className="compare-excerpts">
      {excerpts.map((x) => (
        <li key={x.passageId}>
          <a className="compare-passage-link" href={x.href}>
            <span className="visually-hidden">{article.outlet}, paragraph </span>¶{x.n}
          </a>{' '}
          {x.note ? <span className="compare-note">{x.note}: </span> : null}
          <span className="compare-excerpt">
            {x.segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Excerpts({ article, excerpts }: { article: CompareArticle; excerpts: PassageExcerpt[] }) {
  const rest = excerpts.length - shownFirst;
  return (
    <div className="compare-side" data-side={article.slug}>
      <p className="compare-side-label">
        {article.outlet} <span className="compare-side-count">({excerpts.length === 1 ? '1 passage' : `${excerpts.length} passages`})</span>
      </p>
      <ExcerptList article={article} excerpts={rest > 1 ? excerpts.slice(0, shownFirst) : excerpts} />
      {rest > 1 ? (
        <details className="compare-more">
          <summary>
            {rest} more passages in {article.outlet}
          </summary>
          <ExcerptList article={article} excerpts={excerpts.slice(shownFirst)} />
        </details>
      ) : null}
    </div>
  );
}

function SharedItem({ item, left, right }: { item: SharedItemView; left: CompareArticle; right: CompareArticle }) {
  return (
    <li className="compare-item" data-item={item.key}>
      <h4>
        <a href={item.href}>{item.label}</a>
      </h4>
      <div className="compare-sides">
        <Excerpts article={left} excerpts={item.left} />
        <Excerpts article={right} excerpts={item.right} />
      </div>
    </li>
  );
}

/** What two articles share, kind by kind, each item with its passages in the left and the right article. */
export function PairView({ view }: { view: PairViewData }) {
  const { left, right, groups } = view;
  const counts = groups.filter((g) => g.items.length > 0).map((g) => `${g.items.length} ${label(g.kind, g.items.length === 1 ? 'one' : 'many')}`);
  return (
    <section className="compare-pair" aria-labelledby="pair-heading" data-pair={`${left.slug}+${right.slug}`}>
      <h2 id="pair-heading">
        {left.outlet} and {right.outlet}
      </h2>
      <ul className="compare-articles">
        <li>
          <span className="compare-which">Left:</span> <a href={articleHref(left.slug)}>{left.title}</a> ({left.outlet})
        </li>
        <li>
          <span className="compare-which">Right:</span> <a href={articleHref(right.slug)}>{right.title}</a> ({right.outlet})
        </li>
      </ul>
      <p>In common: {counts.length ? counts.join(', ') : 'nothing tagged'}.</p>
      {groups.map((group) => {
        const id = `shared-${group.kind}`;
        return (
          <section key={group.kind} className="compare-group" aria-labelledby={id} data-kind={group.kind}>
            <h3 id={id}>
              {label(group.kind, 'Many')} in common ({group.items.length})
            </h3>
            {group.items.length === 0 ? (
              <p className="compare-none">None: no {label(group.kind, 'one')} occurs in both articles.</p>
            ) : (
              <ul className="compare-items">
                {group.items.map((item) => (
                  <SharedItem key={item.key} item={item} left={left} right={right} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </section>
  );
}
