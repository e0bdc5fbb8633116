import type { Passage } from '@/lib/content/blocks';
import { passageHref } from '@/lib/links';
import { AddToReadingList } from './reading-list/AddToReadingList';
import type { ArticleSlug } from '@/lib/ids';

/**
 * The actions on one paragraph ("⋯" under its ¶ number in the gutter), in a native popover: no script is needed
 * to open or close it (Escape and a click outside close it), and nothing in it takes space in the text.
 */
export function PassageMenu({ article, passage }: { article: ArticleSlug; passage: Passage }) {
  const id = `menu-${passage.id}`;
  return (
    <span className="passage-menu" data-ui="">
      <button type="button" className="passage-menu-button" popoverTarget={id} aria-label={`Actions for paragraph ${passage.n}`} title={`Actions for paragraph ${passage.n}`}>
        <span aria-hidden="true">⋯</span>
      </button>
      <span id={id} popover="auto" className="passage-menu-panel" role="group" aria-label={`Paragraph ${passage.n}`}>
        <span className="passage-menu-title">Paragraph {passage.n}</span>
        <a href={passageHref(article, passage.n)}>Link to this paragraph</a>
        <AddToReadingList item={{ type: 'passage', article, n: passage.n }} label={`paragraph ${passage.n}`} />
      </span>
    </span>
  );
}
