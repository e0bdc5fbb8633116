import type { Article } from '@/lib/content/load';
import type { Block, Passage } from '@/lib/content/blocks';
import { passageHast } from '@/lib/render/passage';
import type { Annotation } from '@/lib/render/plugins/rehype-annotate';
import { Hast } from './Hast';
import { passageFragmentHref } from '@/lib/links';
import { StaticIsland } from './StaticIsland';
import { islandName } from '@/lib/islands';

export type PassageExtras = {
  annotations?: (passage: Passage) => Annotation[];
  /** Site furniture shown beside a passage (claim notes); marked so it is never taken for source text. */
  aside?: (passage: Passage) => React.ReactNode;
  /** Once, after the last block: the pattern of the paragraphs' menus (components/PassageMenu.tsx). */
  menus?: React.ReactNode;
  /** After the text: the small marker that opens the passage's notes where there is no margin for them. */
  marker?: (passage: Passage) => React.ReactNode;
};

/** The permalink beside each passage: visible, reachable by keyboard, and not part of the source's words. */
function Permalink({ passage }: { passage: Passage }) {
  return (
    <a className="permalink" href={passageFragmentHref(passage.n)} data-ui="" aria-label={`Link to paragraph ${passage.n}`} title={`Link to paragraph ${passage.n}`}>
      ¶{passage.n}
    </a>
  );
}

function PassageContent({ passage, extras }: { passage: Passage; extras: PassageExtras }) {
  return (
    <>
      {/* The gutter: the permalink, and under it the paragraph's menu (added in the browser,
          components/article/passageMenus.ts), sit at the same place beside every passage, at every width. */}
      <Permalink passage={passage} />
      {/* Notes come first so that on wide screens they float into the margin level with the passage's first line. */}
      {extras.aside?.(passage)}
      <span className="passage-text">
        <Hast tree={passageHast(passage.node, extras.annotations?.(passage) ?? [])} />
      </span>
      {extras.marker?.(passage)}
    </>
  );
}

function PassageParagraph({ passage, extras }: { passage: Passage; extras: PassageExtras }) {
  return (
    <p id={passage.id} className="passage">
      <PassageContent passage={passage} extras={extras} />
    </p>
  );
}

function BlockView({ block, extras }: { block: Block; extras: PassageExtras }) {
  switch (block.type) {
    case 'heading':
      return (
        <h2 id={block.id} className="section-heading">
          {block.text}
        </h2>
      );
    case 'paragraph':
      return <PassageParagraph passage={block.passage} extras={extras} />;
    case 'caption':
      return (
        <figure className="photo-caption" aria-label="Photo caption (the photograph is not reproduced)">
          <figcaption id={block.passage.id} className="passage">
            <PassageContent passage={block.passage} extras={extras} />
          </figcaption>
        </figure>
      );
    case 'quote':
      return (
        <blockquote className="source-quote">
          {block.passages.map((p) => (
            <PassageParagraph key={p.id} passage={p} extras={extras} />
          ))}
        </blockquote>
      );
    case 'post':
      return (
        <article className="embedded-post" aria-label={block.attribution ? `Post by ${block.attribution.author}` : 'Embedded post'}>
          {block.passages.map((p) => (
            <PassageParagraph key={p.id} passage={p} extras={extras} />
          ))}
          {block.attribution && block.attributionNode ? (
            <footer className="post-attribution">
              — <cite>{block.attribution.author}</cite> <span className="handle">({block.attribution.handle})</span>{' '}
              {block.attribution.date ? (
                <time dateTime={block.attribution.date}>{block.attribution.dateText}</time>
              ) : (
                block.attribution.dateText
              )}
            </footer>
          ) : null}
        </article>
      );
  }
}

/**
 * The reading text of an article, block by block; passages carry their stable ids `p-<n>`. A static island
 * (lib/islands.ts): `filled` false renders it empty, to be filled after the build.
 */
export function ArticleBody({ article, extras = {}, filled = true }: { article: Article; extras?: PassageExtras; filled?: boolean }) {
  return (
    <StaticIsland name={islandName.articleBody(article.slug)} filled={filled} className="article-body" data-article-body="">
      {article.structure.blocks.map((block, i) => (
        <BlockView key={i} block={block} extras={extras} />
      ))}
      {extras.menus}
    </StaticIsland>
  );
}
