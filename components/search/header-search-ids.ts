/**
 * The ids that tie the header's search box together: the server-rendered form (HeaderSearch), the small island
 * that attaches to it (HeaderSearchIsland) and the result list loaded on first use (HeaderSearchPanel). There is
 * one header per page, so they are fixed.
 */
export const HEADER_SEARCH_INPUT_ID = 'header-search-input';
export const HEADER_SEARCH_LISTBOX_ID = 'header-search-listbox';
export const HEADER_SEARCH_HINT_ID = 'header-search-hint-sr';
/** Prefix of the ids of the result options (`…-e0` for an entry, `…-p0` for a passage). */
export const HEADER_SEARCH_OPTION_PREFIX = 'header-search-option';
