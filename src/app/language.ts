import type { Lang } from '@/chain/messages/format';

/**
 * The engineer's language: a non-secret display preference kept on this device (like the theme), else the
 * browser's language. Nothing else is stored.
 */
export const LANG_KEY = 'authtrace-lang';

export function initialLang(): Lang {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(LANG_KEY);
  } catch {
    // Storage may be blocked: the browser's language then.
  }
  if (saved === 'en' || saved === 'ja') return saved;
  return /^ja\b/i.test(navigator.language ?? '') ? 'ja' : 'en';
}

export function saveLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Not saved: the choice holds for this tab.
  }
}

/** The viewer's own time zone: dates on the engineer's page are written in it. */
export const deviceZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
