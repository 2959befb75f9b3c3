import type { Proof, Rule } from './legacy';
import { appsyncCall, caseProof, duration, graphqlError, stepPath } from './support';

// AWS's SigV4 texts when X-Amz-Date is more than 5 minutes from its clock.
const SIGNATURE_TIME = /^Signature (expired|not yet current)/;
const MAX_SKEW_SECONDS = 300;

/**
 * The browser's clock is more than 5 minutes off AppSync's: AppSync answered "Signature expired" / "not yet
 * current", or its Date header is that far from the signing time. Named before credentials-expired, because a skewed
 * clock makes valid credentials look expired once Amplify corrects its clock and retries.
 */
export const clockSkew: Rule = {
  id: 'clock-skew',
  evaluate({ case: c, steps: { credentials, graphql } }) {
    if (!graphql || graphql.outcome !== 'error') return null;
    const signature = graphqlError(graphql, SIGNATURE_TIME);
    const skew = graphql.clockSkewSeconds;
    const skewed = skew !== undefined && Math.abs(skew) > MAX_SKEW_SECONDS;
    if (!signature && !skewed) return null;

    const proofs: Proof[] = [];
    if (signature)
      proofs.push(caseProof(c, [...stepPath(c, graphql), 'errors', signature.index, 'message'], 'AppSync answered'));
    if (skew !== undefined)
      proofs.push(
        caseProof(c, [...stepPath(c, graphql), 'clockSkewSeconds'], 'Browser clock minus AppSync’s Date (s)'),
      );
    const first = graphql.calls.findIndex((call) => call.service === 'appsync' && call.serverDate);
    if (first >= 0)
      proofs.push(caseProof(c, [...stepPath(c, graphql), 'calls', first, 'serverDate'], "AppSync's Date header"));
    const expiredAfterRetry = appsyncCall(graphql, 'ExpiredTokenException');
    if (expiredAfterRetry >= 0)
      proofs.push(
        caseProof(
          c,
          [...stepPath(c, graphql), 'calls', expiredAfterRetry, 'errorType'],
          'After Amplify’s clock correction',
        ),
      );
    const direction = skew === undefined ? 'off' : skew < 0 ? 'behind' : 'ahead of';
    const amount = skew === undefined ? 'more than 5 min' : duration(skew);
    const retried =
      expiredAfterRetry >= 0
        ? ` Amplify then corrected its clock from AppSync's Date header and retried; by AppSync's clock the credentials${credentials?.expiration ? `, which expire at ${credentials.expiration} by the browser's,` : ''} had already expired, hence ExpiredTokenException: a symptom of the skew, not expired credentials.`
        : '';
    return {
      cause: 'clock-skew',
      brokenLink: 'appsync-authorized',
      confidence: 'proven',
      headline: `The browser's clock is ${amount} ${direction === 'off' ? 'off' : `${direction} AppSync's`}: the request's signature time is outside AWS's 5-minute window.`,
      explanation: `SigV4 signatures carry the signing time, and AWS refuses those more than 5 minutes from its own clock${signature ? ` (${signature.message})` : ''}.${retried}`,
      proofs,
      fix: {
        summary:
          "Set the device's clock automatically (network time). Amplify v6 corrects a skew only from a response's Date header it can read; credentials issued by the identity pool still expire by AWS's clock.",
      },
      misleading:
        "Amplify's recovery suggestion (about authMode) does not apply: the signature's time was refused, not the auth mode.",
      customerMessage: {
        en: `AppSync refuses the request's signature because the device's clock is ${amount} ${direction === 'off' ? 'off' : direction === 'behind' ? 'behind' : 'ahead of'} AWS's${signature ? ` ("${signature.message}")` : ''}. Please set the device's date and time automatically and try again.`,
        ja: `端末の時刻が AWS の時刻と ${amount} ずれているため、AppSync がリクエストの署名を拒否しています${signature ? `（"${signature.message}"）` : ''}。端末の日付と時刻を自動設定にして、もう一度お試しください。`,
      },
    };
  },
};
