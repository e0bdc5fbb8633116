/**
 * The formats of an article's record for reference managers and their names, for the download buttons; the
 * writers, media types and file names are in ./files.ts, which the buttons load when pressed.
 */

export const citationFormats = ['ris', 'bib', 'json'] as const;
export type CitationFormat = (typeof citationFormats)[number];

export const citationFormatNames: Record<CitationFormat, string> = { ris: 'RIS', bib: 'BibTeX', json: 'CSL-JSON' };
