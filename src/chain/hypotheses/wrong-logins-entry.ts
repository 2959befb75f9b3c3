import { msg } from '../messages/catalog';
import type { Hypothesis, Proof } from '../verdict';
import { otherPoolError, poolRefusal } from './chain-reach';
import { caseProof, stepPath } from './support';

// Cognito identity's answers for a `Logins` entry the app built wrongly. An access token (no `aud` claim) sent instead
// of the ID token: "Invalid login token. Missing a required claim: aud" (amazon-cognito-identity-js #12, #7). A key
// that is not the token's issuer without `https://` (the user pool id alone, another region or pool): "Invalid login
// token. Issuer doesn't match providerName" (amazon-cognito-identity-js #40, #68, #7, #407). Neither says anything about
// the pool's providers: AWS checks the token against its own key before it looks for the provider in the pool.
const ACCESS_TOKEN = 'Missing a required claim: aud';
const KEY = "Issuer doesn't match providerName";

/**
 * The app builds the identity pool's `Logins` map itself (AWS SDK `fromCognitoIdentityPool`, `GetId`, older
 * `CognitoIdentityCredentials`) and got the entry wrong: the access token as the value, or a key other than
 * `cognito-idp.<region>.amazonaws.com/<userPoolId>`. One failure mode: the same map, the same fix in the same line of
 * code; AWS's text says which half is wrong. Amplify v6 builds the entry from the ID token's `iss` and cannot do this.
 */
export const wrongLoginsEntry: Hypothesis = {
  id: 'wrong-logins-entry',
  assess(facts) {
    const { case: c } = facts;
    const refusal = poolRefusal(facts, msg('wrong-logins-entry.ruled-out.accepted'));
    if (refusal.ruledOut) return refusal.ruledOut;
    const { credentials } = refusal;
    const message = credentials.error?.message ?? '';
    const part = message.includes(ACCESS_TOKEN) ? 'token' : message.includes(KEY) ? 'key' : undefined;
    if (!part) return otherPoolError(facts, credentials);
    const providerName = `cognito-idp.${c.target.region}.amazonaws.com/${c.target.userPoolId}`;
    const proofs: Proof[] = [
      caseProof(c, [...stepPath(c, credentials), 'error', 'message'], msg('wrong-logins-entry.proof.answer')),
      caseProof(c, ['target', 'userPoolId'], msg('wrong-logins-entry.proof.user-pool')),
    ];
    return {
      status: 'confirmed',
      reason: msg('wrong-logins-entry.confirmed', { part, message }),
      proofs,
      finding: {
        brokenLink: 'credentials',
        headline: msg('wrong-logins-entry.headline', { part }),
        explanation: msg('wrong-logins-entry.explanation', { part, message, providerName }),
        fix: { summary: msg('wrong-logins-entry.fix', { providerName }) },
        customerMessage: msg('wrong-logins-entry.customer', { part, message, providerName }),
      },
    };
  },
};
