import type { Passage } from '@/lib/content/blocks';
import { AddToReadingList } from './reading-list/AddToReadingList';
import { passageHref } from '@/lib/links';

/**
 * The actions on one paragraph, in a native popover beside its permalink: no script is needed to open or close
 * it (Escape and a click outside close it), and nothing in it takes space in the text until it is opened.
 */
export function PassageMenu({ article, passage }: { article: string; passage: Passage }) {
  const id = `menu-${passage.id}`;
  return (
    <span className="passage-menu" data-ui="">
      <button type="button" className="passage-menu-button" popoverTarget={id} aria-label={`Actions for paragraph ${passage.n}`}>
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
