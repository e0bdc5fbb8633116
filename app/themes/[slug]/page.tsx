import { ThemePage } from '@/components/ThemePage';
import { slugRoute, type SlugProps } from '@/components/slug-route';
import { articleCountWords, getLibrary } from '@/lib/library';
import { findThemeByParam } from '@/lib/themes';

const route = slugRoute(() => getLibrary().themes, (segment) => findThemeByParam(getLibrary(), segment), (theme) => ({
  title: `Theme: ${theme.data.name}`,
  description: `${theme.data.summary} Traced passage by passage across the ${articleCountWords()} articles.`,
}));
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

/** A theme's page, and the first page of its passages (components/ThemePage.tsx). */
export default async function Theme(props: SlugProps) {
  const theme = await route.entry(props);
  return <ThemePage slug={theme.slug} />;
}
