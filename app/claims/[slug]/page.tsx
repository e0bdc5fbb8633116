import { claimRoutes } from '@/components/ClaimPage';

export const dynamicParams = false;
export const generateStaticParams = claimRoutes.first.generateStaticParams;
export const generateMetadata = claimRoutes.first.generateMetadata;

/** A claim's page, and the first page of its evidence (components/ClaimPage.tsx, which finds and describes it). */
export default claimRoutes.first.Page;
