import { entityRoute } from '@/components/entity-route';

const route = entityRoute('organizations');
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

/** An organization's page (components/EntityPage.tsx). */
export default route.Page;
