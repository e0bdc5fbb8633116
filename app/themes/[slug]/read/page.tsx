import type { ReactNode } from 'react';
import { AddToReadingList } from '@/components/reading-list/AddToReadingList';
import { relationSentence } from '@/lib/claims';
import { formatDate, plural } from '@/lib/format';
import { getLibrary } from '@/lib/library';
import { articleHref, entityHref, passageHref } from '@/lib/links';
import { threadReading } from '@/lib/reading-list/thread';
import { findThemeByParam } from '@/lib/themes';
import { slugRoute, type SlugProps } from '@/components/slug-route';
import './thread.css';

const route = slugRoute(() => getLibrary().themes, (segment) => findThemeByParam(getLibrary(), segment), (theme) => ({
  title: `Read the thread: ${theme.data.name}`,
  description: `${theme.data.summary} The theme’s passages from every article, in order, as one reading.`,
}));
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

/** A paragraph's text with the theme's quoted ranges marked. */
function marked(text: string, marks: { start: number; end: number }[]): ReactNode[] {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    parts.push(text.slice(at, m.start), <mark key={m.start}>{text.slice(m.start, m.end)}</mark>);
    at = m.end;
  }
  parts.push(text.slice(at));
  return parts;
}

/** "Read this thread": a theme's passages in order as one continuous reading, with the claims where they meet. */
export default async function ThreadReadingPage(props: SlugProps) {
  const lib = getLibrary();
  const theme = await route.entry(props);
  const { stops, minutes } = threadReading(lib, theme.slug);
  const articles = new Set(stops.map((s) => s.article.slug)).size;
  return (
    <article className="page thread-reading" aria-labelledby="thread-title">
      <header>
        <p className="kicker">
          <a href={entityHref('themes', theme.slug)}>Theme: {theme.data.name}</a>
        </p>
        <h1 id="thread-title">Read the thread: {theme.data.name}</h1>
        <p className="lede">{theme.data.summary}</p>
        <p className="muted">
          {plural(stops.length, 'passage')} from {plural(articles, 'article')}, in order of publication · about {plural(minutes, 'minute')} of
          reading
        </p>
        <p className="article-actions">
          <AddToReadingList item={{ type: 'theme', slug: theme.slug }} label="this whole thread" />
        </p>
      </header>
      <ol className="thread-stops">
        {stops.map(({ stop, article, passage, marks, notes, claims }, i) => {
          const previous = stops[i - 1];
          const sameArticle = previous?.article.slug === article.slug;
          return (
            <li key={stop.range.passageId + article.slug} className="thread-stop">
              {sameArticle ? null : (
                <p className="thread-source">
                  <a href={articleHref(article.slug)}>{article.title}</a> · {article.outlet}
                  {article.authors.length ? ` · ${article.authors.join(' and ')}` : ''} · {formatDate(article.published)}
                </p>
              )}
              <blockquote className="thread-passage">
                <p>
                  <span className="thread-num">¶{passage.n}</span> {marked(passage.text, marks)}
                </p>
              </blockquote>
              {notes.map((note, j) => (
                <p key={j} className="muted thread-note">
                  {note}
                </p>
              ))}
              <p className="thread-context">
                <a href={passageHref(article.slug, passage.n)}>
                  Read ¶{passage.n} in context<span className="visually-hidden">: {article.title}</span>
                </a>
              </p>
              {claims.length ? (
                <aside className="thread-claims" aria-label={`Where the articles meet, after ${stop.label}`}>
                  <p className="thread-claims-label">Where the articles meet</p>
                  <ul>
                    {claims.map((c) => (
                      <li key={c.slug}>
                        <a href={entityHref('claims', c.slug)}>{c.statement}</a>
                        <ul>
                          {c.evidence.map((e, j) => (
                            <li key={j}>{relationSentence(lib, e)}</li>
                          ))}
                        </ul>
                      </li>
                    ))}
                  </ul>
                </aside>
              ) : null}
            </li>
          );
        })}
      </ol>
    </article>
  );
}
