/**
 * The attribute that names a static island (lib/islands.ts), in a module of its own so that the island's client
 * component (components/IslandHole.tsx) ships this one string and nothing else of lib/islands.ts. The fill step,
 * scripts/fill-islands.mjs (a plain Node script), finds islands by the same name.
 */
export const ISLAND_ATTRIBUTE = 'data-island';

/** The elements an island may be. */
export type IslandTag = 'div' | 'pre' | 'ul' | 'footer' | 'aside' | 'figure';
