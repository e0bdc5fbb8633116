'use client';

import { useEffect, useState } from 'react';

type Choice = 'system' | 'light' | 'dark';
const key = 'sightlines:theme';

/**
 * The colours, said in words: System (follow the device), Light or Dark. Labelled "Colours", not "Theme": the
 * site's themes are the threads of its articles, and the timeline has a "Theme" filter. The choice is kept in this browser
 * only; System forgets it.
 */
export function ThemeToggle() {
  const [choice, setChoice] = useState<Choice | null>(null);

  useEffect(() => {
    const chosen = document.documentElement.dataset.theme;
    // Reads the theme the head script applied once the page is interactive.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setChoice(chosen === 'light' || chosen === 'dark' ? chosen : 'system');
  }, []);

  const choose = (next: Choice) => {
    const root = document.documentElement;
    try {
      if (next === 'system') localStorage.removeItem(key);
      else localStorage.setItem(key, next);
    } catch {
      // Storage may be disabled; the choice then lasts for this page only.
    }
    if (next === 'system') delete root.dataset.theme;
    else root.dataset.theme = next;
    setChoice(next);
  };

  return (
    <label className="theme-choice">
      <span className="theme-choice-label">Colours</span>
      <select value={choice ?? 'system'} disabled={choice === null} onChange={(e) => choose(e.target.value as Choice)}>
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}

/** Runs before first paint so a chosen theme never flashes the other one. */
export const themeScript = `try{var t=localStorage.getItem('${key}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;
