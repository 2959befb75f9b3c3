import { msg } from '../messages/catalog';
import { claimString } from '../token';
import type { Finding, Hypothesis, Proof } from '../verdict';
import { otherPoolError, poolRefusal } from './chain-reach';
import { LOGINS_DONT_MATCH, UNSUPPORTED_PROVIDER, failedAtGetId, poolConfigNeed } from './identity-pool-not-found';
import { caseProof, stepPath } from './support';

/**
 * The identity pool refused the ID token because its user pool / app client pair is not one of the pool's Cognito
 * providers. AWS's message names the refusal, but another pool (the app naming the wrong one) gives it too: the
 * pool's provider list (DescribeIdentityPool) listing this user pool with another app client decides it.
 */
export const providerNotConfigured: Hypothesis = {
  id: 'provider-not-configured',
  assess(facts) {
    const {
      case: c,
      steps: { signIn },
    } = facts;
    const refusal = poolRefusal(facts, msg('provider-not-configured.ruled-out.accepted'));
    if (refusal.ruledOut) return refusal.ruledOut;
    const { credentials } = refusal;
    const message = credentials.error?.message ?? '';
    // GetId's "Logins don't match" for a pool without authentication providers (amazon-cognito-identity-js #68): this
    // pool lacks the provider, or the app names another pool (identity-pool-not-found); the pool's config decides.
    const noProvider = message.includes(LOGINS_DONT_MATCH) && failedAtGetId(credentials);
    if (!noProvider && !message.includes(UNSUPPORTED_PROVIDER)) return otherPoolError(facts, credentials);

    const iss = claimString(signIn?.idToken, 'iss');
    const aud = claimString(signIn?.idToken, 'aud');
    const providerName =
      iss?.replace(/^https:\/\//, '') ?? `cognito-idp.${c.target.region}.amazonaws.com/${c.target.userPoolId}`;
    const clientId = aud ?? c.target.userPoolClientId;
    const proofs: Proof[] = [
      caseProof(c, [...stepPath(c, credentials), 'error', 'message'], msg('provider-not-configured.proof.answer')),
    ];
    if (signIn?.idToken && iss)
      proofs.push(
        caseProof(c, [...stepPath(c, signIn), 'idToken', 'claims', 'iss'], msg('provider-not-configured.proof.iss')),
      );
    if (signIn?.idToken && aud)
      proofs.push(
        caseProof(c, [...stepPath(c, signIn), 'idToken', 'claims', 'aud'], msg('provider-not-configured.proof.aud')),
      );
    const providers = c.identityPool?.providers;
    if (providers)
      proofs.push(caseProof(c, ['identityPool', 'providers'], msg('provider-not-configured.proof.providers')));
    const listed = providers?.find((p) => p.providerName === providerName);
    const pool = !providers ? 'unknown' : listed ? 'other-client' : 'not-listed';
    const finding: Finding = {
      brokenLink: 'token-issuer',
      headline: msg('provider-not-configured.headline', { providerName, clientId }),
      explanation: msg('provider-not-configured.explanation', {
        message,
        providerName,
        clientId,
        pool,
        listedClientId: listed?.clientId ?? '',
      }),
      fix: {
        summary: msg('provider-not-configured.fix', { providerName, clientId }),
        policy: {
          CognitoIdentityProviders: [{ ProviderName: providerName, ClientId: clientId, ServerSideTokenCheck: false }],
        },
      },
      customerMessage: msg('provider-not-configured.customer', {
        identityPoolId: c.target.identityPoolId,
        message,
        providerName,
        clientId,
      }),
    };
    if (noProvider)
      return {
        status: 'consistent',
        reason: msg('provider-not-configured.consistent.no-provider', { message }),
        proofs,
        finding,
        decidedBy: poolConfigNeed(c.target.identityPoolId),
      };
    // Another existing pool answers the same to this token (the app names the wrong pool: identity-pool-not-found):
    // only a pool that lists this user pool, with another app client, shows the pool is this user pool's.
    if (pool !== 'other-client')
      return {
        status: 'consistent',
        reason: msg('provider-not-configured.consistent.which-pool', { message }),
        proofs,
        finding,
        decidedBy: poolConfigNeed(c.target.identityPoolId),
      };
    return { status: 'confirmed', reason: msg('provider-not-configured.confirmed', { message }), proofs, finding };
  },
};
