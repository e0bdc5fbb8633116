/**
 * Static islands (issue 13, output per article): markup that never changes in the browser (an article's text with
 * its notes, an entry's passages, a verbatim source) is sent once, in the HTML, instead of twice. Next writes
 * every page's React payload into the page as inline script, and for these parts it repeated the text a second
 * time: the payload was 60–65% of out/ at 1,000 articles (docs-bench.md).
 *
 * How it works:
 * - the page renders the island's element empty, with `dangerouslySetInnerHTML` set to nothing. React, hydrating
 *   such an element, leaves what it holds alone and never renders into it again, so the payload carries only
 *   the empty element;
 * - a build-only route renders the same elements filled, ISLANDS_PER_PAGE to a file (app/island-parts/…, with
 *   react-dom's static renderer rather than as a page: the same markup for a third of the work);
 * - after `next build`, scripts/fill-islands.mjs copies each filled element into the pages' empty ones and
 *   removes the island parts from out/. A page left with an empty island fails the build.
 * Under `next dev` and in unit tests every island is rendered filled, in its page, as any component.
 *
 * An island holds no client component: a client component inside it would never be hydrated. And as its part is
 * rendered by react-dom's static renderer, not as a Server Component (app/island-parts), an island's components
 * use no hook, are not async and use no `React.cache`: plain functions of their props and the library. What an island
 * needs in the browser is added by a client component of the page (the passage menus' "Add to reading list",
 * components/article/PassageListButtons.tsx) or works on the page's DOM (mention previews, the article filter,
 * the search highlighter, the Cite panel's buttons, the header search box).
 */

export { ISLAND_ATTRIBUTE } from './island-attribute';

/**
 * True where pages render their islands empty, to be filled after the build: in `next build`, not in `next dev`.
 * SIGHTLINES_ISLANDS=inline builds pages with their islands in them (to compare the output of the two ways).
 */
export const islandsApart = () => process.env.NODE_ENV === 'production' && process.env.SIGHTLINES_ISLANDS !== 'inline';

/** How many islands one build-only part renders: enough to keep the parts few, few enough to keep them small. */
export const ISLANDS_PER_PAGE = 25;

/** The island parts of a list of items: `{ chunk: '0' }, { chunk: '1' }, …` (app/island-parts adds `.html`). */
export function islandChunkParams<T>(items: readonly T[]): { chunk: string }[] {
  const count = Math.max(1, Math.ceil(items.length / ISLANDS_PER_PAGE));
  return Array.from({ length: count }, (_, k) => ({ chunk: String(k) }));
}

/** The items of island part `chunk` (its number: anything else gives none). */
export function islandChunk<T>(items: readonly T[], chunk: string): T[] {
  if (!/^(0|[1-9]\d*)$/.test(chunk)) return [];
  const k = Number(chunk);
  return items.slice(k * ISLANDS_PER_PAGE, (k + 1) * ISLANDS_PER_PAGE);
}

/**
 * Island names: an article's body, bar panels and footer, its source text, an entry's pages of passages, its
 * connections, a place's locator map, a claim's pages of evidence, and the chrome of every page.
 */
export const islandName = {
  articleBody: (article: string) => `article-body/${article}`,
  /** The panels of an article's bar (contents, what it names, its themes, its citation), and its footer. */
  articlePanel: (article: string, panel: 'contents' | 'index' | 'themes' | 'cite') => `article-panel/${article}/${panel}`,
  articleFooter: (article: string) => `article-footer/${article}`,
  source: (article: string) => `source/${article}`,
  passages: (collection: string, slug: string, page: number) => `passages/${collection}/${slug}/${page}`,
  /** A place's locator map. */
  locator: (place: string) => `locator/${place}`,
  /** The connections beside an entry's first page (its neighbourhood graph, what is named alongside it, its claims…). */
  entitySide: (collection: string, slug: string) => `entity-side/${collection}/${slug}`,
  evidence: (claim: string, page: number) => `evidence/${claim}/${page}`,
  /** What every page has: the header's sections, buttons and search box, the footer, the not-found page Next embeds. */
  chrome: (part: 'nav' | 'buttons' | 'search' | 'footer' | 'not-found') => `chrome/${part}`,
};
