/**
 * Citations: the styles the site offers and the formatted text they produce. Everything here is plain data and
 * small helpers, safe in the browser; the CSL engine that produces the text (citeproc-js, ./engine.ts) runs only
 * at build time, so no page ships it.
 */

export const citationStyles = ['mla', 'apa', 'chicago'] as const;
export type CitationStyle = (typeof citationStyles)[number];
export const citationStyleNames: Record<CitationStyle, string> = { mla: 'MLA', apa: 'APA', chicago: 'Chicago' };
/** What each style calls its list of sources. */
export const bibliographyHeadings: Record<CitationStyle, string> = { mla: 'Works Cited', apa: 'References', chicago: 'Bibliography' };

/** Formatted citation text: plain runs and italic runs (titles of periodicals and websites), nothing else. */
export type Rich = (string | { i: string })[];

export type StyledCitation = {
  /** The entry in the style's bibliography (Works Cited, References, Bibliography). */
  bibliography: Rich;
  /** The in-text citation (MLA, APA) or the first full note (Chicago), without a locator. */
  citation: Rich;
  /** The same with a paragraph locator; the paragraph number is `paragraphSlot`, see atParagraph(). */
  citationAtParagraph: Rich;
  /** Position in the style's bibliography of all the site's articles (the style's own sort order). */
  order: number;
};
export type ArticleCitations = Record<CitationStyle, StyledCitation>;

/** The stand-in paragraph number the engine formats, replaced by the real one; no article has this many. */
export const paragraphSlot = '987654';

export const richText = (rich: Rich): string => rich.map((run) => (typeof run === 'string' ? run : run.i)).join('');

/** The citation of paragraph n: the engine's own wording ("par. 4", "para. 4"), with the number put in. */
export function atParagraph(rich: Rich, n: number): Rich {
  const put = (text: string) => text.split(paragraphSlot).join(String(n));
  return rich.map((run) => (typeof run === 'string' ? put(run) : { i: put(run.i) }));
}
