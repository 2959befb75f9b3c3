import type { EndpointReview, Sent } from '@/chain/endpoint-trust';
import { needsConfirmation } from '@/chain/endpoint-trust';

const SENT: Record<Sent, string> = {
  password: 'the test user’s password',
  'user-tokens': 'the test user’s Cognito tokens',
  'identity-credentials': 'requests signed with the user’s identity pool credentials',
  'read-only-credentials': 'your read-only credentials',
};

/**
 * The hosts of a config that are not AWS's own (nor the sandbox), and what each would receive: the run waits for an
 * explicit yes; plain-http hosts that would receive secrets are refused; read-only credentials never go there.
 */
export function EndpointReviewBox({
  reviews,
  confirmed,
  onConfirm,
}: {
  reviews: readonly EndpointReview[];
  confirmed: boolean;
  onConfirm: (yes: boolean) => void;
}) {
  if (reviews.length === 0) return null;
  const asking = reviews.some(needsConfirmation);
  return (
    <section
      aria-label="Endpoints that are not AWS"
      className="rounded-lg border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
      data-testid="endpoint-review"
    >
      <h3 className="font-semibold">This config sends data to hosts that are not AWS</h3>
      <ul className="mt-2 space-y-1.5">
        {reviews.map((review) => (
          <li key={`${review.service}-${review.origin}`}>
            <code className="font-mono text-xs break-all">{review.origin}</code> ({review.service}):{' '}
            {review.refused ? (
              <strong>refused. {review.refused}</strong>
            ) : (
              <>
                would receive{' '}
                {review.sends
                  .filter((s) => s !== 'read-only-credentials')
                  .map((s) => SENT[s])
                  .join(', ') || 'nothing of the run'}
                .
              </>
            )}
            {review.withheld && <span className="block text-xs">{review.withheld}</span>}
          </li>
        ))}
      </ul>
      {asking && (
        <label className="mt-2 flex items-start gap-2">
          <input
            type="checkbox"
            className="mt-0.5"
            checked={confirmed}
            onChange={(event) => onConfirm(event.currentTarget.checked)}
          />
          <span>I trust these hosts with what is listed above for this run.</span>
        </label>
      )}
    </section>
  );
}
