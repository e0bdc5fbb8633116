/**
 * Copies a text to the clipboard, and answers with what the copy button's status should say. Shared by the
 * React copy button (components/CopyButton.tsx) and the article's Cite panel, whose buttons are static markup
 * served by the page's one listener (components/article/ArticleIslands.tsx).
 */
export const copyText = (text: string): Promise<string> =>
  navigator.clipboard.writeText(text).then(
    () => 'Copied',
    () => 'Copy failed: select the text and copy it by hand',
  );
