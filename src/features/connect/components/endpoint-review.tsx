import type { EndpointReview, Sent } from '@/chain/endpoint-trust';
import { needsConfirmation } from '@/chain/endpoint-trust';
import { SENTENCE_BREAK } from '@/chain/messages/aws-message';
import { wordsMessage } from '@/chain/messages/catalog';
import { useWords } from '@/components/words';

const SENT = (s: Sent) => `ui.sent.${s}` as const;

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
  const { t, say } = useWords();
  if (reviews.length === 0) return null;
  const asking = reviews.some(needsConfirmation);
  return (
    <section
      aria-label={say('ui.endpoints.label')}
      className="rounded-lg border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
      data-testid="endpoint-review"
    >
      <h3 className="font-semibold">{say('ui.endpoints.heading')}</h3>
      <ul className="mt-2 space-y-1.5">
        {reviews.map((review) => (
          <li key={`${review.service}-${review.origin}`}>
            <code className="font-mono text-xs break-all">{review.origin}</code> ({review.service}):{' '}
            {review.refused ? (
              <strong>
                {say('ui.endpoints.refused')}
                {t(wordsMessage(SENTENCE_BREAK))}
                {t(wordsMessage(review.refused))}
              </strong>
            ) : (
              t({
                id: 'ui.endpoints.would-receive',
                params: {
                  what:
                    review.sends
                      .filter((s) => s !== 'read-only-credentials')
                      .map((s) => say(SENT(s)))
                      .join(say('ui.list.join')) || say('ui.endpoints.nothing'),
                },
              })
            )}
            {review.withheld && <span className="block text-xs">{t(wordsMessage(review.withheld))}</span>}
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
          <span>{say('ui.endpoints.trust')}</span>
        </label>
      )}
    </section>
  );
}
