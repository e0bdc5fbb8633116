import { themeRoutes } from '@/components/ThemePage';

export const dynamicParams = false;
export const generateStaticParams = themeRoutes.later.generateStaticParams;
export const generateMetadata = themeRoutes.later.generateMetadata;

/** Page 2 and on of a theme's passages (lib/paging.ts; components/ThemePage.tsx finds, counts and describes them). */
export default themeRoutes.later.Page;
