'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { citationStyleNames } from '@/lib/cite';
import { encode } from '@/lib/reading-list/codec';
import type { DataArticle } from '@/lib/reading-list/data';
import { bibliographyOf, formatMinutes, resolveList, totalMinutes, type DataIndex, type ResolvedItem } from '@/lib/reading-list/resolve';
import { readStored, subscribeStored } from '@/lib/reading-list/store';
import { readingListHref } from '@/lib/links';
import { Bibliography } from './Bibliography';
import { ArticleLine, ItemReading } from './ItemReading';
import { useReadingListData } from './useReadingListData';
import { TextsNotLoaded } from './TextsNotLoaded';
import { listForPage } from './url';
import './reading-list.css';
import { ListProblems } from './ListProblems';

/** Room to write under each question: none, a few lines, or half a page. */
const spaces = { none: 'None', lines: 'A few lines', half: 'Half a page' } as const;
type Space = keyof typeof spaces;

/** Consecutive paragraphs of one article are printed under that article, once. */
type Group = { article?: DataArticle; items: { item: ResolvedItem; position: number }[] };
function groupItems(items: ResolvedItem[]): Group[] {
  const groups: Group[] = [];
  items.forEach((item, i) => {
    const last = groups.at(-1);
    const article = item.type === 'passage' ? item.article : undefined;
    if (article && last?.article?.slug === article.slug) last.items.push({ item, position: i + 1 });
    else groups.push({ ...(article ? { article } : {}), items: [{ item, position: i + 1 }] });
  });
  return groups;
}

/**
 * The reading packet: title and instructions, then the readings, each question printed above its reading with
 * room to write under it, and one bibliography at the end in the list's style. The link to the list online is
 * a QR code, drawn in the browser when the page opens (the qrcode library, loaded only here). Reads the same
 * link as /reading-list (or, with no list in the link, the list this browser is building).
 */
export function PrintView() {
  const query = useSearchParams().toString();
  const stored = useSyncExternalStore(subscribeStored, readStored, () => null);
  const [space, setSpace] = useState<Space>('lines');
  const page = useMemo(() => (stored === null ? null : listForPage(query, stored)), [query, stored]);
  const data = useReadingListData(page?.list ?? null);
  const resolved = useMemo(() => (page && data.status === 'ready' ? resolveList(page.list, data.index) : null), [page, data]);

  if (!page) return <PrintFallback />;
  if (data.status === 'error') {
    return (
      <>
        <h1>Reading packet</h1>
        <TextsNotLoaded message={data.message} />
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
  const listUrl = `${window.location.origin}${readingListHref(encode(list))}`;
  const sources = bibliographyOf(items, list.style);
  return (
    <div className={`packet packet-space-${space}`}>
      <div className="rl-packet-tools rl-no-print">
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <fieldset className="rl-styles rl-space">
          <legend>Space to write under each question</legend>
          {(Object.keys(spaces) as Space[]).map((s) => (
            <label key={s}>
              <input type="radio" name="rl-space" value={s} checked={space === s} onChange={() => setSpace(s)} /> {spaces[s]}
            </label>
          ))}
        </fieldset>
        <a href={page.origin === 'link' ? readingListHref(query) : readingListHref()}>Back to the reading list</a>
      </div>
      <ListProblems problems={problems} heading="Some of this link could not be used" className="rl-problems rl-no-print" />
      <header className="packet-header">
        <div className="packet-heading">
          <h1>{list.title || 'Reading list'}</h1>
          {items.length ? (
            <p className="rl-muted">
              {items.length === 1 ? '1 reading' : `${items.length} readings`} · about {totalMinutes(items)} minutes of reading
            </p>
          ) : null}
          {list.instructions ? <div className="packet-instructions">{list.instructions}</div> : null}
        </div>
        {items.length ? <ListCode url={listUrl} /> : null}
      </header>
      {items.length === 0 ? (
        <p>
          This reading list has no readings yet. <a href={readingListHref()}>Build one on the reading list page</a>.
        </p>
      ) : null}
      {groupItems(items).map((group) =>
        group.article ? (
          <section key={group.items[0]!.item.key} className="packet-group" aria-labelledby={`packet-group-${group.items[0]!.position}`}>
            <h2 id={`packet-group-${group.items[0]!.position}`} className="packet-group-title">
              From “{group.article.title}”
            </h2>
            <ArticleLine article={group.article} />
            {group.items.map(({ item, position }) => (
              <PacketItem key={item.key} item={item} position={position} index={data.index} grouped />
            ))}
          </section>
        ) : (
          <PacketItem key={group.items[0]!.item.key} item={group.items[0]!.item} position={group.items[0]!.position} index={data.index} />
        ),
      )}
      <Bibliography
        sources={sources}
        style={list.style}
        className="packet-bibliography"
        headingId="packet-bibliography-heading"
        note={<p className="rl-muted rl-no-print">In {citationStyleNames[list.style]} style.</p>}
      />
    </div>
  );
}

function PacketItem({ item, position, index, grouped = false }: { item: ResolvedItem; position: number; index: DataIndex; grouped?: boolean }) {
  const headingId = `packet-item-${position}`;
  const Heading = grouped ? 'h3' : 'h2';
  return (
    <article className={`packet-item packet-${item.type}`} aria-labelledby={headingId}>
      <Heading id={headingId} className="packet-item-title">
        {position}. {grouped && item.type === 'passage' ? `Paragraph ${item.passage.n}` : item.title}
        <span className="packet-minutes"> · {formatMinutes(item.minutes)}</span>
      </Heading>
      {item.type === 'article' ? <ArticleLine article={item.article} /> : null}
      {item.note ? (
        <div className="packet-note">
          <p className="packet-note-label">Question</p>
          <p>{item.note}</p>
        </div>
      ) : null}
      <ItemReading item={item} index={index} print />
      {item.note ? <div className="packet-space" aria-hidden="true" /> : null}
    </article>
  );
}

/** The list's link as a QR code with a short caption; drawn in the browser, no request leaves the site. */
function ListCode({ url }: { url: string }) {
  const [code, setCode] = useState<{ url: string; src: string } | { url: string; error: string } | null>(null);
  useEffect(() => {
    let live = true;
    import('qrcode')
      .then((QRCode) => QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 2, scale: 4 }))
      .then(
        (src) => live && setCode({ url, src }),
        (error: unknown) => live && setCode({ url, error: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      live = false;
    };
  }, [url]);
  const host = url.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  return (
    <figure className="packet-code">
      {code?.url === url && 'src' in code ? (
        // A data: URL made in this page, not a file to optimize: next/image has nothing to add here.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={code.src} width={120} height={120} alt="QR code of this reading list’s link" />
      ) : (
        <span className="packet-code-pending" />
      )}
      <figcaption>
        {code && 'error' in code ? `The QR code could not be drawn (${code.error}). ` : ''}
        Scan for this list online, with its links ({host}).
      </figcaption>
    </figure>
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
