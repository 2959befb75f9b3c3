import { runSimulation } from '@cloud-copilot/iam-simulate';
import type { Role } from './scenario.ts';

/** The federated principal Cognito identity pools present to STS (`Principal: { Federated: … }`). */
export const COGNITO_IDENTITY_PRINCIPAL = 'cognito-identity.amazonaws.com';

/** What STS knows about a Cognito identity when it assumes a role for it: the `cognito-identity.amazonaws.com:*` keys. */
export interface WebIdentity {
  /** `cognito-identity.amazonaws.com:aud`: the identity pool id. */
  identityPoolId: string;
  /** `cognito-identity.amazonaws.com:sub`: the identity id. */
  identityId: string;
  /** `cognito-identity.amazonaws.com:amr`: see `authenticatedAmr` / `GUEST_AMR`. */
  amr: string[];
}

export interface TrustDecision {
  allowed: boolean;
  /** Why, in a sentence (for logs and tests; AWS never says). */
  reason: string;
}

export const GUEST_AMR = ['unauthenticated'];

/**
 * amr for a user pool sign-in, as Cognito passes it to STS and AppSync shows it in `cognitoIdentityAuthProvider`:
 * `authenticated`, the provider, and `<provider>:CognitoSignIn:<sub>`.
 */
export function authenticatedAmr(providerName: string, sub: string): string[] {
  return ['authenticated', providerName, `${providerName}:CognitoSignIn:${sub}`];
}

/**
 * Evaluates the role's trust policy for `sts:AssumeRoleWithWebIdentity` by the Cognito federated principal,
 * as IAM does: the trust policy is the role's resource policy, and only it can allow the call.
 */
export async function evaluateTrust(role: Role | undefined, identity: WebIdentity): Promise<TrustDecision> {
  if (!role) return { allowed: false, reason: 'The role does not exist.' };
  const result = await runSimulation(
    {
      request: {
        principal: COGNITO_IDENTITY_PRINCIPAL,
        action: 'sts:AssumeRoleWithWebIdentity',
        resource: { resource: role.arn, accountId: role.arn.split(':')[4] ?? '' },
        contextVariables: {
          'cognito-identity.amazonaws.com:aud': identity.identityPoolId,
          'cognito-identity.amazonaws.com:sub': identity.identityId,
          'cognito-identity.amazonaws.com:amr': identity.amr,
          'aws:FederatedProvider': COGNITO_IDENTITY_PRINCIPAL,
        },
      },
      identityPolicies: [],
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      resourcePolicy: role.trustPolicy,
    },
    {},
  );
  if (result.resultType === 'error') {
    return { allowed: false, reason: `The trust policy of ${role.arn} is not valid: ${result.errors.message}` };
  }
  if (result.overallResult === 'Allowed')
    return { allowed: true, reason: `The trust policy of ${role.arn} allows it.` };
  const denied = result.overallResult === 'ExplicitlyDenied';
  return {
    allowed: false,
    reason: denied
      ? `A Deny in the trust policy of ${role.arn} matches.`
      : `No statement in the trust policy of ${role.arn} allows this identity (check the aud and amr conditions).`,
  };
}
