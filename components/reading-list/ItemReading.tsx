import { Fragment, type ReactNode } from 'react';
import { passageHref, themeReadHref } from '@/lib/links';
import type { DataArticle, DataBlock, DataPassage, DataThemePassage } from '@/lib/reading-list/data';
import { formatMinutes, type DataIndex, type ResolvedItem } from '@/lib/reading-list/resolve';
import { formatDate, listNames } from '@/lib/format';

/**
 * What there is to read for one item of a list, the one component behind the editor, the assignment view and
 * the printed packet. On screen an article is a link with its reading time and a paragraph, claim or theme is
 * shown with links to read it in context; in print (`print`) the texts are printed whole, since paper has no
 * links: the whole article, every paragraph of a theme.
 */
export function ItemReading({ item, index, print = false }: { item: ResolvedItem; index: DataIndex | null; print?: boolean }) {
  switch (item.type) {
    case 'article': {
      const a = item.article;
      if (print) return <WholeArticle article={a} />;
      return (
        <div className="rl-text">
          <ArticleLine article={a} />
          <p>{a.summary}</p>
          <p>
            <a href={item.href}>Read the article</a> <span className="rl-muted">({formatMinutes(a.readingMinutes)})</span>
          </p>
        </div>
      );
    }
    case 'passage':
      return (
        <div className="rl-text">
          <PassageText passage={item.passage} />
          {print ? null : (
            <p>
              <a href={item.href}>Paragraph {item.passage.n} in the article</a>
            </p>
          )}
        </div>
      );
    case 'claim': {
      const c = item.claim;
      return (
        <div className="rl-text">
          {c.madeBy.length ? <p className="rl-muted">Made by {listNames(c.madeBy)}</p> : null}
          {c.evidence.map((e, i) => {
            const article = index?.articles.get(e.article);
            const other = e.with ? index?.articles.get(e.with) : undefined;
            const relation =
              e.relation === 'reports'
                ? ''
                : `; ${e.relation === 'agrees' ? 'agrees with' : e.relation === 'differs' ? 'differs from' : 'qualifies'} ${other ? `“${other.title}”` : (e.with ?? '')}`;
            const source = `${article?.title ?? e.article}${article ? ` (${article.outlet})` : ''}, ¶${e.n}`;
            return (
              <figure key={i} className="packet-evidence">
                <blockquote>
                  <p>“{e.quote}”</p>
                </blockquote>
                <figcaption>
                  — {print ? source : <a href={passageHref(e.article, e.n)}>{source}</a>}
                  {relation}
                  {e.note ? `. ${e.note}` : ''}
                </figcaption>
              </figure>
            );
          })}
          {print ? null : (
            <p>
              <a href={item.href}>The claim on Sightlines</a>
            </p>
          )}
        </div>
      );
    }
    case 'theme': {
      const t = item.theme;
      if (!print) {
        const articles = new Set(t.passages.map((p) => p.article)).size;
        return (
          <div className="rl-text">
            <p>{t.summary}</p>
            <p className="rl-muted">
              {t.passages.length} passages from {articles === 1 ? '1 article' : `${articles} articles`}; the printed packet
              includes them.
            </p>
            <p>
              <a href={themeReadHref(t.slug)}>Read the thread</a> · <a href={item.href}>The theme on Sightlines</a>
            </p>
          </div>
        );
      }
      // Photo captions are left out, as in a whole article: the packet does not show the photographs.
      const isCaption = (p: DataThemePassage) => index?.articles.get(p.article)?.passages.find((x) => x.n === p.n)?.kind === 'caption';
      const captions = new Set(t.passages.filter(isCaption).map((p) => `${p.article}#${p.n}`)).size;
      const byArticle = new Map<string, DataThemePassage[]>();
      for (const p of t.passages) if (!isCaption(p)) byArticle.set(p.article, [...(byArticle.get(p.article) ?? []), p]);
      return (
        <div className="rl-text">
          <p className="packet-summary">{t.summary}</p>
          {captions ? (
            <p className="rl-muted packet-left-out">
              {captions === 1 ? 'One passage of this theme describes a photograph' : `${captions} passages of this theme describe photographs`}: left
              out here, since the packet does not show the photographs.
            </p>
          ) : null}
          {[...byArticle].map(([slug, passages]) => {
            const article = index?.articles.get(slug);
            if (!article) return null;
            const ns = [...new Set(passages.map((p) => p.n))].sort((a, b) => a - b);
            return (
              <section key={slug} aria-label={`From ${article.title}`}>
                <h3>
                  From “{article.title}” ({article.outlet})
                </h3>
                {ns.map((n) => {
                  const passage = article.passages.find((p) => p.n === n);
                  if (!passage) return null;
                  const marks = passages.filter((p) => p.n === n);
                  return (
                    <Fragment key={n}>
                      <PassageText passage={passage} marks={marks} />
                      {marks.map((m, i) => (m.note ? <p key={i} className="rl-muted packet-theme-note">Note: {m.note}</p> : null))}
                    </Fragment>
                  );
                })}
              </section>
            );
          })}
        </div>
      );
    }
  }
}

/** “Outlet · Authors · date”, the line that says where a reading comes from. */
export function ArticleLine({ article }: { article: DataArticle }) {
  return (
    <p className="rl-muted rl-article-line">
      {article.outlet}
      {article.authors.length ? ` · ${listNames(article.authors)}` : ''} · {formatDate(article.published)}
    </p>
  );
}

/** A passage's text with its ¶ number; the quoted ranges of a theme are marked. */
export function PassageText({ passage, marks = [] }: { passage: DataPassage; marks?: { start: number; end: number }[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const m of [...marks].sort((a, b) => a.start - b.start)) {
    if (m.start < at) continue;
    parts.push(passage.text.slice(at, m.start), <mark key={m.start}>{passage.text.slice(m.start, m.end)}</mark>);
    at = m.end;
  }
  parts.push(passage.text.slice(at));
  return (
    <p className={`packet-para packet-${passage.kind}`}>
      <span className="packet-num">¶{passage.n}</span> {parts}
    </p>
  );
}

/**
 * A whole article as the packet prints it: its headings, paragraphs, quotes and posts. Photo captions are left
 * out, since the packet does not show the photographs they describe.
 */
function WholeArticle({ article }: { article: DataArticle }) {
  const passage = (n: number) => article.passages.find((p) => p.n === n);
  const render = (block: DataBlock, i: number) => {
    switch (block.type) {
      case 'heading':
        return <h3 key={i}>{block.text}</h3>;
      case 'caption':
        return null;
      case 'paragraph': {
        const p = passage(block.n);
        return p ? <PassageText key={i} passage={p} /> : null;
      }
      case 'quote':
        return (
          <blockquote key={i} className="packet-quote">
            {block.ns.map((n) => {
              const p = passage(n);
              return p ? <PassageText key={n} passage={p} /> : null;
            })}
          </blockquote>
        );
      case 'post':
        return (
          <div key={i} className="packet-post">
            <p className="packet-label">Embedded post</p>
            {block.ns.map((n) => {
              const p = passage(n);
              return p ? <PassageText key={n} passage={p} /> : null;
            })}
            {block.attribution ? <p className="packet-attribution">{block.attribution}</p> : null}
          </div>
        );
    }
  };
  return <div className="packet-article">{article.blocks.map(render)}</div>;
}
