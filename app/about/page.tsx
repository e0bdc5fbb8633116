import type { Metadata } from 'next';
import { getLibrary } from '@/lib/library';
import { formatDate, listNames } from '@/lib/format';
import { articleHref, articleSourceHref, articlesHref, dataHref, graphHref } from '@/lib/links';
import { ARTICLES_LISTED } from '@/lib/paging';
import { RemovedList } from '@/components/RemovedList';
import { articleCountWords } from '@/lib/library';

export const metadata: Metadata = {
  title: 'About the sources and the editing',
  description: `What the ${articleCountWords()} sources of Sightlines are, what was edited in them, and how the fidelity of every word is checked.`,
};

export default function About() {
  const all = getLibrary().articles;
  // The page does not grow with the library: beyond ARTICLES_LISTED, the rest are on /articles, and each
  // article lists its own removals at its foot.
  const articles = all.slice(0, ARTICLES_LISTED);
  const more = (
    <p className="more">
      <a href={articlesHref()}>All {all.length} articles, one line each</a>
      {all.length > ARTICLES_LISTED ? ', each with its source and, at its foot, what was removed from it' : ''}.
    </p>
  );
  return (
    <div className="page about">
      <h1>About Sightlines</h1>
      <p>
        Sightlines is a read-only explorer of {articleCountWords()} published articles about China’s surveillance state. It shows
        the reporting whole and links it by place, person, organization, claim and theme, so that a reader can
        compare what each article says. It has no accounts, no analytics, no cookies and makes no request to any
        other website: a site about surveillance should not watch its readers.
      </p>

      <h2>The sources</h2>
      <ul className="source-list">
        {articles.map((a) => (
          <li key={a.slug}>
            <p>
              <a href={articleHref(a.slug)}>{a.title}</a>, {a.outlet},{' '}
              {a.authors.length ? `by ${listNames(a.authors)}, ` : ''}
              {formatDate(a.published)}.{a.dateNote ? ` ${a.dateNote}` : ''}
              {a.authorsNote ? ` ${a.authorsNote}` : ''}
            </p>
            <p>
              Source file <code>{a.sourceFile}</code> (<a href={articleSourceHref(a.slug)}>verbatim text</a>)
              {a.url ? (
                <>
                  ; original at <a href={a.url}>{a.url}</a>
                </>
              ) : null}
              .
            </p>
          </li>
        ))}
      </ul>
      {more}

      <h2>What was edited</h2>
      <p>The words of the {articleCountWords()} articles are never changed. Three kinds of editing were allowed:</p>
      <ul>
        <li>
          <strong>Page furniture was removed</strong> — navigation links, advertisement placeholders, duplicated
          paragraphs and captions, newsletter boxes, a comments link, and titles and bylines that now appear in the page
          header. Every removal is listed below and at the foot of its article.
        </li>
        <li>
          <strong>The TIME article was given a reading edition.</strong> It reached us as one line of lower-case text
          without punctuation. Capitals, punctuation, quotation marks, numbers (“15.35 million”, “U.S.”) and paragraph
          breaks were restored; the words were not touched.
        </li>
        <li>
          <strong>Structure was made visible</strong>: The New York Times’ section headings are headings, photo
          captions and credits are shown as captions, and the China Digital Times quotations and embedded posts are
          shown as block quotes and posts with their author, handle and date.
        </li>
      </ul>
      {articles.map((a) => (
        <section key={a.slug} aria-labelledby={`removed-${a.slug}`}>
          <h3 id={`removed-${a.slug}`}>Removed from {a.outlet}</h3>
          <RemovedList removed={a.removed} none="Nothing." />
        </section>
      ))}
      {all.length > ARTICLES_LISTED ? more : null}

      <h2>Open data and the graph</h2>
      <p>
        Every tag of the site — the mentions, claims with their evidence, themes and events — can be downloaded as{' '}
        <a href={dataHref()}>open data</a> (JSON with its JSON Schema, CSV tables and W3C Web Annotations), free to reuse
        with credit under CC BY 4.0; the article texts quoted in it remain their publishers’. The same tags drawn as{' '}
        <a href={graphHref()}>a graph of connections</a> show who and what the articles name together.
      </p>

      <h2>How fidelity is checked</h2>
      <p>
        An automated test renders every article page, takes its text, lower-cases it, drops punctuation and symbols,
        and compares the resulting sequence of words with the same sequence taken from the source file less the listed
        removals. The two must agree word for word; if a single word differs, the test fails and prints where, with ten
        words of context on each side. The test runs on every change, and a companion test proves that it catches a
        doctored copy.
      </p>
    </div>
  );
}
