import { notFound } from 'next/navigation';
import { EntityPage } from '@/components/EntityPage';
import { entityRoute, type EntityProps } from '@/components/entity-route';
import { getLibrary } from '@/lib/library';

const route = entityRoute('organizations');
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function OrganizationPage({ params }: EntityProps) {
  const { slug: segment } = await params;
  const organization = getLibrary().organizations.find((o) => o.slug === segment);
  if (!organization) notFound();
  return <EntityPage kind="organizations" slug={organization.slug} />;
}
