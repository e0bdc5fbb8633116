import type { CompareArticle, ItemKind, PairView as PairViewData, PassageExcerpt, SharedItemView } from '@/lib/compare/types';
import { articleHref } from '@/lib/links';
import { label } from '@/lib/collections';
import './compare.css';

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

/** A claim on which the two articles differ or one qualifies the other, as its evidence notes say. */
function disputes(item: SharedItemView, left: CompareArticle, right: CompareArticle): boolean {
  const says = (excerpts: PassageExcerpt[], other: CompareArticle) =>
    excerpts.some((x) => (x.note ?? '').split('; ').some((note) => note === `differs from ${other.outlet}` || note === `qualifies ${other.outlet}`));
  return says(item.left, right) || says(item.right, left);
}

/** The order /compare reads in: what matters first. */
const kindOrder: ItemKind[] = ['people', 'places', 'organizations', 'themes'];

type Section = { id: string; kind: ItemKind; heading: string; none: string; items: SharedItemView[] };

/**
 * What two articles share, in the order that matters to a reader: first the claims on which they differ or
 * qualify each other, then the claims they share, then the people, places, organizations and themes they both
 * name, each item with its passages in the left and the right article.
 */
export function PairView({ view }: { view: PairViewData }) {
  const { left, right, groups } = view;
  const itemsOf = (kind: ItemKind) => groups.find((g) => g.kind === kind)?.items ?? [];
  const claims = itemsOf('claims');
  const sections: Section[] = [
    {
      id: 'shared-claims-disputed',
      kind: 'claims',
      heading: 'Where they differ or qualify each other',
      none: 'None: on the claims both report, neither differs from nor qualifies the other.',
      items: claims.filter((c) => disputes(c, left, right)),
    },
    {
      id: 'shared-claims',
      kind: 'claims',
      heading: 'Claims both report',
      none: 'None: no other claim occurs in both articles.',
      items: claims.filter((c) => !disputes(c, left, right)),
    },
    ...kindOrder.map((kind) => ({
      id: `shared-${kind}`,
      kind,
      heading: `${label(kind, 'Many')} in common`,
      none: `None: no ${label(kind, 'one')} occurs in both articles.`,
      items: itemsOf(kind),
    })),
  ];
  const counts = [
    sections[0]!.items.length ? `${sections[0]!.items.length} disputed ${sections[0]!.items.length === 1 ? 'claim' : 'claims'}` : '',
    ...[...sections.slice(1)]
      .filter((s) => s.items.length > 0)
      .map((s) => `${s.items.length} ${s.items.length === 1 ? label(s.kind, 'one') : s.kind === 'claims' ? 'shared claims' : label(s.kind, 'many')}`),
  ].filter(Boolean);
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
      {sections.map((section) => (
        <section key={section.id} className="compare-group" aria-labelledby={section.id} data-kind={section.kind} data-section={section.id}>
          <h3 id={section.id}>
            {section.heading} ({section.items.length})
          </h3>
          {section.items.length === 0 ? (
            <p className="compare-none">{section.none}</p>
          ) : (
            <ul className="compare-items">
              {section.items.map((item) => (
                <SharedItem key={item.key} item={item} left={left} right={right} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </section>
  );
}
