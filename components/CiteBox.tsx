import { cite, citationStyleNames, citationStyles, type Citable } from '@/lib/cite';
import { CopyButton } from './CopyButton';

/** "Cite this article": MLA, APA and Chicago, each with a copy button. */
export function CiteBox({ citable, heading = 'Cite this article', open }: { citable: Citable; heading?: string; open?: boolean }) {
  return (
    <details className="cite-box" open={open}>
      <summary>{heading}</summary>
      <dl>
        {citationStyles.map((style) => {
          const text = cite[style](citable);
          return (
            <div key={style} className="citation">
              <dt>{citationStyleNames[style]}</dt>
              <dd>
                <p>{text}</p>
                <CopyButton text={text} label={`Copy ${citationStyleNames[style]} citation`} />
              </dd>
            </div>
          );
        })}
      </dl>
    </details>
  );
}
