import type { DataArticle } from '@/lib/reading-list/data';
import { ris } from '@/lib/cite/files';

const dataUrl = (type: string, text: string) => `data:${type};charset=utf-8,${encodeURIComponent(text)}`;

/**
 * The records of a list's sources in one file, for a reference manager: RIS, BibLaTeX or CSL-JSON, made in the
 * page from the records the build prepared (RIS from the CSL-JSON, as the article page's Cite panel makes it), so
 * nothing is fetched and nothing leaves the browser.
 */
export function ReferenceFiles({ articles }: { articles: DataArticle[] }) {
  if (!articles.length) return null;
  const files = [
    { label: 'RIS', name: 'reading-list.ris', href: dataUrl('application/x-research-info-systems', articles.map((a) => ris([a.record.csl])).join('')) },
    { label: 'BibTeX', name: 'reading-list.bib', href: dataUrl('application/x-bibtex', articles.map((a) => a.record.bib).join('\n')) },
    {
      label: 'CSL-JSON',
      name: 'reading-list.json',
      href: dataUrl('application/vnd.citationstyles.csl+json', `${JSON.stringify(articles.map((a) => a.record.csl), null, 2)}\n`),
    },
  ];
  return (
    <p className="rl-reference-files rl-no-print">
      All {articles.length === 1 ? 'its source' : `${articles.length} sources`} for a reference manager (Zotero, Mendeley, EndNote…):{' '}
      {files.map((f, i) => (
        <span key={f.name}>
          {i ? ' · ' : ''}
          <a href={f.href} download={f.name}>
            {f.label}
            <span className="visually-hidden"> file of the sources</span>
          </a>
        </span>
      ))}
    </p>
  );
}
