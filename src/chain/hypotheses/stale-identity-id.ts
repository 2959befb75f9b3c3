import { msg } from '../messages/catalog';
import type { Assessment, Hypothesis, Proof } from '../verdict';
import type { Facts } from '../facts';
import { otherPoolError, poolRefusal } from './chain-reach';
import { caseProof, stepPath } from './support';

// Cognito identity's answer when the identity id presented belongs to another login, was disabled (merged), or is a
// signed-in identity asked for without its login: "Access to Identity '<id>' is forbidden." (aws-amplify/amplify-js
// #5696, #6616; aws-amplify/aws-sdk-ios #165; aws-amplify/amplify-swift #4278).
export const FORBIDDEN = /Access to Identity '([^']+)' is forbidden/i;

/** The case shows the credentials call carried the signed-in user's login: a signed-in run, not a guest one. */
export function loginsAttached({ steps: { signIn, credentials } }: Facts): boolean {
  return signIn?.outcome === 'ok' && credentials !== undefined && credentials.guest !== true;
}

/**
 * The app presented an identity id that is not this user's: one it cached for another user, another pool or an
 * identity since disabled (Amplify keeps the identity id in its store and reuses it). Confirmed when the call carried
 * the user's login; without that, the same text fits a signed-in identity asked for without its login
 * (guest-credentials-used), and how the app calls the identity pool decides.
 */
export const staleIdentityId: Hypothesis = {
  id: 'stale-identity-id',
  assess(facts): Assessment {
    const {
      case: c,
      steps: { signIn },
    } = facts;
    const refusal = poolRefusal(facts, msg('stale-identity-id.ruled-out.issued'));
    if (refusal.ruledOut) return refusal.ruledOut;
    const { credentials } = refusal;
    const message = credentials.error?.message ?? '';
    const match = FORBIDDEN.exec(message);
    if (!match) return otherPoolError(facts, credentials);
    const identityId = match[1] ?? '';
    const proofs: Proof[] = [
      caseProof(c, [...stepPath(c, credentials), 'error', 'message'], msg('stale-identity-id.proof.answer')),
    ];
    const finding = {
      brokenLink: 'credentials' as const,
      headline: msg('stale-identity-id.headline', { identityId }),
      explanation: msg('stale-identity-id.explanation', { identityId, message }),
      fix: { summary: msg('stale-identity-id.fix') },
      customerMessage: msg('stale-identity-id.customer', { identityId, message }),
    };
    if (loginsAttached(facts) && signIn) {
      proofs.push(caseProof(c, [...stepPath(c, signIn), 'outcome'], msg('stale-identity-id.proof.signed-in')));
      return { status: 'confirmed', reason: msg('stale-identity-id.confirmed'), proofs, finding };
    }
    return {
      status: 'consistent',
      reason: msg('stale-identity-id.consistent'),
      proofs,
      finding,
      decidedBy: {
        kind: 'app-call-code',
        how: msg('need.app-call-code.how'),
        ask: msg('need.app-call-code.ask'),
      },
    };
  },
};
