import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';

export type ThemePreference = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';
const STORAGE_KEY = 'sla.theme';
const ORDER: ThemePreference[] = ['system', 'light', 'dark'];

function storedPreference(): ThemePreference {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

const darkQuery = (): MediaQueryList => window.matchMedia('(prefers-color-scheme: dark)');
function subscribeOs(onChange: () => void): () => void {
  const q = darkQuery();
  q.addEventListener('change', onChange);
  return () => q.removeEventListener('change', onChange);
}
const osTheme = (): Theme => (darkQuery().matches ? 'dark' : 'light');

/** Applies the preference before React renders, so the first paint has the right colours. */
export function applyInitialTheme(): void {
  const pref = storedPreference();
  document.documentElement.dataset['theme'] = pref === 'system' ? osTheme() : pref;
}

/** The theme in effect (the OS's unless the user chose one) and a cycle system -> light -> dark. */
export function useTheme(): {
  theme: Theme;
  preference: ThemePreference;
  setPreference: (p: ThemePreference) => void;
  cycle: () => void;
} {
  const [preference, setPref] = useState<ThemePreference>(storedPreference);
  const os = useSyncExternalStore(subscribeOs, osTheme);
  const theme: Theme = preference === 'system' ? os : preference;
  useEffect(() => {
    document.documentElement.dataset['theme'] = theme;
  }, [theme]);
  useEffect(() => {
    try {
      localStorage.setItem(STORAGE_KEY, preference);
    } catch {
      // storage unavailable: the choice lasts for this session
    }
  }, [preference]);
  const setPreference = useCallback((p: ThemePreference) => setPref(p), []);
  // functional update: two quick toggles (menu accelerator held down) each move one step
  const cycle = useCallback(() => setPref((p) => ORDER[(ORDER.indexOf(p) + 1) % ORDER.length]!), []);
  return { theme, preference, setPreference, cycle };
}
