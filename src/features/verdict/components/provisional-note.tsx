import { Button } from '@/components/button';

const WHAT: Record<string, string> = {
  'run-chain': 'the run',
  'sts-record': 'the CloudTrail record of the STS call',
  'identity-pool': 'the identity pool’s roles',
  'role-policies': 'the role’s policies',
  'simulate-policy': 'AWS’s policy simulation',
  'appsync-logs': 'the AppSync log lines',
};

interface ProvisionalNoteProps {
  phase: 'asking' | 'waiting';
  waitingFor: string[];
  /** Seconds until the next look for an undelivered record. */
  nextLookIn?: number;
  /** The search's own words (progress, delivery delay). */
  detail?: string;
  onLookNow?: () => void;
  onStop: () => void;
}

/** The verdict stands on what arrived so far: say so, what is awaited, and let the engineer look now or stop. */
export function ProvisionalNote({ phase, waitingFor, nextLookIn, detail, onLookNow, onStop }: ProvisionalNoteProps) {
  const what = waitingFor.map((kind) => WHAT[kind] ?? kind).join(', ');
  return (
    <div
      className="mb-3 flex flex-wrap items-center gap-2 rounded-md border border-amber-400 bg-amber-50 p-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100"
      data-testid="verdict-provisional"
    >
      <span aria-hidden="true" className="inline-block size-2 animate-pulse rounded-full bg-amber-600" />
      <p className="min-w-0 flex-1">
        <strong>Provisional verdict:</strong> {phase === 'waiting' ? `waiting for ${what}` : `reading ${what}`}
        {nextLookIn !== undefined ? ` (next look in ${nextLookIn} s)` : ''}. It may change when that evidence arrives.
        {detail ? <span className="block text-xs">{detail}</span> : null}
      </p>
      {onLookNow && <Button onClick={onLookNow}>Look now</Button>}
      <Button onClick={onStop}>Stop</Button>
    </div>
  );
}
