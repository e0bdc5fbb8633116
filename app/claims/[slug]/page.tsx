import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClaimPage } from '@/components/ClaimPage';
import { claimSummary } from '@/lib/claims';
import { getLibrary } from '@/lib/library';

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

/** A claim's page, and the first page of its evidence (components/ClaimPage.tsx). */
export default async function Claim({ params }: Props) {
  const { slug } = await params;
  if (!getLibrary().claims.some((c) => c.slug === slug)) notFound();
  return <ClaimPage slug={slug} />;
}
