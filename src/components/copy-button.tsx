import { useState } from 'react';

interface CopyButtonProps {
  value: string;
  /** What is copied, for the accessible name ("Copy <label>"). */
  label: string;
  /** The visible words and the full accessible name in the viewer's language (default English). */
  text?: { copy: string; copied: string; name?: string };
}

/** Copies `value` to the clipboard; says so for a moment. */
export function CopyButton({ value, label, text }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);
  const name = text?.name ?? `Copy ${label}`;
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
      {copied ? (text?.copied ?? 'copied') : (text?.copy ?? 'copy')}
    </button>
  );
}
