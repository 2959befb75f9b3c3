import { msg } from '../messages/catalog';
import { claimTime } from '../token';
import type { Hypothesis, Proof } from '../verdict';
import { otherPoolError, poolRefusal } from './chain-reach';
import { caseProof, stepPath } from './support';

// Cognito identity's text: "Invalid login token. Token expired: <a> >= <b>" (AWS has printed both orders).
const EXPIRED_TEXT = /Invalid login token\. Token expired/;
const EXPIRED_TIMES = /Token expired: (\d+) >= (\d+)/;

/**
 * The identity pool refused the ID token as expired: the token the app presented was already past its `exp`
 * when credentials were requested. Decided by Cognito's message; the token's `exp` on the timeline shows by how much.
 * (A device clock behind AWS's is one way to get there: Amplify then thinks the token is still fresh. The token is
 * expired by AWS's clock all the same, so this mode stands.)
 */
export const tokenExpired: Hypothesis = {
  id: 'token-expired',
  assess(facts) {
    const {
      case: c,
      steps: { signIn },
    } = facts;
    const refusal = poolRefusal(facts, msg('token-expired.ruled-out.accepted'));
    if (refusal.ruledOut) return refusal.ruledOut;
    const { credentials } = refusal;
    const message = credentials.error?.message ?? '';
    if (!EXPIRED_TEXT.test(message)) return otherPoolError(facts, credentials);

    const exp = claimTime(signIn?.idToken, 'exp');
    const iat = claimTime(signIn?.idToken, 'iat');
    const expSeconds = exp ? exp.getTime() / 1000 : undefined;
    // The number that is not the token's exp is the identity pool's clock.
    const numbers = (EXPIRED_TIMES.exec(message) ?? []).slice(1).map(Number);
    const serverNow = expSeconds === undefined ? undefined : numbers.find((n) => n !== expSeconds);
    const proofs: Proof[] = [
      caseProof(c, [...stepPath(c, credentials), 'error', 'message'], msg('token-expired.proof.answer')),
    ];
    if (signIn?.idToken && exp)
      proofs.push(caseProof(c, [...stepPath(c, signIn), 'idToken', 'claims', 'exp'], msg('token-expired.proof.exp')));
    if (signIn?.idToken && iat)
      proofs.push(caseProof(c, [...stepPath(c, signIn), 'idToken', 'claims', 'iat'], msg('token-expired.proof.iat')));
    proofs.push(caseProof(c, [...stepPath(c, credentials), 'at'], msg('token-expired.proof.requested-at')));
    // AWS's words without the epoch numbers, which the sentences give as times.
    const text = message.replace(/:\s*\d+\s*>=\s*\d+\s*$/, '');
    const lateSeconds = expSeconds !== undefined && serverNow !== undefined ? serverNow - expSeconds : undefined;
    // By the device's clock the token was still valid: Amplify had no reason to refresh it.
    const deviceBehind = expSeconds !== undefined && Date.parse(credentials.at) / 1000 < expSeconds;
    return {
      status: 'confirmed',
      reason: msg('token-expired.confirmed'),
      proofs,
      finding: {
        brokenLink: 'credentials',
        headline: msg('token-expired.headline', { ...(lateSeconds !== undefined ? { lateSeconds } : {}) }),
        explanation: msg('token-expired.explanation', {
          message: text,
          requestedAt: credentials.at,
          deviceBehind,
          ...(expSeconds !== undefined ? { exp: expSeconds } : {}),
          ...(iat ? { iat: iat.getTime() / 1000 } : {}),
          ...(serverNow !== undefined ? { serverNow } : {}),
        }),
        fix: { summary: msg('token-expired.fix') },
        customerMessage: msg('token-expired.customer', {
          message: text,
          ...(expSeconds !== undefined ? { exp: expSeconds } : {}),
        }),
      },
    };
  },
};
