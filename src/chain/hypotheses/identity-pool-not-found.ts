import type { CredentialsStep } from '../case';
import { msg } from '../messages/catalog';
import type { Assessment, EvidenceNeed, Hypothesis, Proof } from '../verdict';
import { otherPoolError, poolRefusal } from './chain-reach';
import { caseProof, stepPath } from './support';

// Cognito identity's answers when the app's identity pool id names no pool of this account and region:
// ResourceNotFoundException "IdentityPool '<id>' not found." (aws-amplify/amplify-js #14117, #1966, #12888); a
// malformed id, ValidationException "… at 'identityPoolId' failed to satisfy constraint …" (aws/amazon-freertos
// #1829, aws/aws-sdk-net #445: a user pool id where the identity pool id belongs), or Amplify's own check before any
// call (InvalidIdentityPoolIdException "Invalid identity pool id provided.", @aws-amplify/auth regionParsers).
const NOT_FOUND = /IdentityPool '([^']+)' not found/;
const MALFORMED = /at 'identityPoolId' failed to satisfy constraint/;
const AMPLIFY_MALFORMED = 'InvalidIdentityPoolIdException';
// GetId's answer for a pool with no authentication provider (amazon-cognito-identity-js #68), which is what the
// app gets when its id is another pool's (aws-amplify/amplify-js #2443: "I was using the wrong IdentityPoolId").
export const LOGINS_DONT_MATCH = "Logins don't match";
// GetId's answer for a token whose user pool / app client the pool does not list (provider-not-configured).
export const UNSUPPORTED_PROVIDER = 'Token is not from a supported provider of this identity pool';

type Variant = 'not-found' | 'malformed' | 'no-provider';

function variantOf(step: CredentialsStep): Variant | undefined {
  const { name = '', message = '' } = step.error ?? {};
  if (name === 'ResourceNotFoundException' && NOT_FOUND.test(message)) return 'not-found';
  if (name === AMPLIFY_MALFORMED || (name === 'ValidationException' && MALFORMED.test(message))) return 'malformed';
  // At GetId (no identity id involved yet): the pool itself has no provider for this login, or none for this user
  // pool's app client, as another pool (a wrong id) answers too.
  if ((message.includes(LOGINS_DONT_MATCH) && failedAtGetId(step)) || message.includes(UNSUPPORTED_PROVIDER))
    return 'no-provider';
  return undefined;
}

/** The failing call was GetId, or nothing says it was GetCredentialsForIdentity. */
export function failedAtGetId(step: CredentialsStep): boolean {
  const failed = step.calls.find((call) => call.service === 'cognito-identity' && call.errorType);
  return failed ? failed.operation === 'GetId' : step.identityId === undefined;
}

/** The need that tells a wrong pool id from a pool without the user pool provider. */
export function poolConfigNeed(identityPoolId: string): EvidenceNeed {
  return {
    kind: 'identity-pool-config',
    how: msg('need.identity-pool-config.how', { identityPoolId }),
    ask: msg('need.identity-pool-config.ask', { identityPoolId }),
  };
}

/**
 * The app's identity pool id names no pool it can use: none exists with that id in the account and region (a pool
 * deleted or recreated, another account's or region's), the id is malformed (often the user pool id), or it names
 * another pool without this user pool as a provider ("Logins don't match" at GetId, which a pool missing its provider
 * gives as well: provider-not-configured stays open until the pool's configuration decides).
 */
export const identityPoolNotFound: Hypothesis = {
  id: 'identity-pool-not-found',
  assess(facts): Assessment {
    const { case: c } = facts;
    const refusal = poolRefusal(facts, msg('identity-pool-not-found.ruled-out.issued'));
    if (refusal.ruledOut) return refusal.ruledOut;
    const { credentials } = refusal;
    const variant = variantOf(credentials);
    if (!variant) return otherPoolError(facts, credentials);
    const { name = '', message = '' } = credentials.error ?? {};
    const identityPoolId = c.target.identityPoolId;
    // A pool that lists this user pool as a provider is this user pool's pool: the id is right.
    const providerName = `cognito-idp.${c.target.region}.amazonaws.com/${c.target.userPoolId}`;
    if (variant === 'no-provider' && c.identityPool?.providers?.some((p) => p.providerName === providerName))
      return {
        status: 'ruled-out',
        reason: msg('identity-pool-not-found.ruled-out.serves-user-pool', { identityPoolId }),
        proofs: [caseProof(c, ['identityPool', 'providers'], msg('provider-not-configured.proof.providers'))],
      };
    const proofs: Proof[] = [
      caseProof(c, [...stepPath(c, credentials), 'error', 'name'], msg('identity-pool-not-found.proof.error')),
      caseProof(c, [...stepPath(c, credentials), 'error', 'message'], msg('identity-pool-not-found.proof.message')),
      caseProof(c, ['target', 'identityPoolId'], msg('identity-pool-not-found.proof.config')),
    ];
    const finding = {
      brokenLink: 'credentials' as const,
      headline: msg('identity-pool-not-found.headline', { variant, identityPoolId }),
      explanation: msg('identity-pool-not-found.explanation', { variant, identityPoolId, name, message }),
      fix: { summary: msg('identity-pool-not-found.fix', { variant, identityPoolId, region: c.target.region }) },
      customerMessage: msg('identity-pool-not-found.customer', { variant, identityPoolId, message }),
    };
    if (variant !== 'no-provider')
      return { status: 'confirmed', reason: msg('identity-pool-not-found.confirmed', { variant }), proofs, finding };
    return {
      status: 'consistent',
      reason: msg('identity-pool-not-found.consistent'),
      proofs,
      finding,
      decidedBy: poolConfigNeed(identityPoolId),
      // "not from a supported provider" names a pool with providers: the app's own pool lacking this client is the
      // usual reading (provider-not-configured leads); a wrong pool id stays open only until the providers are read.
      ...(message.includes(UNSUPPORTED_PROVIDER) ? { speculative: true as const } : {}),
    };
  },
};
