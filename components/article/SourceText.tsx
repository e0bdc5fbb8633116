import type { Article } from '@/lib/content/load';
import { islandName } from '@/lib/islands';
import { StaticIsland } from '@/components/StaticIsland';

/** An article's source exactly as it arrived: a static island (lib/islands.ts) on /articles/<slug>/source. */
export function SourceText({ article, filled }: { article: Pick<Article, 'slug' | 'sourceText'>; filled: boolean }) {
  return (
    <StaticIsland as="pre" name={islandName.source(article.slug)} filled={filled} className="verbatim" tabIndex={0} aria-label="Verbatim source text">
      {article.sourceText}
    </StaticIsland>
  );
}
