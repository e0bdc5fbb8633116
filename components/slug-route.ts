import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

export type SlugProps = { params: Promise<{ slug: string }> };

/**
 * What every page of one entry per slug shares (/articles/<slug>, its source, /themes/<slug>, its thread, the
 * entity pages): one page per entry, metadata from the entry, and the entry the URL names, or not found. `find`
 * reads the URL segment (lib's `…ByParam` lookups parse it into a branded slug); each page says only how it is
 * described.
 */
export function slugRoute<T extends { slug: string }>(all: () => readonly T[], find: (segment: string) => T | undefined, describe: (entry: T) => Metadata) {
  return {
    generateStaticParams: () => all().map((e) => ({ slug: e.slug })),
    generateMetadata: async ({ params }: SlugProps): Promise<Metadata> => {
      const entry = find((await params).slug);
      return entry ? describe(entry) : {};
    },
    /** The entry the page's URL names; a URL that names none is not found. */
    entry: async ({ params }: SlugProps): Promise<T> => {
      const entry = find((await params).slug);
      if (!entry) notFound();
      return entry;
    },
  };
}
