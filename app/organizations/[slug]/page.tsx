import { EntityPage } from '@/components/EntityPage';
import { entityRoute, type EntityProps } from '@/components/entity-route';

const route = entityRoute('organizations');
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function OrganizationPage(props: EntityProps) {
  const organization = await route.entry(props);
  return <EntityPage kind="organizations" slug={organization.slug} />;
}
