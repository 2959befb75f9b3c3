import type { VerdictChange } from '@/chain/compare';
import { gistText } from '@/components/gist-text';
import { useWords } from '@/components/words';

/** How the verdict moved while evidence arrived: a provisional verdict is never replaced silently. */
export function VerdictChanges({ changes }: { changes: VerdictChange[] }) {
  const words = useWords();
  if (changes.length === 0) return null;
  return (
    <ul
      className="mt-2 space-y-0.5 text-xs text-slate-700 dark:text-slate-300"
      aria-label={words.say('ui.changes.label')}
    >
      {changes.map((change) => (
        <li key={change.at}>
          {words.t({
            id: 'ui.changes.item',
            params: { at: change.at, from: gistText(change.from, words), to: gistText(change.to, words) },
          })}
        </li>
      ))}
    </ul>
  );
}
