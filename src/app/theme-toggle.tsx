import { useEffect, useState } from 'react';
import { useWords } from '@/components/words';

const KEY = 'authtrace-theme';

function initialTheme(): 'light' | 'dark' {
  const saved = localStorage.getItem(KEY);
  if (saved === 'light' || saved === 'dark') return saved;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function ThemeToggle() {
  const { say } = useWords();
  const [theme, setTheme] = useState(initialTheme);
  useEffect(() => {
    document.documentElement.classList.toggle('dark', theme === 'dark');
    localStorage.setItem(KEY, theme);
  }, [theme]);
  return (
    <button
      type="button"
      className="rounded-md border border-slate-300 px-2 py-1 text-xs dark:border-slate-600"
      onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
      aria-label={say(theme === 'dark' ? 'ui.theme.to-light' : 'ui.theme.to-dark')}
    >
      {say(theme === 'dark' ? 'ui.theme.dark' : 'ui.theme.light')}
    </button>
  );
}
