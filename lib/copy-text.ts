/**
 * Copies a text to the clipboard, and answers with what the copy button's status should say. It never throws: a
 * browser without the clipboard API (a page served over plain http, some in-app browsers) gets the same answer as
 * a refused copy. Shared by the React copy button (components/CopyButton.tsx) and the article's Cite panel, whose
 * buttons are static markup served by the page's one listener (components/article/ArticleIslands.tsx).
 */
export async function copyText(text: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return 'Copied';
  } catch {
    return 'Copy failed: select the text and copy it by hand';
  }
}
