import type { SearchHit } from '@/lib/search/engine';
import type { ArticleInfo, EntryType } from '@/lib/search/records';
import { makeSnippet } from '@/lib/search/snippet';
import { Highlighted } from './Highlighted';
import { collectionOfType, label } from '@/lib/collections';

export const entryTypeLabel = (type: EntryType) => label(collectionOfType[type], 'One');

/** "TODAY (from the South China Morning Post)" → "TODAY": a passage's source line stays one short line. */
export const shortOutlet = (outlet: string) => outlet.replace(/\s*\(.*\)\s*$/, '');

/** The visible content of one result: what it is, its name or article, and a snippet with the matched words marked. */
export function ResultContent({ hit, articles, snippetLength = 160 }: { hit: SearchHit; articles: Map<string, ArticleInfo>; snippetLength?: number }) {
  const r = hit.record;
  if (r.type === 'passage') {
    const article = articles.get(r.article);
    const snippet = makeSnippet(r.text, hit.highlights.text, snippetLength);
    return (
      <>
        <span className="search-result-meta">
          <span className="search-result-source">
            {article ? shortOutlet(article.outlet) : r.article} ¶{r.n}
          </span>
          {r.kind !== 'paragraph' ? ` · ${r.kind === 'post' ? 'embedded post' : r.kind}` : ''}
          {hit.match === 'fuzzy' ? <span className="search-result-fuzzy"> · close match</span> : null}
        </span>
        <span className="search-result-snippet">
          {snippet.clippedStart ? '…' : ''}
          <Highlighted text={snippet.text} ranges={snippet.ranges} />
          {snippet.clippedEnd ? '…' : ''}
        </span>
      </>
    );
  }
  const aliasIndex = hit.highlights.aliases.findIndex((ranges) => ranges.length > 0);
  const alias = aliasIndex >= 0 && hit.highlights.name.length === 0 ? r.aliases[aliasIndex] : undefined;
  const description = hit.highlights.text.length ? makeSnippet(r.text, hit.highlights.text, snippetLength) : null;
  return (
    <>
      <span className="search-result-meta">
        <span className={`search-badge search-badge-${r.type}`}>{entryTypeLabel(r.type)}</span>
        {r.type !== 'claim' && r.type !== 'theme' ? ` ${r.label}` : ''}
        {hit.match === 'fuzzy' ? <span className="search-result-fuzzy"> · close match</span> : null}
      </span>
      <span className="search-result-name">
        <Highlighted text={r.name} ranges={hit.highlights.name} />
        {alias !== undefined ? (
          <span className="search-result-alias">
            {' '}
            (as “<Highlighted text={alias} ranges={hit.highlights.aliases[aliasIndex] ?? []} />”)
          </span>
        ) : null}
      </span>
      {description && hit.highlights.name.length === 0 && alias === undefined ? (
        <span className="search-result-snippet">
          {description.clippedStart ? '…' : ''}
          <Highlighted text={description.text} ranges={description.ranges} />
          {description.clippedEnd ? '…' : ''}
        </span>
      ) : null}
    </>
  );
}
