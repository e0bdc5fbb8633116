// citeproc-js ships no types; this declares the part of its API that lib/cite/engine.ts uses.
declare module 'citeproc' {
  type Sys = { retrieveLocale: (lang: string) => string; retrieveItem: (id: string) => unknown };
  export class Engine {
    constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean);
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [{ entry_ids: string[][] }, string[]] | false;
    makeCitationCluster(items: { id: string; locator?: string; label?: string }[]): string;
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
