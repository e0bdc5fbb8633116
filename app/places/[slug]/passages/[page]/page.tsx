import { entityPassagesRoute } from '@/components/entity-passages-route';

// Page 2 and on of the passages of an entry with more than fit on one page (lib/paging.ts).
const route = entityPassagesRoute('places');
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
