import { CopyButton } from './copy-button';

/** Raw JSON of a piece of evidence, rendered as text (never as HTML). */
export function JsonView({ value, label }: { value: unknown; label: string }) {
  const text = JSON.stringify(value, null, 2) ?? 'undefined';
  return (
    <div className="relative">
      <div className="absolute top-1 right-1">
        <CopyButton value={text} label={label} />
      </div>
      <pre
        className="max-h-96 overflow-auto rounded-md bg-slate-100 p-3 text-xs leading-relaxed dark:bg-slate-900"
        aria-label={label}
        // A scrollable region must be reachable by keyboard (axe `scrollable-region-focusable`).
        tabIndex={0}
      >
        {text}
      </pre>
    </div>
  );
}
