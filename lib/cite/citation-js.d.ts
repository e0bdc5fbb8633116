// Citation.js ships no types; this declares the part of its API that lib/cite/export.ts uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: 'biblatex' | 'bibtex' | 'ris', options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-bibtex';
