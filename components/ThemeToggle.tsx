'use client';

import { useEffect, useState } from 'react';

type Theme = 'light' | 'dark';
const key = 'sightlines:theme';

/** Light/dark switch. Follows the system until the reader chooses; the choice is kept in this browser only. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme | null>(null);

  useEffect(() => {
    const chosen = document.documentElement.dataset.theme as Theme | undefined;
    // Reads the theme the head script applied (or the system's) once the page is interactive.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setTheme(chosen ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
  }, []);

  const toggle = () => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(key, next);
    } catch {
      // Storage may be disabled; the choice then lasts for this page only.
    }
    setTheme(next);
  };

  return (
    <button type="button" className="theme-toggle" onClick={toggle} aria-pressed={theme === 'dark'} disabled={theme === null}>
      <span aria-hidden="true">{theme === 'dark' ? '☾' : '☀'}</span> Dark mode
    </button>
  );
}

/** Runs before first paint so a chosen theme never flashes the other one. */
export const themeScript = `try{var t=localStorage.getItem('${key}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;
