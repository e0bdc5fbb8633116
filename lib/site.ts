import fs from 'node:fs';
import path from 'node:path';
import { dataHref, graphHref } from './links';

export const siteName = 'Sightlines';
export const siteDescription =
  'Sightlines: a read-only explorer of four published articles on China’s surveillance state, cross-linked by place, person, organization, claim and theme.';

const sections = [
  { href: '/places', label: 'Places', dir: 'places' },
  { href: '/people', label: 'People', dir: 'people' },
  { href: '/organizations', label: 'Organizations', dir: 'organizations' },
  { href: '/themes', label: 'Themes', dir: 'themes' },
  { href: '/claims', label: 'Claims', dir: 'claims' },
  { href: '/timeline', label: 'Timeline', dir: 'timeline' },
  { href: '/compare', label: 'Compare', dir: 'compare' },
  { href: graphHref(), label: 'Graph', dir: 'graph' },
  { href: '/reading-list', label: 'Reading list', dir: 'reading-list' },
  { href: dataHref(), label: 'Data', dir: 'data' },
];

/** The site navigation: only sections whose route exists, so the header never links to a missing page. */
export function siteNav(): { href: string; label: string }[] {
  const appDir = path.join(process.cwd(), 'app');
  const live = sections.filter((s) => fs.existsSync(path.join(appDir, s.dir, 'page.tsx')));
  return [{ href: '/', label: 'Articles' }, ...live.map(({ href, label }) => ({ href, label })), { href: '/about', label: 'About' }];
}
