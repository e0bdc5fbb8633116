import type { CslRecord } from './record';

/**
 * The embedded metadata that Zotero, Mendeley and Google Scholar read from a page (Highwire Press `citation_*`
 * tags), describing the original publication from the article's CSL-JSON record: its title as published, its
 * authors, date, periodical and original address. The page they sit on is where it was read. For Next's
 * `generateMetadata` `other` field: an array value becomes one meta element per entry.
 */
export function citationMeta(record: CslRecord, publishedTitle: string): Record<string, string | string[]> {
  const [[y, m, d]] = record.issued['date-parts'];
  const date = `${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}`;
  return {
    citation_title: publishedTitle,
    ...(record.author?.length ? { citation_author: record.author.map((a) => `${a.family}, ${a.given}`) } : {}),
    citation_publication_date: date,
    citation_date: date,
    // A periodical's name; a website's name goes in citation_publisher, so that importers don't file it as a journal.
    ...(record.type === 'webpage' ? { citation_publisher: record['container-title'] } : { citation_journal_title: record['container-title'] }),
    ...(record.URL ? { citation_public_url: record.URL } : {}),
    citation_language: record.language,
  };
}
