import { claimRoutes } from '@/components/ClaimPage';

export const dynamicParams = false;
export const generateStaticParams = claimRoutes.later.generateStaticParams;
export const generateMetadata = claimRoutes.later.generateMetadata;

/** Page 2 and on of a claim's evidence (lib/paging.ts; components/ClaimPage.tsx finds, counts and describes them). */
export default claimRoutes.later.Page;
