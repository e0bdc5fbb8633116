import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { CslRecord } from './record';

/**
 * Records in the files reference managers import: BibLaTeX by Citation.js (its BibTeX plugin: names, protected
 * capitals, escapes); RIS and CSL-JSON are written in ./files.ts (small enough for the browser) and re-exported
 * here. Citation.js is build time only: no page ships it.
 */
export { cslJson, ris } from './files';

export const bibtex = (records: CslRecord[]): string => new Cite(structuredClone(records)).format('biblatex').trim() + '\n';
