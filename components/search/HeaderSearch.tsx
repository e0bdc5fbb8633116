import { searchFormAttributes, searchInputAttributes } from './answer';
import { HEADER_SEARCH_HINT_ID, HEADER_SEARCH_INPUT_ID, HEADER_SEARCH_LISTBOX_ID } from './header-search-ids';
import { HeaderSearchIsland } from './HeaderSearchIsland';
import { StaticIsland } from '@/components/StaticIsland';
import { islandName } from '@/lib/islands';
import './search.css';
import { SearchIcon } from '@/components/icons';

/**
 * The search box in the site header, rendered on the server: a plain GET form whose native input sends
 * /search?q=… on Enter, with or without JavaScript, and keeps whatever is typed before any script has run.
 * The combobox (results as you type, entries first, then passages; the arrow keys; Enter on a chosen result or
 * on the exact name of an entry; Esc; “/” and Ctrl/⌘-K from anywhere) is an island that attaches to this very
 * input (HeaderSearchIsland) and fetches its larger code on the box's first focus, key or pointer press, so
 * that no page pays for it on load (issue 13, first-load JavaScript). The search engine and index load on use too.
 * The box, its label, hint and button are a static island of every page (lib/islands.ts; its wrapper takes no
 * box of its own), so the payload does not repeat them.
 */
export function HeaderSearch({ filled }: { filled: boolean }) {
  return (
    <form {...searchFormAttributes} aria-label="Site" className="header-search">
      <HeaderSearchBox filled={filled} />
      <HeaderSearchIsland />
    </form>
  );
}

/** What the server renders of the search box: a static island of the header (the island, HeaderSearchIsland, attaches to it). */
export function HeaderSearchBox({ filled }: { filled: boolean }) {
  return (
    <StaticIsland name={islandName.chrome('search')} filled={filled} className="header-search-box">
      <label htmlFor={HEADER_SEARCH_INPUT_ID} className="visually-hidden">
        Search the site
      </label>
      <input
        id={HEADER_SEARCH_INPUT_ID}
        className="header-search-input"
        {...searchInputAttributes}
        placeholder="Search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded="false"
        aria-controls={HEADER_SEARCH_LISTBOX_ID}
        aria-describedby={HEADER_SEARCH_HINT_ID}
      />
      <span className="header-search-hint" aria-hidden="true">
        <kbd>/</kbd>
      </span>
      <span className="visually-hidden" id={HEADER_SEARCH_HINT_ID}>
        Press slash or Control K to search from anywhere.
      </span>
      <button type="submit" className="header-search-submit">
        <span className="visually-hidden">Search</span>
        <SearchIcon size={16} />
      </button>
    </StaticIsland>
  );
}
