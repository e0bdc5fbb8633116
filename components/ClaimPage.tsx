import { FactLinks } from './CommaLinks';
import { Excerpt } from './Excerpt';
import { Hast } from './Hast';
import { AddToReadingList } from './reading-list/AddToReadingList';
import { RecordLink } from './data/RecordLink';
import { SourcesCiteBox } from './SourcesCiteBox';
import { claimEvidence, claimMakers, claimSummary } from '@/lib/claims';
import { articleShortName } from '@/lib/entities';
import { formatDate, listNames } from '@/lib/format';
import { getLibrary } from '@/lib/library';
import type { EntrySlug } from '@/lib/ids';
import { descriptionHast } from '@/lib/render/passage';
import { collectionHref, entityHref, passageHref } from '@/lib/links';
import { oncePerEntry, pageGroups, pageWindow, type Paged } from '@/lib/paging';
import { PagedPassagesHead, PassagePager } from './PassagePages';
import { pagedEntryRoutes } from './paged-entry-route';
import { StaticIsland } from './StaticIsland';
import { islandName, islandsApart } from '@/lib/islands';

type Evidence = ReturnType<typeof claimEvidence>[number];
type Group = { article: string; articleData: Evidence['articleData']; items: Evidence[] };
type PagedEvidence = { evidence: Evidence[]; groups: Group[]; paged: Paged<Group, Evidence> };

/** A claim's evidence by article, cut into pages (lib/paging.ts): once per claim and build process. */
const evidencePages = oncePerEntry((lib: ReturnType<typeof getLibrary>, slug: EntrySlug): PagedEvidence => {
  const evidence = claimEvidence(lib, slug);
  const groups: Group[] = [];
  for (const e of evidence) {
    const last = groups.at(-1);
    if (last?.article === e.article) last.items.push(e);
    else groups.push({ article: e.article, articleData: e.articleData, items: [e] });
  }
  return { evidence, groups, paged: pageGroups(groups, (g) => g.items) };
});
export const pagedEvidence = (slug: EntrySlug) => evidencePages(getLibrary(), slug);

/**
 * One page of a claim's evidence: a static island (lib/islands.ts), filled in its page after the build from
 * app/island-parts.
 */
export function ClaimEvidence({ slug, page, filled }: { slug: EntrySlug; page: number; filled: boolean }) {
  return (
    <StaticIsland name={islandName.evidence(slug, page)} filled={filled} className="evidence-list">
      <EvidenceList slug={slug} page={page} />
    </StaticIsland>
  );
}

/** One page of a claim's evidence (worked out only where the island is filled). */
function EvidenceList({ slug, page }: { slug: EntrySlug; page: number }) {
  const { slices, shownFrom } = pageWindow(pagedEvidence(slug).paged, page);
  const shown = slices.flatMap((s) => s.items.map((e, i) => ({ e, anchor: i === 0 && !s.continued ? `in-${s.group.article}` : undefined })));
  return (
    <ol className="evidence-grid" start={shownFrom}>
      {shown.map(({ e, anchor }, i) => (
        <li key={i} id={anchor} className={`evidence relation-${e.relation}`}>
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
  );
}

/** Every page of evidence of every claim, for the island pages. */
export const claimEvidencePages = (): { slug: EntrySlug; page: number }[] =>
  getLibrary().claims.flatMap((c) => Array.from({ length: Math.max(1, pagedEvidence(c.slug).paged.pages.length) }, (_, i) => ({ slug: c.slug, page: i + 1 })));

/**
 * A claim's page: what it says, who makes it, and its evidence article by article. With more evidence than fits
 * on one page (lib/paging.ts), page 1 is /claims/<slug> with the count of every article, and the rest follow at
 * /claims/<slug>/passages/<n>.
 */
export function ClaimPage({ slug, page = 1 }: { slug: EntrySlug; page?: number }) {
  const lib = getLibrary();
  const claim = lib.claims.find((c) => c.slug === slug)!;
  const { evidence, paged } = pagedEvidence(slug);
  const { pageCount } = pageWindow(paged, page);
  const first = page === 1;
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
        {first ? (
          <>
            <p className="article-actions">
              <AddToReadingList item={{ type: 'claim', slug: claim.slug }} label="this claim" />
            </p>
            {/* Its own line: the reading-list button appears only once the page is interactive, and must move nothing. */}
            <p className="record-line">
              <RecordLink collection="claims" slug={claim.slug} />
            </p>
            <SourcesCiteBox articles={evidence.map((e) => e.article)} />
          </>
        ) : null}
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
          <FactLinks term="Themes" links={themes.map((t) => ({ key: t.slug, href: entityHref('themes', t.slug), name: t.data.name }))} />
        </dl>
        {first && claim.body.trim() ? (
          <div className="description">
            <Hast tree={descriptionHast(claim.body)} />
          </div>
        ) : null}
      </header>
      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">The evidence, article by article</h2>
        <PagedPassagesHead collection="claims" slug={slug} paged={paged} page={page} articleOf={(g) => g.articleData} what="Evidence" pagerLabel="Pages of evidence" />
        <ClaimEvidence slug={slug} page={page} filled={!islandsApart()} />
        {pageCount > 1 ? <PassagePager collection="claims" slug={slug} page={page} count={pageCount} label="Pages of evidence, again" /> : null}
      </section>
    </article>
  );
}

/** The routes of a claim: its page (app/claims/[slug]) and its later pages of evidence (app/claims/[slug]/passages/[page]). */
export const claimRoutes = pagedEntryRoutes({
  entries: () => getLibrary().claims,
  pageCount: (slug) => pagedEvidence(slug).paged.pages.length,
  describe: (claim) => ({ title: `Claim: ${claim.data.statement}`, description: `${claimSummary(getLibrary(), claim.slug)} The evidence from each article, side by side.` }),
  describePage: (claim, n, count) => ({
    title: `Claim: ${claim.data.statement}, evidence, page ${n}`,
    description: `The evidence for the claim “${claim.data.statement}”, page ${n} of ${count}.`,
  }),
  render: (slug, page) => <ClaimPage slug={slug} page={page} />,
});
