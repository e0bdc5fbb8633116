import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ThemePage } from '@/components/ThemePage';
import { articleCountWords, getLibrary } from '@/lib/library';

type Props = { params: Promise<{ slug: string }> };
export const dynamicParams = false;

export function generateStaticParams() {
  return getLibrary().themes.map((t) => ({ slug: t.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const theme = getLibrary().themes.find((t) => t.slug === slug);
  if (!theme) return {};
  return { title: `Theme: ${theme.data.name}`, description: `${theme.data.summary} Traced passage by passage across the ${articleCountWords()} articles.` };
}

/** A theme's page, and the first page of its passages (components/ThemePage.tsx). */
export default async function Theme({ params }: Props) {
  const { slug } = await params;
  if (!getLibrary().themes.some((t) => t.slug === slug)) notFound();
  return <ThemePage slug={slug} />;
}
