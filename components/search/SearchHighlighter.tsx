'use client';

import { Suspense, useEffect, useSyncExternalStore } from 'react';
import { useSearchParams } from 'next/navigation';
import { HIGHLIGHT_PARAM } from '@/lib/search/links';
import { mergeRanges, type Range } from '@/lib/search/snippet';
import { termsOf, tokenize } from '@/lib/search/text';
import './search.css';

const MARK_ATTRIBUTE = 'data-search-hit';

/** Puts the words back as they were: every <mark> this component added is replaced by its text. */
function unmark(root: ParentNode) {
  for (const mark of root.querySelectorAll(`mark[${MARK_ATTRIBUTE}]`)) {
    const parent = mark.parentNode;
    if (!parent) continue;
    parent.replaceChild(document.createTextNode(mark.textContent ?? ''), mark);
    parent.normalize();
  }
}

/**
 * Wraps the words of `root` whose folded form is in `terms` in <mark>, text node by text node (so links and
 * other markup inside the paragraph stay as they are). Site furniture marked data-ui (the ¶ permalink) is
 * skipped. Returns how many marks were added.
 */
export function markWords(root: Element, terms: ReadonlySet<string>): number {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-ui], mark, script, style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  let count = 0;
  for (const node of nodes) {
    const text = node.data;
    const ranges: Range[] = mergeRanges(
      text,
      tokenize(text)
        .filter((t) => terms.has(t.term))
        .map((t) => [t.start, t.end]),
    );
    if (ranges.length === 0) continue;
    const fragment = doc.createDocumentFragment();
    let at = 0;
    for (const [start, end] of ranges) {
      if (start > at) fragment.append(text.slice(at, start));
      const mark = doc.createElement('mark');
      mark.setAttribute(MARK_ATTRIBUTE, '');
      mark.className = 'search-hit';
      mark.textContent = text.slice(start, end);
      fragment.append(mark);
      at = end;
      count++;
    }
    if (at < text.length) fragment.append(text.slice(at));
    node.replaceWith(fragment);
  }
  return count;
}

/** The paragraph a URL points at (#p-12), if it exists on this page. */
function targetParagraph(): Element | null {
  const hash = window.location.hash.slice(1);
  if (!/^p-\d+$/.test(hash)) return null;
  return document.getElementById(hash);
}

const subscribeToHash = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

function Highlighter() {
  const words = useSearchParams().get(HIGHLIGHT_PARAM) ?? '';
  const hash = useSyncExternalStore(subscribeToHash, () => window.location.hash, () => '');

  useEffect(() => {
    // Bounded like a query: a hand-made URL with a huge ?hl= costs no more than a normal one.
    const terms = new Set(termsOf(words.slice(0, 400)).slice(0, 12));
    const target = hash ? targetParagraph() : null;
    if (!target || terms.size === 0) return;
    markWords(target, terms);
    return () => unmark(target);
  }, [words, hash]);

  return null;
}

/**
 * Marks the searched words in the paragraph a search result links to (/articles/<slug>?hl=<words>#p-<n>).
 * Mount it once in the article page; it renders nothing and does nothing without ?hl= and a #p-<n>.
 * The words come from the URL, not from storage, so a shared link highlights the same words.
 */
export function SearchHighlighter() {
  return (
    <Suspense fallback={null}>
      <Highlighter />
    </Suspense>
  );
}
