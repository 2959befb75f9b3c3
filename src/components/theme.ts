/** The colour theme: the one the viewer chose on this device (the dashboard's toggle saves it), else the system's. */
export type Theme = 'light' | 'dark';

export const THEME_KEY = 'authtrace-theme';

export function initialTheme(): Theme {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(THEME_KEY);
  } catch {
    // Storage may be blocked (private mode, sandboxed frame): the system's choice then.
  }
  if (saved === 'light' || saved === 'dark') return saved;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function applyTheme(theme: Theme): void {
  document.documentElement.classList.toggle('dark', theme === 'dark');
}
