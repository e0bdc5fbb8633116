'use client';

import { createContext, type ReactNode, useContext, useState } from 'react';

/**
 * Run by the browser as it parses the page, before anything below it is drawn: when the address names a pair,
 * the prerendered default pair (and the hint that goes with it) would only flash and then give way, moving
 * everything under it, so the page marks itself and the stylesheet keeps them out of the first paint. The
 * explorer clears the mark once it has taken over. (Inline, so it runs before the first paint; the page's
 * Content-Security-Policy allows it by its hash, scripts/csp.mjs.)
 */
export const pairAskedScript = `if(/[?&][ab]=/.test(location.search))document.documentElement.dataset.comparePair='asked'`;

/** For the explorer: once it shows what the address asks for, the mark has done its work. */
export const clearPairAsked = () => {
  delete document.documentElement.dataset.comparePair;
};

type Shown = { shown: boolean; setShown: (shown: boolean) => void };
const PrerenderedShown = createContext<Shown>({ shown: true, setShown: () => {} });

/**
 * Holds whether the prerendered default pair stays on /compare. The explorer (which reads the address) says so,
 * and `PrerenderedPair` shows or drops it: the default pair is rendered once, on the server, and the browser only
 * hydrates it, instead of rendering the whole comparison again (what Lighthouse counted as blocking time).
 */
export function PrerenderedPairScope({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(true);
  return <PrerenderedShown.Provider value={{ shown, setShown }}>{children}</PrerenderedShown.Provider>;
}

/** The prerendered default pair (rendered on the server, passed in as children), while the address asks for it. */
export function PrerenderedPair({ children }: { children: ReactNode }) {
  return useContext(PrerenderedShown).shown ? children : null;
}

/** For the explorer: whether the prerendered default pair should stay. */
export const useSetPrerenderedShown = () => useContext(PrerenderedShown).setShown;
