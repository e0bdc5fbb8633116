import { HeaderSearch } from './search/HeaderSearch';
import { ThemeToggle } from './ThemeToggle';
import { homeHref } from '@/lib/links';
import { islandName } from '@/lib/islands';
import { StaticIsland } from './StaticIsland';
import { MenuIcon, SearchIcon } from './icons';

export type NavItem = { href: string; label: string };

/**
 * One row on every screen. On wide screens it holds the sections, the search box and the theme control; on
 * narrower ones the sections (and the theme control) are behind a Menu button and the search box behind a Search
 * button, each a native popover, so that both open without waiting for a script. Its sections and buttons are
 * static islands (lib/islands.ts): the same on every page, sent once in each page's HTML and not again in its
 * payload.
 */
export function SiteHeader({ nav, filled }: { nav: NavItem[]; filled: boolean }) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="site-header-inner">
        <a href={homeHref()} className="site-name">
          Sightlines
        </a>
        <div id="site-menu" className="site-menu" popover="auto">
          <nav aria-label="Site">
            <SiteNavList nav={nav} filled={filled} />
          </nav>
          <ThemeToggle />
        </div>
        <div id="site-search" className="site-search" popover="auto">
          <HeaderSearch filled={filled} />
        </div>
        <HeaderButtons filled={filled} />
      </div>
    </header>
  );
}

/** The site's sections, a static island of the header. */
export function SiteNavList({ nav, filled }: { nav: NavItem[]; filled: boolean }) {
  return (
    <StaticIsland as="ul" name={islandName.chrome('nav')} filled={filled}>
      {nav.map((item) => (
        <li key={item.href}>
          <a href={item.href}>{item.label}</a>
        </li>
      ))}
    </StaticIsland>
  );
}

/** The Search and Menu buttons of narrow screens, a static island of the header. */
export function HeaderButtons({ filled }: { filled: boolean }) {
  return (
    <StaticIsland name={islandName.chrome('buttons')} filled={filled} className="header-buttons">
      <button type="button" className="header-button" popoverTarget="site-search">
        <SearchIcon size={18} />
        <span>Search</span>
      </button>
      <button type="button" className="header-button" popoverTarget="site-menu">
        <MenuIcon size={18} />
        <span>Menu</span>
      </button>
    </StaticIsland>
  );
}
