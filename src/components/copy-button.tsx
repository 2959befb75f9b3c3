import { useState } from 'react';
import { useWords } from './words';

interface CopyButtonProps {
  value: string;
  /** What is copied, in the page's language, for the accessible name ("Copy <label>"). */
  label: string;
  /** The visible words and the full accessible name (default: the page's words). */
  text?: { copy: string; copied: string; name?: string };
}

/** Copies `value` to the clipboard; says so for a moment. */
export function CopyButton({ value, label, text }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);
  const { t, say } = useWords();
  const name = text?.name ?? t({ id: 'ui.copy.name', params: { what: label } });
  return (
    <button
      type="button"
      aria-label={name}
      title={name}
      className="rounded px-1 text-xs text-slate-700 hover:bg-slate-200 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-500 dark:text-slate-200 dark:hover:bg-slate-700 dark:hover:text-white"
      onClick={() => {
        void navigator.clipboard?.writeText(value).then(
          () => {
            setCopied(true);
            setTimeout(() => setCopied(false), 1200);
          },
          () => setCopied(false),
        );
      }}
    >
      {copied ? (text?.copied ?? say('ui.copied')) : (text?.copy ?? say('ui.copy'))}
    </button>
  );
}
