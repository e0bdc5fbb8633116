import { themeRoutes } from '@/components/ThemePage';

export const dynamicParams = false;
export const generateStaticParams = themeRoutes.first.generateStaticParams;
export const generateMetadata = themeRoutes.first.generateMetadata;

/** A theme's page, and the first page of its passages (components/ThemePage.tsx, which finds and describes it). */
export default themeRoutes.first.Page;
