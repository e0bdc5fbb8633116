import { aboutHref, dataHref, graphHref } from '@/lib/links';
import { articleCountWords } from '@/lib/library';
import { islandName } from '@/lib/islands';
import { StaticIsland } from './StaticIsland';

/** The footer of every page: a static island (lib/islands.ts), sent once in each page's HTML. */
export function SiteFooter({ filled }: { filled: boolean }) {
  return (
    <StaticIsland as="footer" name={islandName.chrome('footer')} filled={filled} className="site-footer">
      <p>
        Sightlines quotes {articleCountWords()} published articles for study; their words belong to their publishers. No
        analytics, no cookies, no third-party requests. <a href={aboutHref()}>About the sources and the editing</a> ·{' '}
        <a href={graphHref()}>The graph of connections</a> · <a href={dataHref()}>Open data</a>.
      </p>
    </StaticIsland>
  );
}
