import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AnnotatedArticleBody } from '@/components/AnnotatedArticleBody';
import { MentionPreviews, type MentionPreview } from '@/components/MentionPreviews';
import { entityHref, entitySubtitle, findEntity } from '@/lib/entities';
import { entityKey } from '@/lib/annotate/types';
import { ArticleMeta } from '@/components/ArticleMeta';
import { ArticleBar } from '@/components/ArticleBar';
import { articleSourceHref, homeHref } from '@/lib/links';
import { citationMeta } from '@/lib/cite/meta';
import { cslRecord } from '@/lib/cite/record';
import { SearchHighlighter } from '@/components/search/SearchHighlighter';
import { getArticle, getLibrary } from '@/lib/library';
import { formatDate } from '@/lib/format';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getLibrary().articles.map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  return { title: `${article.title} (${article.outlet})`, description: article.summary, other: citationMeta(cslRecord(article), article.title) };
}

/** The preview card data of every entity this article mentions (name, kind, first line, counts). */
function previews(slug: string): Record<string, MentionPreview> {
  const lib = getLibrary();
  const out: Record<string, MentionPreview> = {};
  for (const m of lib.mentionsByArticle.get(slug) ?? []) {
    const key = entityKey(m.kind, m.slug);
    if (out[key]) continue;
    const entry = findEntity(lib, m.kind, m.slug)!;
    const all = lib.mentionsByEntity.get(key) ?? [];
    const firstSentence = entry.body.trim().split(/(?<=[.!?])\s/)[0] ?? '';
    out[key] = {
      name: entry.data.name,
      kind: entitySubtitle(m.kind, entry),
      line: firstSentence.length > 160 ? `${firstSentence.slice(0, 157)}…` : firstSentence,
      count: all.length,
      articles: new Set(all.map((x) => x.article)).size,
      href: entityHref(m.kind, m.slug),
    };
  }
  return out;
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const facts = [
    article.dateNote ? `Date: ${article.dateNote}` : '',
    article.authorsNote ? `Author: ${article.authorsNote}` : '',
    article.titleNote ? `Title: ${article.titleNote}` : '',
    article.print ? `In print: ${article.print}` : '',
  ].filter(Boolean);
  return (
    <article className="page article" aria-labelledby="article-title">
      <header className="article-header">
        <h1 id="article-title">{article.title}</h1>
        {article.dek ? <p className="dek">{article.dek}</p> : null}
        <ArticleMeta article={article} />
        <p className="editorial-line">
          <span className="editorial-label">Edited for reading</span>, the source’s words unchanged · <a href="#about-this-text">What was edited</a>
        </p>
        <ArticleBar article={article} />
      </header>
      <AnnotatedArticleBody article={article} />
      <MentionPreviews entities={previews(article.slug)} />
      <SearchHighlighter />
      <footer className="article-footer" id="about-this-text" aria-labelledby="about-this-text-heading">
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
          {article.removed.length === 0 ? (
            <p>Nothing: every word of the source is above.</p>
          ) : (
            <ul>
              {article.removed.map((r, i) => (
                <li key={i}>
                  “{r.text}”{r.count > 1 ? ` (${r.count} times)` : ''}: {r.reason}.
                </li>
              ))}
            </ul>
          )}
        </details>
        <p>
          Published {formatDate(article.published)} by {article.outlet}. <a href={homeHref()}>All four articles</a>.
        </p>
      </footer>
    </article>
  );
}
