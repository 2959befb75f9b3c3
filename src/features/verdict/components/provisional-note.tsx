import type { Message } from '@/chain/messages/catalog';
import { Button } from '@/components/button';
import { useWords } from '@/components/words';

interface ProvisionalNoteProps {
  phase: 'asking' | 'waiting';
  /** The evidence asked for or awaited (the planner's ask kinds). */
  waitingFor: string[];
  /** Seconds until the next look for an undelivered record. */
  nextLookIn?: number;
  /** The search's own words (progress, delivery delay). */
  detail?: Message;
  onLookNow?: () => void;
  onStop: () => void;
}

/** The verdict stands on what arrived so far: say so, what is awaited, and let the engineer look now or stop. */
export function ProvisionalNote({ phase, waitingFor, nextLookIn, detail, onLookNow, onStop }: ProvisionalNoteProps) {
  const { t, say } = useWords();
  return (
    <div
      className="mb-3 flex flex-wrap items-center gap-2 rounded-md border border-amber-400 bg-amber-50 p-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100"
      data-testid="verdict-provisional"
    >
      <span aria-hidden="true" className="inline-block size-2 animate-pulse rounded-full bg-amber-600" />
      <p className="min-w-0 flex-1">
        <strong>{say('ui.provisional.label')}</strong>{' '}
        {t({
          id: 'ui.provisional.text',
          params: { phase, what: waitingFor, ...(nextLookIn !== undefined ? { nextLookIn } : {}) },
        })}
        {detail ? <span className="block text-xs">{t(detail)}</span> : null}
      </p>
      {onLookNow && <Button onClick={onLookNow}>{say('ui.look-now')}</Button>}
      <Button onClick={onStop}>{say('ui.stop')}</Button>
    </div>
  );
}
