import { assumedRoleArn, failedStsRecords } from '../evidence';
import { msg } from '../messages/catalog';
import { recordProof } from '../proof';
import { resolveRole } from '../role-resolution';
import type { Hypothesis, Proof } from '../verdict';
import { otherPoolError, poolRefusal } from './chain-reach';
import { caseProof, stepPath } from './support';

// Cognito's answers when no role results for a signed-in user: no authenticated role (same text as a role it cannot
// assume, hence the pool's roles decide), or a role mapping whose AmbiguousRoleResolution is Deny.
const INVALID_CONFIG = 'InvalidIdentityPoolConfigurationException';
const AMBIGUOUS_DENIED = /The ambiguous role mapping rules for: (\S+) denied this request/;

/**
 * GetCredentialsForIdentity failed because the identity pool has no role to give this signed-in user: it has no
 * authenticated role, or its role mapping does not match and resolves ambiguous cases to Deny. Its competitor is
 * trust-policy-mismatch (same InvalidIdentityPoolConfigurationException): the pool's roles, or a failed STS call
 * (Cognito found a role and could not assume it), tell them apart.
 */
export const noAuthenticatedRole: Hypothesis = {
  id: 'no-authenticated-role',
  assess(facts) {
    const { case: c } = facts;
    const refusal = poolRefusal(facts, msg('no-authenticated-role.ruled-out.issued'));
    if (refusal.ruledOut) return refusal.ruledOut;
    const { credentials } = refusal;
    const error = credentials.error ?? { name: '', message: '' };
    const ambiguous = AMBIGUOUS_DENIED.exec(error.message);
    if (!ambiguous && error.name !== INVALID_CONFIG) return otherPoolError(facts, credentials);

    const pool = c.identityPool;
    const failed = failedStsRecords(c, credentials.identityId)[0];
    if (!ambiguous && failed) {
      const role = assumedRoleArn(failed) ?? '';
      return {
        status: 'ruled-out',
        reason: msg('no-authenticated-role.ruled-out.sts-tried', { role }),
        proofs: [
          recordProof(c, failed, ['errorCode'], msg('no-authenticated-role.proof.sts-failed'), failed.errorCode),
        ],
      };
    }
    const resolution = resolveRole(c);
    if (!ambiguous && pool && resolution.how !== 'ambiguous-deny')
      return {
        status: 'ruled-out',
        reason: msg('no-authenticated-role.ruled-out.has-role', { role: resolution.roleArn ?? '' }),
        proofs: [caseProof(c, ['identityPool', 'roles'], msg('no-authenticated-role.proof.roles'))],
      };

    const proofs: Proof[] = [
      caseProof(c, [...stepPath(c, credentials), 'error', 'name'], msg('no-authenticated-role.proof.error')),
      caseProof(c, [...stepPath(c, credentials), 'error', 'message'], msg('no-authenticated-role.proof.message')),
    ];
    if (pool) proofs.push(caseProof(c, ['identityPool', 'roles'], msg('no-authenticated-role.proof.roles')));
    const mappingKey = Object.keys(pool?.roleMappings ?? {})[0];
    if (mappingKey)
      proofs.push(
        caseProof(c, ['identityPool', 'roleMappings', mappingKey], msg('no-authenticated-role.proof.mapping')),
      );
    const mappingType = (pool?.roleMappings?.[mappingKey ?? ''] as { Type?: unknown } | undefined)?.Type;
    const byMapping = Boolean(ambiguous) || (mappingKey !== undefined && Boolean(pool?.roles.authenticated));
    const account = c.target.accountId ?? facts.accountId ?? '<ACCOUNT_ID>';
    const identityPoolId = c.target.identityPoolId;
    const finding = {
      brokenLink: 'credentials' as const,
      headline: byMapping
        ? msg('no-authenticated-role.headline.mapping')
        : msg('no-authenticated-role.headline.no-role'),
      explanation: byMapping
        ? msg('no-authenticated-role.explanation.mapping', {
            name: error.name,
            message: error.message,
            from: mappingType === 'Token' ? ('token' as const) : ('rules' as const),
          })
        : msg('no-authenticated-role.explanation.no-role', { name: error.name, message: error.message }),
      fix: byMapping
        ? {
            summary: msg('no-authenticated-role.fix.mapping'),
            policy: {
              RoleMappings: {
                [mappingKey ?? ambiguous?.[1] ?? '<provider>']: { AmbiguousRoleResolution: 'AuthenticatedRole' },
              },
            },
          }
        : {
            summary: msg('no-authenticated-role.fix.no-role', { identityPoolId }),
            policy: {
              IdentityPoolId: identityPoolId,
              Roles: {
                authenticated: `arn:aws:iam::${account}:role/<authenticated role>`,
                ...(pool?.roles.unauthenticated ? { unauthenticated: pool.roles.unauthenticated } : {}),
              },
            },
          },
      customerMessage: byMapping
        ? msg('no-authenticated-role.customer.mapping', { identityPoolId, message: error.message })
        : msg('no-authenticated-role.customer.no-role', { identityPoolId, message: error.message }),
    };
    if (ambiguous || pool)
      return {
        status: 'confirmed',
        reason: ambiguous
          ? msg('no-authenticated-role.confirmed.mapping')
          : byMapping
            ? msg('no-authenticated-role.confirmed.mapping-deny')
            : msg('no-authenticated-role.confirmed.no-role'),
        proofs,
        finding,
      };
    return {
      status: 'consistent',
      reason: msg('no-authenticated-role.consistent'),
      proofs,
      finding,
      decidedBy: {
        kind: 'identity-pool-roles',
        how: msg('need.identity-pool-roles.how', { identityPoolId }),
        ask: msg('need.identity-pool-roles.ask', { identityPoolId }),
      },
    };
  },
};
