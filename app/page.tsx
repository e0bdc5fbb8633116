import { ArticleMeta } from '@/components/ArticleMeta';
import { getLibrary } from '@/lib/library';
import { siteNav } from '@/lib/site';

export default function Home() {
  const { articles } = getLibrary();
  const ways = siteNav().filter((item) => item.href !== '/' && item.href !== '/about');
  return (
    <div className="page home">
      <section className="intro" aria-labelledby="intro-heading">
        <h1 id="intro-heading">Sightlines</h1>
        <p className="lede">
          Four published articles on China’s surveillance state — from TIME, TODAY (from the South China Morning
          Post), The New York Times and China Digital Times — presented whole, faithfully, and side by side, so that
          you can read the reporting itself and follow a place, a person or a claim from one article to the next.
        </p>
      </section>
      <section aria-labelledby="articles-heading">
        <h2 id="articles-heading">The articles</h2>
        <ul className="cards">
          {articles.map((article) => (
            <li key={article.slug} className="card">
              <h3>
                <a href={`/articles/${article.slug}`}>{article.title}</a>
              </h3>
              <ArticleMeta article={article} />
              <p>{article.summary}</p>
            </li>
          ))}
        </ul>
      </section>
      {ways.length > 0 ? (
        <section aria-labelledby="ways-heading">
          <h2 id="ways-heading">Ways in</h2>
          <ul className="ways">
            {ways.map((w) => (
              <li key={w.href}>
                <a href={w.href}>{w.label}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
