import { citationStyleNames, citationStyles, richText } from '@/lib/cite';
import { siteCitations } from '@/lib/cite/site';
import type { ArticleFrontMatter } from '@/lib/content/schema';
import { getLibrary } from '@/lib/library';
import { citationFileHref, citationFormats, type CitationFormat } from '@/lib/links';
import { CitationText } from './CitationText';
import { CopyButton } from './CopyButton';

const formatNames: Record<CitationFormat, string> = { ris: 'RIS', bib: 'BibTeX', json: 'CSL-JSON' };

/**
 * "Cite this article": its entry in MLA (9th), APA (7th) and Chicago (17th, notes and bibliography), formatted
 * at build time from the official CSL styles, each with a copy button; and the article's record as RIS, BibTeX
 * and CSL-JSON files for reference managers.
 */
export function CiteBox({ citable, heading = 'Cite this article', open }: { citable: Pick<ArticleFrontMatter, 'slug'>; heading?: string; open?: boolean }) {
  const citations = siteCitations(getLibrary()).get(citable.slug);
  if (!citations) throw new Error(`CiteBox: no citation for the article "${citable.slug}"`);
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
      <p className="cite-files">
        For a reference manager:{' '}
        {citationFormats.map((format, i) => (
          <span key={format}>
            {i ? ' · ' : ''}
            <a href={citationFileHref(citable.slug, format)} download>
              {formatNames[format]}
            </a>
          </span>
        ))}
      </p>
    </details>
  );
}
