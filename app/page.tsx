import { ArticleMeta } from '@/components/ArticleMeta';
import { homeHighlights, mentionCount } from '@/lib/home';
import { claimSummary } from '@/lib/claims';
import { articleCountWords, getLibrary, outletsPhrase } from '@/lib/library';
import { capitalize } from '@/lib/format';
import { articlesHref, dataHref, graphHref } from '@/lib/links';
import { ARTICLES_LISTED } from '@/lib/paging';
import { siteNav } from '@/lib/site';
import { articleHref, collectionHref, entityHref } from '@/lib/links';

export default function Home() {
  const lib = getLibrary();
  const nav = new Set(siteNav().map((n) => n.href));
  const { places, people, themes, disputed } = homeHighlights(lib);
  const more = (href: string, label: string) =>
    nav.has(href) ? (
      <p className="more">
        <a href={href}>{label}</a>
      </p>
    ) : null;

  return (
    <div className="page home">
      <section className="intro" aria-labelledby="intro-heading">
        <h1 id="intro-heading">The reporting on China’s surveillance state, read whole and cross-linked</h1>
        <p className="lede">
          {capitalize(articleCountWords())} published articles on China’s surveillance state — from {outletsPhrase()} —
          presented whole and faithfully, and cross-linked, so that you can read the reporting itself and follow a
          city, a person, a claim or a theme from one article to the next.
        </p>
      </section>

      <section aria-labelledby="articles-heading">
        <h2 id="articles-heading">The articles</h2>
        <ul className="cards">
          {lib.articles.slice(0, ARTICLES_LISTED).map((article) => (
            <li key={article.slug} className="card">
              <h3>
                <a href={articleHref(article.slug)}>{article.title}</a>
              </h3>
              <ArticleMeta article={article} />
              <p>{article.summary}</p>
            </li>
          ))}
        </ul>
        {lib.articles.length > ARTICLES_LISTED ? (
          <p className="more">
            <a href={articlesHref()}>All {lib.articles.length} articles</a>
          </p>
        ) : null}
      </section>

      <div className="ways-grid">
        <section aria-labelledby="places-heading">
          <h2 id="places-heading">Places</h2>
          <p>Every city, region and site the articles name, the most discussed first.</p>
          <ul className="chip-list">
            {places.slice(0, 16).map((p) => (
              <li key={p.slug}>
                <a href={entityHref('places', p.slug)}>{p.data.name}</a> <span className="muted">{mentionCount(lib, 'places', p.slug)}</span>
              </li>
            ))}
          </ul>
          {more(collectionHref('places'), `All ${lib.places.length} places, with the map`)}
        </section>
        <section aria-labelledby="people-heading">
          <h2 id="people-heading">People</h2>
          <p>The people the articles quote — residents, police, executives, researchers.</p>
          <ul className="chip-list">
            {people.slice(0, 16).map((p) => (
              <li key={p.slug}>
                <a href={entityHref('people', p.slug)}>{p.data.name}</a>
              </li>
            ))}
          </ul>
          {more(collectionHref('people'), `All ${lib.people.length} people`)}
        </section>
        <section aria-labelledby="themes-heading">
          <h2 id="themes-heading">Themes</h2>
          <p>Threads that run through several articles, passage by passage.</p>
          <ul className="link-list">
            {themes.map((t) => (
              <li key={t.slug}>
                <a href={entityHref('themes', t.slug)}>{t.data.name}</a> <span className="muted">— {t.data.summary}</span>
              </li>
            ))}
          </ul>
          {more(collectionHref('themes'), 'All themes')}
        </section>
        <section aria-labelledby="claims-heading">
          <h2 id="claims-heading">Where the articles disagree</h2>
          <p>Claims on which one article differs from or qualifies another.</p>
          <ul className="link-list">
            {disputed.slice(0, 8).map((c) => (
              <li key={c.slug}>
                <a href={entityHref('claims', c.slug)}>{c.data.statement}</a> <span className="muted">{claimSummary(lib, c.slug)}</span>
              </li>
            ))}
          </ul>
          {more(collectionHref('claims'), `All ${lib.claims.length} claims`)}
        </section>
      </div>
      {nav.has(collectionHref('organizations')) ? (
        <p>
          Also: <a href={collectionHref('organizations')}>the {lib.organizations.length} organizations</a> — companies, agencies, programs, outlets and
          NGOs.
        </p>
      ) : null}
      <p>
        Explore by connection in <a href={graphHref()}>the graph</a>, or download every tag as{' '}
        <a href={dataHref()}>open data</a> (JSON, CSV and W3C Web Annotations).
      </p>
    </div>
  );
}
