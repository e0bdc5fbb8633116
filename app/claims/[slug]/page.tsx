import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Excerpt } from '@/components/Excerpt';
import { Hast } from '@/components/Hast';
import { AddToReadingList } from '@/components/reading-list/AddToReadingList';
import { RecordLink } from '@/components/data/RecordLink';
import { SourcesCiteBox } from '@/components/SourcesCiteBox';
import { claimEvidence, claimMakers, claimSummary } from '@/lib/claims';
import { articleShortName } from '@/lib/entities';
import { formatDate, listNames } from '@/lib/format';
import { getLibrary } from '@/lib/library';
import { descriptionHast } from '@/lib/render/passage';
import { collectionHref, entityHref, passageHref } from '@/lib/links';

type Props = { params: Promise<{ slug: string }> };
export const dynamicParams = false;

export function generateStaticParams() {
  return getLibrary().claims.map((c) => ({ slug: c.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lib = getLibrary();
  const { slug } = await params;
  const claim = lib.claims.find((c) => c.slug === slug);
  if (!claim) return {};
  return { title: `Claim: ${claim.data.statement}`, description: `${claimSummary(lib, claim.slug)} The evidence from each article, side by side.` };
}

export default async function ClaimPage({ params }: Props) {
  const lib = getLibrary();
  const { slug } = await params;
  const claim = lib.claims.find((c) => c.slug === slug);
  if (!claim) notFound();
  const evidence = claimEvidence(lib, claim.slug);
  const makers = claimMakers(lib, claim.data.madeBy, claim.data.citing);
  const themes = claim.data.themes.map((slug) => lib.themes.find((t) => t.slug === slug)!);
  return (
    <article className="page wide claim-page" aria-labelledby="claim-statement">
      <header>
        <p className="kicker">
          <a href={collectionHref('claims')}>Claims</a>
        </p>
        <h1 id="claim-statement">{claim.data.statement}</h1>
        <p className="claim-summary">{claimSummary(lib, claim.slug)}</p>
        <p className="article-actions">
          <AddToReadingList item={{ type: 'claim', slug: claim.slug }} label="this claim" />
        </p>
        {/* Its own line: the reading-list button appears only once the page is interactive, and must move nothing. */}
        <p className="record-line">
          <RecordLink collection="claims" slug={claim.slug} />
        </p>
        <SourcesCiteBox articles={evidence.map((e) => e.article)} />
        <dl className="facts">
          <dt>Made by</dt>
          <dd>
            {makers.map((m, i) => (
              <span key={m.href}>
                {i > 0 ? (makers.some((x) => x.citing) ? '; ' : i === makers.length - 1 ? ' and ' : ', ') : ''}
                <a href={m.href}>{m.name}</a>
                {m.citing ? <span className="maker-citing">, citing {m.citing}</span> : null}
              </span>
            ))}
          </dd>
          {themes.length ? (
            <>
              <dt>Themes</dt>
              <dd>
                {themes.map((t, i) => (
                  <span key={t.slug}>
                    {i > 0 ? ', ' : ''}
                    <a href={entityHref('themes', t.slug)}>{t.data.name}</a>
                  </span>
                ))}
              </dd>
            </>
          ) : null}
        </dl>
        {claim.body.trim() ? (
          <div className="description">
            <Hast tree={descriptionHast(claim.body)} />
          </div>
        ) : null}
      </header>
      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">The evidence, article by article</h2>
        <ol className="evidence-grid">
          {evidence.map((e, i) => (
            <li key={i} className={`evidence relation-${e.relation}`}>
              <h3>
                {e.articleData.outlet}{' '}
                <span className="muted">
                  ({formatDate(e.articleData.published)}
                  {e.articleData.authors.length ? `, ${listNames(e.articleData.authors)}` : ''})
                </span>
              </h3>
              <div className={`relation relation-${e.relation}`}>
                <p className="relation-head">
                  <span className="relation-label">{e.relation}</span> {e.relationHead}.
                </p>
                {e.note ? (
                  <p className="relation-note">
                    <span className="relation-note-label">Why: </span>
                    {e.note}
                  </p>
                ) : null}
              </div>
              <blockquote>
                <p>
                  <Excerpt excerpt={e.excerpt} />
                </p>
              </blockquote>
              <a className="passage-link" href={passageHref(e.range.article, e.range.n)}>
                {articleShortName(e.articleData)} ¶{e.range.n}
                <span className="visually-hidden">: read the paragraph in “{e.articleData.title}”</span>
              </a>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
