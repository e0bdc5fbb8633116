import { citationStyleNames, citationStyles } from '@/lib/cite';
import { bibtex } from '@/lib/cite/export';
import { siteCitations, siteRecords } from '@/lib/cite/site';
import type { ArticleFrontMatter } from '@/lib/content/schema';
import { getLibrary } from '@/lib/library';
import { CitationText } from './CitationText';
import { citationFormatNames, citationFormats } from '@/lib/cite/formats';

/**
 * "Cite this article": its entry in MLA (9th), APA (7th) and Chicago (17th, notes and bibliography), formatted
 * at build time from the official CSL styles, each with a copy button; and the article's record as RIS, BibTeX
 * and CSL-JSON files for reference managers, made in the browser when asked for (./cite/saveCitationFile.ts)
 * from its CSL-JSON record and the BibLaTeX written here at build time, so no file per article is exported.
 *
 * All of it is static markup, part of a static island of the article page (lib/islands.ts): a copy button copies
 * the citation shown above it (`data-copy-citation`), a download button the record on `.cite-files`, and one
 * listener of the page's client module (components/article/ArticleIslands.tsx) serves them.
 */
export function CiteBox({ citable, heading = 'Cite this article', open }: { citable: Pick<ArticleFrontMatter, 'slug'>; heading?: string; open?: boolean }) {
  const citations = siteCitations(getLibrary()).get(citable.slug);
  const record = siteRecords(getLibrary()).find((r) => r.id === citable.slug);
  if (!citations || !record) throw new Error(`CiteBox: no citation for the article "${citable.slug}"`);
  return (
    <details className="cite-box" open={open}>
      <summary>{heading}</summary>
      <dl>
        {citationStyles.map((style) => {
          const entry = citations[style].bibliography;
          return (
            <div key={style} className="citation">
              <dt>{citationStyleNames[style]}</dt>
              <dd>
                <p>
                  <CitationText rich={entry} />
                </p>
                <span className="copy">
                  {/* It copies the citation above it, as shown. */}
                  <button type="button" data-copy-citation="">
                    Copy {citationStyleNames[style]} citation
                  </button>
                  <span role="status" className="copy-status" />
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
      <p className="cite-files" data-cite-record={JSON.stringify(record)} data-cite-biblatex={bibtex([record])}>
        For a reference manager, download:{' '}
        {citationFormats.map((format) => (
          <span key={format}>
            <button type="button" data-cite-file={format}>
              {citationFormatNames[format]}
            </button>{' '}
          </span>
        ))}
        <span role="status" className="copy-status" />
      </p>
    </details>
  );
}
