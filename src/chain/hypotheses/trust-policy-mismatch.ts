import { failedStsRecords } from '../evidence';
import { recordProof, stepProof } from '../proof';
import { resolveRole } from '../role-resolution';
import type { Proof, Rule } from './legacy';

// Cognito's enhanced flow answers this when it cannot assume the pool's role (FAILURE-MODES.md).
const INVALID_CONFIG = 'InvalidIdentityPoolConfigurationException';

export const trustPolicyMismatch: Rule = {
  id: 'trust-policy-mismatch',
  evaluate({ case: c, steps: { credentials } }) {
    if (!credentials || credentials.outcome !== 'error') return null;
    const failed = failedStsRecords(c, credentials.identityId);
    const byError = credentials.error?.name === INVALID_CONFIG;
    const stsDenied = failed.find((r) => r.errorCode === 'AccessDenied');
    if (!byError && !stsDenied) return null;
    // Readable pool roles that give no role at all: nothing was assumed, so no trust policy was tried.
    const resolution = resolveRole(c);
    if (!stsDenied && c.identityPool && resolution.how === 'ambiguous-deny') return null;

    const proofs: Proof[] = [
      stepProof(c, credentials, ['error', 'name'], 'Credentials call failed with', credentials.error?.name ?? ''),
    ];
    const roleArn = stsDenied ? (stsDenied.requestParameters?.roleArn as string | undefined) : undefined;
    if (stsDenied)
      proofs.push(recordProof(c, stsDenied, ['errorCode'], 'STS AssumeRoleWithWebIdentity', stsDenied.errorCode));
    const role = roleArn ?? resolution.roleArn ?? c.expectedRoleArn ?? "the identity pool's authenticated role";
    const statement = {
      Effect: 'Allow',
      Principal: { Federated: 'cognito-identity.amazonaws.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: { 'cognito-identity.amazonaws.com:aud': c.target.identityPoolId },
        'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
      },
    };
    return {
      cause: 'trust-policy-mismatch',
      brokenLink: 'credentials',
      confidence: stsDenied ? 'proven' : 'likely',
      headline: `Cognito could not assume ${role}: its trust policy does not trust this identity pool.`,
      explanation:
        'The sign-in worked, but GetCredentialsForIdentity failed: STS refused AssumeRoleWithWebIdentity, so no credentials were issued and AppSync was never reached. ' +
        `The role's trust policy must allow cognito-identity.amazonaws.com with aud = ${c.target.identityPoolId} and amr = authenticated.`,
      proofs,
      fix: {
        summary: `Set the trust policy of ${role} to trust identity pool ${c.target.identityPoolId}.`,
        policy: { Version: '2012-10-17', Statement: [statement] },
      },
      missing: stsDenied
        ? undefined
        : "The failed AssumeRoleWithWebIdentity record in CloudTrail, or the role's trust policy, would confirm it.",
      alternatives: stsDenied || c.identityPool ? undefined : ['no-authenticated-role'],
      customerMessage: {
        en: `After sign-in, the identity pool could not assume ${role} (${credentials.error?.name ?? 'AccessDenied'}). Please update the role's trust policy so that "cognito-identity.amazonaws.com:aud" is ${c.target.identityPoolId} (statement attached), or send us the role's trust policy.`,
        ja: `サインイン後、ID プールが ${role} を引き受けられませんでした（${credentials.error?.name ?? 'AccessDenied'}）。ロールの信頼ポリシーの "cognito-identity.amazonaws.com:aud" を ${c.target.identityPoolId} に更新していただくか（ステートメントを添付します）、信頼ポリシーをお送りください。`,
      },
    };
  },
};
