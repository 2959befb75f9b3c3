import { failedStsRecords } from '../evidence';
import { resolveRole } from '../role-resolution';
import type { Proof, Rule } from './legacy';
import { caseProof, stepPath } from './support';

// Cognito's answers when no role results for a signed-in user: no authenticated role (same text as a role it cannot
// assume, hence the pool's roles decide), or a role mapping whose AmbiguousRoleResolution is Deny.
const INVALID_CONFIG = 'InvalidIdentityPoolConfigurationException';
const AMBIGUOUS_DENIED = /The ambiguous role mapping rules for: (\S+) denied this request/;

/**
 * GetCredentialsForIdentity failed because the identity pool has no role to give this signed-in user: it has no
 * authenticated role, or its role mapping does not match and resolves ambiguous cases to Deny.
 */
export const noAuthenticatedRole: Rule = {
  id: 'no-authenticated-role',
  evaluate({ case: c, steps: { credentials } }) {
    if (credentials?.outcome !== 'error' || !credentials.error) return null;
    const ambiguous = AMBIGUOUS_DENIED.exec(credentials.error.message);
    const resolution = resolveRole(c);
    const noRole = credentials.error.name === INVALID_CONFIG && c.identityPool && resolution.how === 'ambiguous-deny';
    if (!ambiguous && !noRole) return null;
    // A failed STS call means Cognito did find a role and could not assume it: that is the trust policy.
    if (!ambiguous && failedStsRecords(c, credentials.identityId).length > 0) return null;

    const proofs: Proof[] = [
      caseProof(c, [...stepPath(c, credentials), 'error', 'name'], 'GetCredentialsForIdentity failed with'),
      caseProof(c, [...stepPath(c, credentials), 'error', 'message'], 'and said'),
    ];
    if (c.identityPool) proofs.push(caseProof(c, ['identityPool', 'roles'], "The identity pool's roles"));
    const mappingKey = Object.keys(c.identityPool?.roleMappings ?? {})[0];
    if (mappingKey) proofs.push(caseProof(c, ['identityPool', 'roleMappings', mappingKey], 'Its role mapping'));

    const byMapping = Boolean(ambiguous) || (mappingKey !== undefined && Boolean(c.identityPool?.roles.authenticated));
    const account = c.target.accountId ?? '<ACCOUNT_ID>';
    return {
      cause: 'no-authenticated-role',
      brokenLink: 'credentials',
      confidence: 'proven',
      headline: byMapping
        ? 'The identity pool’s role mapping gives this user no role, and resolves ambiguous cases to Deny.'
        : 'The identity pool has no authenticated role, so signed-in users get no credentials.',
      explanation:
        `Sign-in worked, but GetCredentialsForIdentity failed (${credentials.error.name}: ${credentials.error.message}). ` +
        (byMapping
          ? `No role mapping rule matched the user's token and AmbiguousRoleResolution is Deny. ${resolution.explanation}`
          : 'The pool names no authenticated role, so Cognito has no role to assume for a signed-in user (no STS call was made).'),
      proofs,
      fix: byMapping
        ? {
            summary:
              'Make the role mapping match this user (a rule on a claim the token carries), or set AmbiguousRoleResolution to AuthenticatedRole.',
            policy: {
              RoleMappings: {
                [mappingKey ?? ambiguous?.[1] ?? '<provider>']: { AmbiguousRoleResolution: 'AuthenticatedRole' },
              },
            },
          }
        : {
            summary: `Set the identity pool's authenticated role (SetIdentityPoolRoles), to a role whose trust policy trusts ${c.target.identityPoolId}.`,
            policy: {
              IdentityPoolId: c.target.identityPoolId,
              Roles: {
                authenticated: `arn:aws:iam::${account}:role/<authenticated role>`,
                ...(c.identityPool?.roles.unauthenticated
                  ? { unauthenticated: c.identityPool.roles.unauthenticated }
                  : {}),
              },
            },
          },
      customerMessage: byMapping
        ? {
            en: `After sign-in, the identity pool ${c.target.identityPoolId} gives this user no role: its role mapping does not match and resolves ambiguous cases to Deny ("${credentials.error.message}"). Please add a rule that matches the user, or set the ambiguous role resolution to "Use default authenticated role".`,
            ja: `サインイン後、ID プール ${c.target.identityPoolId} がこのユーザーにロールを割り当てていません。ロールマッピングが一致せず、あいまいな場合は拒否する設定になっています（"${credentials.error.message}"）。ユーザーに一致するルールを追加するか、ロールの解決を「デフォルトの認証済みロールを使用」に変更してください。`,
          }
        : {
            en: `After sign-in, the identity pool ${c.target.identityPoolId} cannot issue credentials because it has no authenticated role ("${credentials.error.message}"). Please set an authenticated role on the identity pool.`,
            ja: `サインイン後、ID プール ${c.target.identityPoolId} に認証済みロールが設定されていないため、認証情報を発行できません（"${credentials.error.message}"）。ID プールに認証済みロールを設定してください。`,
          },
    };
  },
};
