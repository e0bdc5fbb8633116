import { ClaimPage } from '@/components/ClaimPage';
import { slugRoute, type SlugProps } from '@/components/slug-route';
import { claimSummary, findClaimByParam } from '@/lib/claims';
import { getLibrary } from '@/lib/library';

const route = slugRoute(() => getLibrary().claims, (segment) => findClaimByParam(getLibrary(), segment), (claim) => ({
  title: `Claim: ${claim.data.statement}`,
  description: `${claimSummary(getLibrary(), claim.slug)} The evidence from each article, side by side.`,
}));
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

/** A claim's page, and the first page of its evidence (components/ClaimPage.tsx). */
export default async function Claim(props: SlugProps) {
  const claim = await route.entry(props);
  return <ClaimPage slug={claim.slug} />;
}
