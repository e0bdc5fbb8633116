import type { Article } from '@/lib/content/load';
import { articleSourceHref, homeHref } from '@/lib/links';
import { articleCountWords } from '@/lib/library';
import { formatDate } from '@/lib/format';
import { islandName } from '@/lib/islands';
import { RemovedList } from '@/components/RemovedList';
import { StaticIsland } from '@/components/StaticIsland';

/**
 * "About this text" at the foot of an article: its editorial note, what the edition marks, the facts of its
 * date and authors, its links and what was removed from the source. A static island (lib/islands.ts): filled in
 * the build-only island pages (app/island-parts/articles), empty in the article's page.
 */
export function ArticleFooter({ article, filled }: { article: Article; filled: boolean }) {
  const facts = [
    article.dateNote ? `Date: ${article.dateNote}` : '',
    article.authorsNote ? `Author: ${article.authorsNote}` : '',
    article.titleNote ? `Title: ${article.titleNote}` : '',
    article.print ? `In print: ${article.print}` : '',
  ].filter(Boolean);
  return (
    <StaticIsland as="footer" name={islandName.articleFooter(article.slug)} filled={filled} className="article-footer" id="about-this-text" aria-labelledby="about-this-text-heading">
      <h2 id="about-this-text-heading">About this text</h2>
      {article.editorialNote ? (
        <p className="editorial-note">
          <strong>Editorial note.</strong> {article.editorialNote}
        </p>
      ) : null}
      <p>
        Sightlines marks paragraphs, section headings, photo captions, quotations and embedded posts, and may restore
        capitals and punctuation; it never changes a word, and a test checks this reading edition word for word
        against the source.
      </p>
      {facts.length ? (
        <ul className="article-facts">
          {facts.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      ) : null}
      <p className="article-links">
        <a href={articleSourceHref(article.slug)}>Verbatim source text</a> (the source exactly as it arrived)
        {article.url ? (
          <>
            {' · '}
            <a href={article.url} rel="external noreferrer">
              Original on the web
            </a>
          </>
        ) : null}
      </p>
      <details>
        <summary>What Sightlines removed from the source ({article.removed.length})</summary>
        <RemovedList removed={article.removed} none="Nothing: every word of the source is above." />
      </details>
      <p>
        Published {formatDate(article.published)} by {article.outlet}. <a href={homeHref()}>All {articleCountWords()} articles</a>.
      </p>
    </StaticIsland>
  );
}
