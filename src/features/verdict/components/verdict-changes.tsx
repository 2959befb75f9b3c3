import type { VerdictChange, VerdictGist } from '@/chain/compare';
import { en } from '@/chain/messages/en';
import { modeTitle, render } from '@/chain/messages/catalog';

const describe = (g: VerdictGist) =>
  `${g.cause === 'inconclusive' ? 'inconclusive' : render(modeTitle(g.cause), en)} (${g.confidence})`;

/** How the verdict moved while evidence arrived: a provisional verdict is never replaced silently. */
export function VerdictChanges({ changes }: { changes: VerdictChange[] }) {
  if (changes.length === 0) return null;
  return (
    <ul className="mt-2 space-y-0.5 text-xs text-slate-700 dark:text-slate-300" aria-label="Verdict changes">
      {changes.map((change) => (
        <li key={change.at}>
          <strong>Changed at {new Date(change.at).toLocaleTimeString(undefined, { hour12: false })}:</strong> was{' '}
          {describe(change.from)}, now {describe(change.to)}.
        </li>
      ))}
    </ul>
  );
}
