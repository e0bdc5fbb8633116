import { articleHref, articlesHref, readingListPrintHref } from '@/lib/links';
import { listNames, plural } from '@/lib/format';
import type { ArticleSlug } from '@/lib/ids';

export type IntroArticle = { slug: ArticleSlug; title: string; outlet: string };

/** Up to this many articles are listed by name; a larger library is counted by outlet, with a link to the paged list. */
export const introArticleLimit = 12;

/**
 * The empty reading list: what a reading list is and how to build one. Prerendered into the page, so it is
 * also what a reader without JavaScript sees. It lists the articles by name only while there are few; a larger
 * library is counted by outlet, with a link to the paged list, so the page does not grow with it.
 */
export function ReadingListIntro({ articles }: { articles: IntroArticle[] }) {
  return (
    <section className="rl-intro" aria-labelledby="rl-intro-heading">
      <h2 id="rl-intro-heading">How to build a reading list</h2>
      <p>
        A reading list gathers whole articles, single paragraphs, claims and themes from Sightlines, in the order
        you choose, with a note or question for each. It needs no account: the list is kept in this browser while
        you build it, and its link carries the whole list, so anyone you send the link to sees the same list.
      </p>
      <ol>
        <li>
          Open an article and press <strong>Add to reading list</strong> under its title. To add just one
          paragraph, open its menu: the <strong>⋯</strong> button under the paragraph’s ¶ number, in the left
          margin. Claims and themes have the same button.
        </li>
        <li>Come back here to give the list a title and instructions, put the readings in order and add questions.</li>
        <li>
          <strong>Copy link</strong> to share the list, or <strong>Open print view</strong> for a reading packet with
          the full texts and citations (the <a href={readingListPrintHref()}>print view</a> shows the list in this browser).
        </li>
      </ol>
      <h3>The articles</h3>
      {articles.length <= introArticleLimit ? (
        <ul className="rl-intro-articles">
          {articles.map((a) => (
            <li key={a.slug}>
              <a href={articleHref(a.slug)}>{a.title}</a> <span className="rl-muted">({a.outlet})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>
          {plural(articles.length, 'article')}, from {outletCounts(articles)}: see{' '}
          <a href={articlesHref()}>the list of every article</a>, a page at a time.
        </p>
      )}
      <noscript>
        <p className="rl-notice">
          The reading list is built and shown in your browser, so it needs JavaScript; with JavaScript off, a shared
          reading-list link cannot show its list. The articles above can all be read without it.
        </p>
      </noscript>
    </section>
  );
}

/** "TIME (44), TODAY (51) and …": how many of the articles each outlet published, in order of first appearance. */
function outletCounts(articles: IntroArticle[]): string {
  const counts = new Map<string, number>();
  for (const a of articles) counts.set(a.outlet, (counts.get(a.outlet) ?? 0) + 1);
  return listNames([...counts].map(([outlet, n]) => `${outlet} (${n})`));
}
