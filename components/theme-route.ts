import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Theme } from '@/lib/content/load';
import { getLibrary } from '@/lib/library';
import { findThemeByParam } from '@/lib/themes';

export type ThemeProps = { params: Promise<{ slug: string }> };

/**
 * What the two pages of a theme (/themes/<slug> and its thread, /themes/<slug>/read) share: one page per theme,
 * metadata from the theme, and the theme the URL names (or not found). Each page says only how it is described.
 */
export function themeRoute(describe: (theme: Theme) => Metadata) {
  return {
    generateStaticParams: () => getLibrary().themes.map((t) => ({ slug: t.slug })),
    generateMetadata: async ({ params }: ThemeProps): Promise<Metadata> => {
      const theme = findThemeByParam(getLibrary(), (await params).slug);
      return theme ? describe(theme) : {};
    },
    /** The theme the page's URL names; a URL that names none is not found. */
    theme: async ({ params }: ThemeProps): Promise<Theme> => {
      const theme = findThemeByParam(getLibrary(), (await params).slug);
      if (!theme) notFound();
      return theme;
    },
  };
}
