import { notFound } from 'next/navigation';
import { EntityPage } from '@/components/EntityPage';
import { entityRoute, type EntityProps } from '@/components/entity-route';
import { getLibrary } from '@/lib/library';

const route = entityRoute('organizations');
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function OrganizationPage({ params }: EntityProps) {
  const { slug } = await params;
  if (!getLibrary().organizations.some((o) => o.slug === slug)) notFound();
  return <EntityPage kind="organizations" slug={slug} />;
}
