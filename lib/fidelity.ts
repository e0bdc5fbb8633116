import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { applyRemovals } from './content/removals';
import type { Article } from './content/load';
import { firstWordDifference, wordsOf, type WordDifference } from './text/words';

const blockElements = new Set(['p', 'div', 'figure', 'figcaption', 'blockquote', 'article', 'footer', 'header', 'section', 'h1', 'h2', 'h3', 'h4', 'li', 'ul', 'ol', 'aside', 'br']);

/**
 * The text a reader sees in rendered article HTML, less the site's own furniture (elements marked
 * `data-ui`: permalinks, margin notes). Block elements are separated so that words never run together.
 */
export function readingTextOfHtml(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  const parts: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'text') parts.push(node.value);
    else if (node.type === 'element' || node.type === 'root') {
      const element = node.type === 'element' ? (node as Element) : null;
      if (element && ('dataUi' in element.properties || element.tagName === 'script' || element.tagName === 'style')) return;
      const block = element ? blockElements.has(element.tagName) : false;
      if (block) parts.push(' ');
      for (const child of node.children) walk(child);
      if (block) parts.push(' ');
    }
  };
  walk(tree);
  return parts.join('');
}

/** The words an article must show: its source's words less the listed furniture. */
export function expectedWords(article: Pick<Article, 'sourceText' | 'removed'>): string[] {
  return wordsOf(applyRemovals(article.sourceText, article.removed).text);
}

/** Compares rendered article HTML with the source, word for word; null when they agree. */
export function fidelityDifference(article: Pick<Article, 'sourceText' | 'removed'>, renderedHtml: string): WordDifference | null {
  return firstWordDifference(expectedWords(article), wordsOf(readingTextOfHtml(renderedHtml)));
}

export function describeDifference(slug: string, d: WordDifference): string {
  return `${slug}: word ${d.position + 1} differs — source has "${d.expected}", page has "${d.found}"\n${d.context}`;
}

const currencySymbols = /[$€£¥]/gu;

/**
 * Currency symbols a reading edition shows that its source does not have. The word comparison ignores symbols,
 * and a currency cannot be inferred from a bare number ("35 per day" could be dollars or yuan), so a reading
 * text may show a currency symbol only where its source has that symbol. One line per symbol, with context.
 */
export function addedCurrencySymbols(article: Pick<Article, 'slug' | 'sourceText' | 'structure'>): string[] {
  return article.structure.passages.flatMap((passage) =>
    [...passage.text.matchAll(currencySymbols)]
      .filter((m) => !article.sourceText.includes(m[0]))
      .map((m) => `${article.slug}#${passage.id}: "${m[0]}" in "…${passage.text.slice(Math.max(0, m.index - 30), m.index + 20)}…"`),
  );
}
