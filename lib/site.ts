import fs from 'node:fs';
import path from 'node:path';
import { entryCollections, label } from './collections';
import { articleCountWords } from './library';
import { aboutHref, collectionHref, compareHref, homeHref, readingListHref, timelineHref } from './links';

export const siteName = 'Sightlines';
/** The site's description, with the number of articles from the content. */
export const siteDescription = () =>
  `Sightlines: a read-only explorer of ${articleCountWords()} published articles on China’s surveillance state, cross-linked by place, person, organization, claim and theme.`;

const sections = [
  ...entryCollections.map((c) => ({ href: collectionHref(c), label: label(c, 'Many'), dir: c as string })),
  { href: timelineHref(), label: 'Timeline', dir: 'timeline' },
  { href: compareHref(), label: 'Compare', dir: 'compare' },
  { href: readingListHref(), label: 'Reading list', dir: 'reading-list' },
];

/** The site navigation: only sections whose route exists, so the header never links to a missing page. */
export function siteNav(): { href: string; label: string }[] {
  const appDir = path.join(process.cwd(), 'app');
  const live = sections.filter((s) => fs.existsSync(path.join(appDir, s.dir, 'page.tsx')));
  return [{ href: homeHref(), label: 'Articles' }, ...live.map(({ href, label }) => ({ href, label })), { href: aboutHref(), label: 'About' }];
}
