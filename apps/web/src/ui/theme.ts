/**
 * Light or dark: the stored choice, else the system's. public/boot.js sets `data-theme` from the
 * same source before the first paint; the page prerendered at build time is rendered light, so
 * hydration renders light too (the server snapshot) and the real theme follows at once.
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';

export type Theme = 'light' | 'dark';
const KEY = 'apim-designer:theme';
const PRERENDERED: Theme = 'light';

function storedOrSystem(): Theme {
  try {
    const saved = localStorage.getItem(KEY);
    if (saved === 'light' || saved === 'dark') return saved;
  } catch {
    // Storage disabled: the system's preference.
  }
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

let current: Theme | null = null;
const listeners = new Set<() => void>();

function getTheme(): Theme {
  current ??= storedOrSystem();
  return current;
}

function setTheme(theme: Theme): void {
  current = theme;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useTheme(): [Theme, () => void] {
  const theme = useSyncExternalStore(subscribe, getTheme, () => PRERENDERED);
  useEffect(() => {
    // The hydration pass renders the prerendered theme: only the real one is applied and kept.
    if (theme !== getTheme()) return;
    document.documentElement.dataset.theme = theme;
    try {
      localStorage.setItem(KEY, theme);
    } catch {
      // Storage disabled: the choice lasts for this page.
    }
  }, [theme]);
  const toggle = useCallback(() => setTheme(getTheme() === 'dark' ? 'light' : 'dark'), []);
  return [theme, toggle];
}
