import { Excerpt } from './Excerpt';
import { Hast } from './Hast';
import { AddToReadingList } from './reading-list/AddToReadingList';
import { RecordLink } from './data/RecordLink';
import { SourcesCiteBox } from './SourcesCiteBox';
import { claimEvidence, claimMakers, claimSummary } from '@/lib/claims';
import { articleShortName } from '@/lib/entities';
import { formatDate, listNames, plural } from '@/lib/format';
import { getLibrary } from '@/lib/library';
import type { EntrySlug } from '@/lib/ids';
import { descriptionHast } from '@/lib/render/passage';
import { collectionHref, entityHref, passageHref } from '@/lib/links';
import { pageGroups, type Paged } from '@/lib/paging';
import { ArticleCounts, PassagePager } from './PassagePages';


type Evidence = ReturnType<typeof claimEvidence>[number];
type Group = { article: string; articleData: Evidence['articleData']; items: Evidence[] };
type PagedEvidence = { evidence: Evidence[]; groups: Group[]; paged: Paged<Group, Evidence> };

/** A claim's evidence by article, cut into pages (lib/paging.ts): once per claim and build process. */
const evidenceCache = new WeakMap<object, Map<string, PagedEvidence>>();
export function pagedEvidence(slug: EntrySlug): PagedEvidence {
  const lib = getLibrary();
  let bySlug = evidenceCache.get(lib);
  if (!bySlug) evidenceCache.set(lib, (bySlug = new Map()));
  let found = bySlug.get(slug);
  if (!found) {
    const evidence = claimEvidence(lib, slug);
    const groups: Group[] = [];
    for (const e of evidence) {
      const last = groups.at(-1);
      if (last?.article === e.article) last.items.push(e);
      else groups.push({ article: e.article, articleData: e.articleData, items: [e] });
    }
    found = { evidence, groups, paged: pageGroups(groups, (g) => g.items) };
    bySlug.set(slug, found);
  }
  return found;
}

/**
 * A claim's page: what it says, who makes it, and its evidence article by article. With more evidence than fits
 * on one page (lib/paging.ts), page 1 is /claims/<slug> with the count of every article, and the rest follow at
 * /claims/<slug>/passages/<n>.
 */
export function ClaimPage({ slug, page = 1 }: { slug: EntrySlug; page?: number }) {
  const lib = getLibrary();
  const claim = lib.claims.find((c) => c.slug === slug)!;
  const { evidence, groups, paged } = pagedEvidence(slug);
  const pageCount = paged.pages.length;
  const slices = paged.pages[page - 1] ?? [];
  const shownFrom = paged.pages.slice(0, page - 1).reduce((n, p) => n + p.reduce((m, s) => m + s.items.length, 0), 0) + 1;
  const shown = slices.flatMap((s) => s.items.map((e, i) => ({ e, anchor: i === 0 && !s.continued ? `in-${s.group.article}` : undefined })));
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
        {first && claim.body.trim() ? (
          <div className="description">
            <Hast tree={descriptionHast(claim.body)} />
          </div>
        ) : null}
      </header>
      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">The evidence, article by article</h2>
        {pageCount > 1 ? (
          <>
            <p className="passage-range">
              Evidence {shownFrom}–{shownFrom + shown.length - 1} of {evidence.length}, page {page} of {pageCount}.
            </p>
            {first ? (
              <ArticleCounts
                collection="claims"
                slug={slug}
                headingId="article-counts"
                articles={groups.map((g) => ({ slug: g.article, name: `${articleShortName(g.articleData)}, ${formatDate(g.articleData.published)}`, title: g.articleData.title, count: g.items.length, page: paged.startPage.get(g)! }))}
              />
            ) : (
              <p>
                <a href={`${entityHref('claims', slug)}#article-counts`}>Evidence by article ({plural(groups.length, 'article')})</a>, on the first page.
              </p>
            )}
            <PassagePager collection="claims" slug={slug} page={page} count={pageCount} label="Pages of evidence" />
          </>
        ) : null}
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
        {pageCount > 1 ? <PassagePager collection="claims" slug={slug} page={page} count={pageCount} label="Pages of evidence, again" /> : null}
      </section>
    </article>
  );
}
