import { passageHref } from '@/lib/links';
import type { ArticleSlug } from '@/lib/ids';

/** What the paragraph menus' pattern (components/PassageMenu.tsx) has in place of the paragraph's id, number and address. */
export const passageMenuSlots = { id: '{id}', n: '{n}', href: '{href}' } as const;

/** Puts each paragraph's menu beside its ¶ link, from the pattern the article body carries once (components/PassageMenu.tsx). */
export function addPassageMenus(article: ArticleSlug): void {
  const pattern = document.querySelector('[data-article-body] template[data-passage-menu]')?.innerHTML;
  if (!pattern) return;
  for (const passage of document.querySelectorAll('[data-article-body] .passage[id]')) {
    const n = /^p-(\d+)$/.exec(passage.id)?.[1];
    const permalink = passage.querySelector(':scope > .permalink');
    if (!n || !permalink || passage.querySelector(':scope > .passage-menu')) continue;
    permalink.insertAdjacentHTML('afterend', pattern.replaceAll(passageMenuSlots.id, passage.id).replaceAll(passageMenuSlots.n, n).replaceAll(passageMenuSlots.href, passageHref(article, Number(n))));
  }
}
