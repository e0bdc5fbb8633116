import type { Metadata } from 'next';
import { ArticlesIndex } from '@/components/ArticlesIndex';

export const metadata: Metadata = {
  title: 'All articles',
  description: 'Every article of Sightlines, in publication order, with its outlet and date.',
};

/** The first page of the list of every article (components/ArticlesIndex.tsx); the rest at /articles/page/<n>. */
export default function Articles() {
  return <ArticlesIndex />;
}
