import { bibliographyHeadings, citationStyleNames, citationStyles, richText } from '@/lib/cite';
import { siteCitations } from '@/lib/cite/site';
import { getLibrary } from '@/lib/library';
import { CitationText } from './CitationText';
import { CopyButton } from './CopyButton';

/**
 * "Cite the sources" of a claim or a theme: the articles it draws on, as a bibliography in MLA, APA and Chicago,
 * formatted at build time by the same CSL engine as the article pages' cite box.
 */
export function SourcesCiteBox({ articles }: { articles: string[] }) {
  const citations = siteCitations(getLibrary());
  const cited = [...new Set(articles)].map((slug) => {
    const c = citations.get(slug);
    if (!c) throw new Error(`SourcesCiteBox: no citation for the article "${slug}"`);
    return c;
  });
  if (!cited.length) return null;
  return (
    <details className="cite-box">
      <summary>Cite the sources</summary>
      <dl>
        {citationStyles.map((style) => {
          const entries = [...cited].sort((a, b) => a[style].order - b[style].order).map((c) => c[style].bibliography);
          return (
            <div key={style} className="citation">
              <dt>
                {citationStyleNames[style]} <span className="visually-hidden">({bibliographyHeadings[style]})</span>
              </dt>
              <dd>
                {entries.map((entry, i) => (
                  <p key={i}>
                    <CitationText rich={entry} />
                  </p>
                ))}
                <CopyButton text={entries.map(richText).join('\n')} label={`Copy ${citationStyleNames[style]} citations`} />
              </dd>
            </div>
          );
        })}
      </dl>
    </details>
  );
}
