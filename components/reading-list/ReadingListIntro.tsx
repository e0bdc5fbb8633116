import { articleHref, readingListPrintHref } from '@/lib/links';
import type { ArticleSlug } from '@/lib/ids';

export type IntroArticle = { slug: ArticleSlug; title: string; outlet: string };

/**
 * The empty reading list: what a reading list is and how to build one. Prerendered into the page, so it is
 * also what a reader without JavaScript sees.
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
      <ul className="rl-intro-articles">
        {articles.map((a) => (
          <li key={a.slug}>
            <a href={articleHref(a.slug)}>{a.title}</a> <span className="rl-muted">({a.outlet})</span>
          </li>
        ))}
      </ul>
      <noscript>
        <p className="rl-notice">
          The reading list is built and shown in your browser, so it needs JavaScript; with JavaScript off, a shared
          reading-list link cannot show its list. The articles above can all be read without it.
        </p>
      </noscript>
    </section>
  );
}
