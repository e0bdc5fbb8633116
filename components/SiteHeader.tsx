import { HeaderSearch } from './search/HeaderSearch';
import { ThemeToggle } from './ThemeToggle';
import { homeHref } from '@/lib/links';

export type NavItem = { href: string; label: string };

export function SiteHeader({ nav }: { nav: NavItem[] }) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="site-header-inner">
        <a href={homeHref()} className="site-name">
          Sightlines
        </a>
        <nav aria-label="Site">
          <ul>
            {nav.map((item) => (
              <li key={item.href}>
                <a href={item.href}>{item.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <HeaderSearch />
        <ThemeToggle />
      </div>
    </header>
  );
}
