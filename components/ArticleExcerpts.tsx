import { Excerpt } from './Excerpt';
import type { Article } from '@/lib/content/load';
import type { Excerpt as ExcerptData } from '@/lib/entities';
import { articleShortName } from '@/lib/entities';
import { formatDate } from '@/lib/format';
import { articleHref, passageHref } from '@/lib/links';
import type { PageSlice } from '@/lib/paging';

type ExcerptItem = { key: string | number; excerpt: ExcerptData; n: number; note?: string };

/**
 * One article's excerpts on an entry's page (an entity's mentions, a theme's passages): a section headed by the
 * article ("…, continued" when it began on the page before), its excerpts numbered from `from` + 1, each with its
 * note and a link to its paragraph. `idPrefix` keeps the heading ids of the page's own kind ("h-", "t-").
 */
export function ArticleExcerpts({
  article,
  idPrefix,
  continued,
  from,
  excerpts,
}: {
  article: Article;
  idPrefix: string;
  continued: boolean;
  from: number;
  excerpts: ExcerptItem[];
}) {
  return (
    <section id={continued ? undefined : `in-${article.slug}`} className="mention-group" aria-labelledby={`${idPrefix}${article.slug}`}>
      <h3 id={`${idPrefix}${article.slug}`}>
        {article.outlet}: <a href={articleHref(article.slug)}>{article.title}</a>{' '}
        <span className="muted">
          ({formatDate(article.published)}){continued ? ', continued' : ''}
        </span>
      </h3>
      <ol className="excerpts" start={from + 1}>
        {excerpts.map((x) => (
          <li key={x.key}>
            <blockquote>
              <p>
                <Excerpt excerpt={x.excerpt} />
              </p>
            </blockquote>
            {x.note ? <p className="muted">{x.note}</p> : null}
            <a href={passageHref(article.slug, x.n)} className="passage-link" aria-describedby={PASSAGE_LINK_HINT}>
              {articleShortName(article)} ¶{x.n}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * What a passage link does, said once for the page and given to every link as its description: written into each
 * link it was 70 bytes a passage, on every page of passages.
 */
const PASSAGE_LINK_HINT = 'passage-link-hint';

/** One page of an entry's excerpts (lib/paging.ts), article by article; `item` says what each excerpt shows. */
export function ExcerptSlices<T>({ slices, idPrefix, item }: { slices: PageSlice<{ article: Article }, T>[]; idPrefix: string; item: (x: T, i: number) => ExcerptItem }) {
  return (
    <>
      {slices.map(({ group, items, first, continued }) => (
        <ArticleExcerpts key={group.article.slug} article={group.article} idPrefix={idPrefix} continued={continued} from={first} excerpts={items.map(item)} />
      ))}
      <span id={PASSAGE_LINK_HINT} hidden>
        Read the paragraph in the article
      </span>
    </>
  );
}
