import type { Passage } from '@/lib/content/blocks';
import { passageHref } from '@/lib/links';
import type { ArticleSlug } from '@/lib/ids';

/**
 * The actions on one paragraph ("⋯" under its ¶ number in the gutter), in a native popover: no script is needed
 * to open or close it (Escape and a click outside close it), and nothing in it takes space in the text. It is
 * part of the article body's static island (lib/islands.ts), so its "Add to reading list" control, which needs
 * the browser, is put into its slot by the page's client component (components/article/PassageListButtons.tsx).
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
        {/* "Add to reading list" for this paragraph: put here in the browser (components/article/PassageListButtons.tsx). */}
        <span className="passage-list-slot" data-add-passage={passage.n} />
      </span>
    </span>
  );
}
