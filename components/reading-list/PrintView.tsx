'use client';

import { useSearchParams } from 'next/navigation';
import { Fragment, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { cite, citationStyleNames } from '@/lib/cite';
import { encode } from '@/lib/reading-list/codec';
import type { DataArticle, DataBlock, DataPassage, DataThemePassage } from '@/lib/reading-list/data';
import { formatMinutes, resolveList, totalMinutes, type DataIndex, type ResolvedItem } from '@/lib/reading-list/resolve';
import { readStored, subscribeStored } from '@/lib/reading-list/store';
import { formatDate, listNames } from '@/lib/format';
import { useReadingListData } from './useReadingListData';
import { listForPage } from './url';
import './reading-list.css';
import { readingListHref } from '@/lib/links';

/**
 * The reading packet: the list's title and instructions, then every item's full text with paragraph numbers,
 * its citation and its source addresses, one item to a printed page. Reads the same link as /reading-list
 * (or, with no list in the link, the list this browser is building).
 */
export function PrintView() {
  const query = useSearchParams().toString();
  const stored = useSyncExternalStore(subscribeStored, readStored, () => null);
  const data = useReadingListData();
  const page = useMemo(() => (stored === null ? null : listForPage(query, stored)), [query, stored]);
  const resolved = useMemo(() => (page && data.status === 'ready' ? resolveList(page.list, data.index) : null), [page, data]);

  if (!page) return <PrintFallback />;
  if (data.status === 'error') {
    return (
      <>
        <h1>Reading packet</h1>
        <p className="rl-problems" role="alert">
          The texts of the readings could not be loaded ({data.message}). Reload the page to try again.
        </p>
      </>
    );
  }
  if (!resolved || data.status !== 'ready') {
    return (
      <>
        <h1>{page.list.title || 'Reading packet'}</h1>
        <p role="status">Preparing the reading packet…</p>
      </>
    );
  }

  const { list, items } = resolved;
  const problems = [...page.problems, ...resolved.problems];
  const origin = window.location.origin;
  const listQuery = encode(list);
  return (
    <div className="packet">
      <p className="rl-packet-tools rl-no-print">
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <a href={readingListHref(page.origin === 'link' ? query : '')}>Back to the reading list</a>
      </p>
      {problems.length > 0 ? (
        <div className="rl-problems rl-no-print" role="alert" aria-labelledby="rl-problems-heading">
          <h2 id="rl-problems-heading">Some of this link could not be used</h2>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <header className="packet-header">
        <h1>{list.title || 'Reading list'}</h1>
        {list.instructions ? <div className="packet-instructions">{list.instructions}</div> : null}
        {items.length === 0 ? (
          <p>
            This reading list has no readings yet. <a href={readingListHref()}>Build one on the reading list page</a>.
          </p>
        ) : (
          <>
            <p className="rl-muted">
              {items.length === 1 ? '1 reading' : `${items.length} readings`} · about {totalMinutes(items)} minutes of reading ·
              citations in {citationStyleNames[list.style]} style
            </p>
            <ol className="packet-contents">
              {items.map((item) => (
                <li key={item.key}>
                  {item.kindLabel}: {item.title}
                </li>
              ))}
            </ol>
            <p className="rl-muted packet-link">
              This list online: {origin}/reading-list?{listQuery}
            </p>
          </>
        )}
      </header>
      {items.map((item, i) => (
        <article key={item.key} className="packet-item" aria-labelledby={`packet-item-${i + 1}`}>
          <p className="rl-kind">
            {item.kindLabel} · {formatMinutes(item.minutes)}
          </p>
          <h2 id={`packet-item-${i + 1}`}>
            {i + 1}. {item.title}
          </h2>
          {item.note ? (
            <div className="packet-note">
              <p className="packet-note-label">Note or question</p>
              <p>{item.note}</p>
            </div>
          ) : null}
          <PacketText item={item} index={data.index} />
          <footer className="packet-sources">
            <h3>{item.citables.length > 1 ? 'Sources' : 'Source'}</h3>
            <ul>
              {item.citables.map(({ citable }, j) => (
                <li key={j}>
                  <p>{cite[list.style](citable)}</p>
                  {citable.url ? <p className="rl-muted">Original: {citable.url}</p> : null}
                </li>
              ))}
            </ul>
            <p className="rl-muted">On Sightlines: {`${origin}${item.href}`}</p>
          </footer>
        </article>
      ))}
    </div>
  );
}

/** What the server prerenders, and what shows without JavaScript. */
export function PrintFallback() {
  return (
    <>
      <h1>Reading packet</h1>
      <p>
        This page turns a reading-list link into a printable packet with the full texts and citations. It is put
        together in your browser, so it needs JavaScript. <a href={readingListHref()}>Go to the reading list</a>.
      </p>
    </>
  );
}

const Num = ({ n }: { n: number }) => <span className="packet-num">¶{n}</span>;

function PacketText({ item, index }: { item: ResolvedItem; index: DataIndex }) {
  switch (item.type) {
    case 'article':
      return (
        <>
          <ArticleLine article={item.article} />
          <p className="packet-summary">{item.article.summary}</p>
          <WholeArticle article={item.article} />
        </>
      );
    case 'passage':
      return (
        <>
          <ArticleLine article={item.article} />
          <PassageText passage={item.passage} />
        </>
      );
    case 'claim': {
      const { claim } = item;
      return (
        <>
          {claim.madeBy.length ? <p className="rl-muted">Made by {listNames(claim.madeBy)}</p> : null}
          <h3>Evidence</h3>
          {claim.evidence.map((e, i) => {
            const article = index.articles.get(e.article);
            const other = e.with ? index.articles.get(e.with) : undefined;
            const relation =
              e.relation === 'reports'
                ? 'reports'
                : `${e.relation === 'agrees' ? 'agrees with' : e.relation === 'differs' ? 'differs from' : 'qualifies'} ${other ? `“${other.title}”` : (e.with ?? '')}`;
            return (
              <figure key={i} className="packet-evidence">
                <blockquote>
                  <p>“{e.quote}”</p>
                </blockquote>
                <figcaption>
                  — {article?.title ?? e.article} ({article?.outlet}), ¶{e.n}; {relation}
                  {e.note ? `. ${e.note}` : ''}
                </figcaption>
              </figure>
            );
          })}
        </>
      );
    }
    case 'theme': {
      const { theme } = item;
      const byArticle = new Map<string, DataThemePassage[]>();
      for (const p of theme.passages) byArticle.set(p.article, [...(byArticle.get(p.article) ?? []), p]);
      return (
        <>
          <p className="packet-summary">{theme.summary}</p>
          {[...byArticle].map(([slug, passages]) => {
            const article = index.articles.get(slug);
            if (!article) return null;
            const ns = [...new Set(passages.map((p) => p.n))].sort((a, b) => a - b);
            return (
              <section key={slug} aria-label={`From ${article.title}`}>
                <h3>From “{article.title}” ({article.outlet})</h3>
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
        </>
      );
    }
  }
}

function ArticleLine({ article }: { article: DataArticle }) {
  return (
    <p className="rl-muted">
      From “{article.title}”, {article.outlet}
      {article.authors.length ? `, by ${listNames(article.authors)}` : ''}, {formatDate(article.published)}
    </p>
  );
}

/** A passage's text with its number; the quoted ranges of a theme are marked. */
function PassageText({ passage, marks = [] }: { passage: DataPassage; marks?: { start: number; end: number }[] }) {
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
      <Num n={passage.n} /> {passage.kind === 'caption' ? <span className="packet-label">Photo caption: </span> : null}
      {parts}
    </p>
  );
}

function WholeArticle({ article }: { article: DataArticle }) {
  const passage = (n: number) => article.passages.find((p) => p.n === n);
  const render = (block: DataBlock, i: number) => {
    switch (block.type) {
      case 'heading':
        return <h3 key={i}>{block.text}</h3>;
      case 'paragraph':
      case 'caption': {
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
