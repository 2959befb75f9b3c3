import type { Lang } from '@/chain/messages/format';

const NAMES: Record<Lang, string> = { en: 'English', ja: '日本語' };

interface LanguageSwitchProps {
  value: Lang;
  onChange(lang: Lang): void;
  /** The group's accessible name, e.g. "Language". */
  label: string;
}

/**
 * EN / 日本語 as two toggle buttons (`aria-pressed`) in a named group: the switch changes the text in place, it
 * does not reveal tab panels, so it is not a tablist (WAI-ARIA APG, "Button pattern", toggle buttons).
 */
export function LanguageSwitch({ value, onChange, label }: LanguageSwitchProps) {
  return (
    <div
      role="group"
      aria-label={label}
      className="inline-flex rounded-md border border-slate-400 text-xs dark:border-slate-500"
    >
      {(['en', 'ja'] as const).map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={value === lang}
          onClick={() => onChange(lang)}
          className={`px-2 py-1 first:rounded-l-md last:rounded-r-md focus-visible:outline-2 focus-visible:outline-sky-500 ${
            value === lang
              ? 'bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900'
              : 'text-slate-800 hover:bg-slate-100 dark:text-slate-100 dark:hover:bg-slate-800'
          }`}
        >
          {NAMES[lang]}
        </button>
      ))}
    </div>
  );
}
