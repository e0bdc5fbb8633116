import { passageMenuSlots } from './article/passageMenus';

/**
 * The actions on one paragraph ("⋯" under its ¶ number in the gutter), in a native popover: Escape and a click
 * outside close it, and nothing in it takes space in the text.
 *
 * The article body carries them once, as a pattern in a `<template>` (issue 13, output per article: written
 * into every paragraph of every article page they were about 11 kB of each page at a thousand articles), and the
 * page's client module copies it beside each paragraph once the page runs (`addPassageMenus`,
 * components/article/passageMenus.ts). What the menu holds needs a script anyway ("Add to reading list", put into
 * its slot by components/article/PassageListButtons.tsx) or is beside the paragraph without one (its ¶ link).
 * The gutter keeps the menus' place, so the text does not move when they appear.
 * The pattern has placeholders (`passageMenuSlots`) for the paragraph's element id, number and address.
 */
export function PassageMenuTemplate() {
  const { id, n, href } = passageMenuSlots;
  const menu = `menu-${id}`;
  return (
    <template data-passage-menu="">
      <span className="passage-menu" data-ui="">
        <button type="button" className="passage-menu-button" popoverTarget={menu} aria-label={`Actions for paragraph ${n}`} title={`Actions for paragraph ${n}`}>
          <span aria-hidden="true">⋯</span>
        </button>
        <span id={menu} popover="auto" className="passage-menu-panel" role="group" aria-label={`Paragraph ${n}`}>
          <span className="passage-menu-title">Paragraph {n}</span>
          <a href={href}>Link to this paragraph</a>
          {/* "Add to reading list" for this paragraph: put here in the browser (components/article/PassageListButtons.tsx). */}
          <span className="passage-list-slot" data-add-passage={n} />
        </span>
      </span>
    </template>
  );
}
