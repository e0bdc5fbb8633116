import type { Metadata } from 'next';
import { NotFoundContent } from '@/components/NotFoundContent';
import { islandsApart } from '@/lib/islands';

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'This address is not a page of Sightlines. Here is where to go instead.',
};

/**
 * Next.js embeds this page in the data of every other page, so it names no article or entry: a list that grew
 * with the library would make every page of the site grow with it. It is a static island (lib/islands.ts): the
 * other pages' data carry only its empty element, and the 404 page's HTML its content.
 */
export default function NotFound() {
  return <NotFoundContent filled={!islandsApart()} />;
}
