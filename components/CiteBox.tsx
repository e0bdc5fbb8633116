import { citationStyleNames, citationStyles, richText } from '@/lib/cite';
import { bibtex } from '@/lib/cite/export';
import { siteCitations, siteRecords } from '@/lib/cite/site';
import type { ArticleFrontMatter } from '@/lib/content/schema';
import { getLibrary } from '@/lib/library';
import { CitationText } from './CitationText';
import { CopyButton } from './CopyButton';
import { CiteDownloads } from './cite/CiteDownloads';

/**
 * "Cite this article": its entry in MLA (9th), APA (7th) and Chicago (17th, notes and bibliography), formatted
 * at build time from the official CSL styles, each with a copy button; and the article's record as RIS, BibTeX
 * and CSL-JSON files for reference managers, made in the browser when asked for (./cite/CiteDownloads.tsx) from
 * its CSL-JSON record and the BibLaTeX written here at build time, so no file per article is exported.
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
                <CopyButton text={richText(entry)} label={`Copy ${citationStyleNames[style]} citation`} />
              </dd>
            </div>
          );
        })}
      </dl>
      <CiteDownloads record={record} biblatex={bibtex([record])} />
    </details>
  );
}
