import type { Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';

/**
 * `:credit[Gilles Sabrié for The New York Times]` → `<span class="credit">…</span>`.
 * Any other text directive keeps only its text, so an unknown name never hides words of the source.
 */
export default function remarkInlineDirectives() {
  return (tree: Root) => {
    visit(tree, 'textDirective', (node: TextDirective) => {
      node.data = {
        ...node.data,
        hName: 'span',
        hProperties: node.name === 'credit' ? { className: ['credit'] } : {},
      };
    });
  };
}
