import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClaimPage, pagedEvidence } from '@/components/ClaimPage';
import { findClaimByParam } from '@/lib/claims';
import type { EntrySlug } from '@/lib/ids';
import { getLibrary } from '@/lib/library';
import { laterPages, parsePage } from '@/lib/paging';

type Props = { params: Promise<{ slug: string; page: string }> };
export const dynamicParams = false;

const pageCount = (slug: EntrySlug) => pagedEvidence(slug).paged.pages.length;
const findClaim = (segment: string) => findClaimByParam(getLibrary(), segment);

/**
 * Page 2 and on of a claim's evidence (lib/paging.ts). With no claim long enough to need one, a static export
 * still needs one page for the route: the placeholder `passages/none` (not found), removed by scripts/prune-out.mjs.
 */
export function generateStaticParams() {
  const claims = getLibrary().claims;
  const params = claims.flatMap((c) => laterPages(pageCount(c.slug)).map((page) => ({ slug: c.slug, page })));
  return params.length || !claims[0] ? params : [{ slug: claims[0].slug, page: 'none' }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const claim = findClaim(slug);
  const n = claim ? parsePage(page, pageCount(claim.slug)) : null;
  if (!claim || !n) return { title: 'No such page', robots: { index: false } };
  return { title: `Claim: ${claim.data.statement}, evidence, page ${n}`, description: `The evidence for the claim “${claim.data.statement}”, page ${n} of ${pageCount(claim.slug)}.` };
}

export default async function ClaimEvidencePage({ params }: Props) {
  const { slug, page } = await params;
  const claim = findClaim(slug);
  if (!claim) notFound();
  const n = parsePage(page, pageCount(claim.slug));
  if (!n) notFound();
  return <ClaimPage slug={claim.slug} page={n} />;
}
