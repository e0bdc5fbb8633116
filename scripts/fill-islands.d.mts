/** Types for scripts/fill-islands.mjs (a plain Node script run after `next build`, also imported by its unit test). */
export declare const ISLAND_ATTRIBUTE: 'data-island';
export declare const ISLAND_PARTS_DIR: 'island-parts';
export declare class IslandError extends Error {}
export declare function islandsOf(html: string, file?: string): Map<string, { startTag: string; content: string }>;
export declare function fillPage(html: string, islands: Map<string, { startTag: string; content: string }>, file?: string): { html: string; filled: string[] };
export declare function fillDirectory(dir: string): { islands: number; parts: number; pages: number; unused: string[] };
