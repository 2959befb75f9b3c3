import type { Case } from '../case';
import { assumedRoleArn, failedStsRecords, matchingStsRecord } from '../evidence';
import { msg } from '../messages/catalog';
import { evaluateOperator, type RequestContext } from '../policy/conditions';
import { globMatch } from '../policy/glob';
import { allOf, anyOf, undecided, type Tri } from '../policy/tri';
import { recordProof, stepProof } from '../proof';
import { resolveRole } from '../role-resolution';
import type { EvidenceNeed, Hypothesis, Proof } from '../verdict';
import { issuedProofs, otherPoolError, poolNotAsked } from './chain-reach';
import { caseProof } from './support';

// Cognito's enhanced flow answers this when it cannot assume the pool's role; the basic flow gets STS's own text
// (Cognito developer guide, "Role trust and permissions").
export const INVALID_CONFIG = 'InvalidIdentityPoolConfigurationException';
export const STS_REFUSED = /not authorized to perform sts:AssumeRoleWithWebIdentity/i;
const COGNITO = 'cognito-identity.amazonaws.com';

const list = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/**
 * Whether a trust policy lets Cognito assume the role for this pool's signed-in users: a Deny that applies wins,
 * else an Allow that applies. Conditions are evaluated on the web identity token's `aud`, `amr` (and `sub` when the
 * identity id is known); any other key leaves the answer undecided.
 */
function trustAdmits(document: unknown, context: RequestContext): Tri {
  const applies = (effect: string) =>
    list((document as { Statement?: unknown } | undefined)?.Statement).map((raw): Tri => {
      const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
      if (s.Effect !== effect) return false;
      if ('NotAction' in s || 'NotPrincipal' in s) return undecided('NotAction / NotPrincipal in a trust policy.');
      const principal = s.Principal;
      const trusted =
        principal === '*' || list((principal as { Federated?: unknown } | null)?.Federated).includes(COGNITO);
      const action = list(s.Action).some(
        (a) => typeof a === 'string' && globMatch(a, 'sts:AssumeRoleWithWebIdentity', true),
      );
      if (!trusted || !action) return false;
      const condition = s.Condition;
      if (condition === undefined) return true;
      if (!condition || typeof condition !== 'object') return undecided('A Condition that is not an object.');
      return allOf(Object.entries(condition).map(([op, block]) => evaluateOperator(op, block, context, () => false)));
    });
  const deny = anyOf(applies('Deny'));
  return deny === true ? false : allOf([anyOf(applies('Allow')), deny === false ? true : deny]);
}

/** The role's trust policy in the case, if any, with its pointer. */
function trustPolicyOf(c: Case, roleArn: string | undefined) {
  const p = c.policies.findIndex((e) => e.roleArn === roleArn);
  const d = c.policies[p]?.documents.findIndex((doc) => doc.kind === 'trust') ?? -1;
  const document = c.policies[p]?.documents[d]?.document;
  return d >= 0 ? { document, path: ['policies', p, 'documents', d, 'document'] } : undefined;
}

/**
 * Cognito found the role for this user but STS refused to let it assume the role: the role's trust policy does not
 * admit this identity pool (its `aud`) or signed-in users (`amr`). Proven by the failed STS record or by the trust
 * policy itself; InvalidIdentityPoolConfigurationException alone also fits no-authenticated-role.
 */
export const trustPolicyMismatch: Hypothesis = {
  id: 'trust-policy-mismatch',
  assess(facts) {
    const {
      case: c,
      steps: { signIn, credentials },
    } = facts;
    const notAsked = poolNotAsked(facts);
    if (notAsked) return notAsked;
    if (credentials?.outcome !== 'error') {
      const record = matchingStsRecord(c, credentials?.accessKeyId);
      const role = record ? assumedRoleArn(record) : undefined;
      const proofs = record
        ? [recordProof(c, record, ['requestParameters', 'roleArn'], msg('trust-policy-mismatch.proof.assumed'), role)]
        : issuedProofs(facts);
      return { status: 'ruled-out', reason: msg('trust-policy-mismatch.ruled-out.assumed'), proofs };
    }
    const error = credentials.error ?? { name: '', message: '' };
    const stsDenied = failedStsRecords(c, credentials.identityId).find((r) => r.errorCode === 'AccessDenied');
    const byStsText = STS_REFUSED.test(error.message);
    if (!stsDenied && !byStsText && error.name !== INVALID_CONFIG) return otherPoolError(facts, credentials);
    const resolution = resolveRole(c);
    // Readable pool roles that give no role at all: nothing was assumed, so no trust policy was tried.
    if (!stsDenied && !byStsText && c.identityPool && resolution.how === 'ambiguous-deny')
      return {
        status: 'ruled-out',
        reason: msg('trust-policy-mismatch.ruled-out.no-role'),
        proofs: [caseProof(c, ['identityPool', 'roles'], msg('trust-policy-mismatch.proof.pool-roles'))],
      };

    const roleArn = (stsDenied ? assumedRoleArn(stsDenied) : undefined) ?? resolution.roleArn ?? c.expectedRoleArn;
    const role = roleArn ?? '';
    const proofs: Proof[] = [
      stepProof(c, credentials, ['error', 'name'], msg('trust-policy-mismatch.proof.error'), error.name),
    ];
    if (stsDenied)
      proofs.push(
        recordProof(c, stsDenied, ['errorCode'], msg('trust-policy-mismatch.proof.sts'), stsDenied.errorCode),
      );
    const trust = trustPolicyOf(c, roleArn);
    const amr = [
      'authenticated',
      `cognito-idp.${c.target.region}.amazonaws.com/${c.target.userPoolId}`,
      ...(typeof signIn?.idToken?.claims.sub === 'string'
        ? [
            `cognito-idp.${c.target.region}.amazonaws.com/${c.target.userPoolId}:CognitoSignIn:${signIn.idToken.claims.sub}`,
          ]
        : []),
    ];
    const admits = trust
      ? trustAdmits(trust.document, {
          [`${COGNITO}:aud`]: c.target.identityPoolId,
          [`${COGNITO}:amr`]: amr,
          ...(credentials.identityId ? { [`${COGNITO}:sub`]: credentials.identityId } : {}),
        })
      : undefined;
    if (trust) proofs.push(caseProof(c, trust.path, msg('trust-policy-mismatch.proof.trust-policy')));
    if (admits === true)
      return { status: 'ruled-out', reason: msg('trust-policy-mismatch.ruled-out.trusted', { role }), proofs };

    const identityPoolId = c.target.identityPoolId;
    const statement = {
      Effect: 'Allow',
      Principal: { Federated: COGNITO },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: { [`${COGNITO}:aud`]: identityPoolId },
        'ForAnyValue:StringLike': { [`${COGNITO}:amr`]: 'authenticated' },
      },
    };
    const finding = {
      brokenLink: 'credentials' as const,
      headline: msg('trust-policy-mismatch.headline', { role }),
      explanation: msg('trust-policy-mismatch.explanation', { identityPoolId }),
      fix: {
        summary: msg('trust-policy-mismatch.fix', { role, identityPoolId }),
        policy: { Version: '2012-10-17', Statement: [statement] },
      },
      customerMessage: msg('trust-policy-mismatch.customer', { role, name: error.name, identityPoolId }),
    };
    // STS refuses a role that does not exist in the same words: its trust policy, read, shows the role exists.
    if ((stsDenied || byStsText) && !trust)
      return {
        status: 'consistent',
        reason: msg('trust-policy-mismatch.consistent.sts', { role }),
        proofs,
        finding,
        decidedBy: trustNeed(roleArn, identityPoolId),
      };
    if (stsDenied || byStsText || admits === false)
      return {
        status: 'confirmed',
        reason: stsDenied
          ? msg('trust-policy-mismatch.confirmed.sts', { role })
          : byStsText
            ? msg('trust-policy-mismatch.confirmed.message', { message: error.message })
            : msg('trust-policy-mismatch.confirmed.policy', { role }),
        proofs,
        finding,
      };
    return {
      status: 'consistent',
      reason: msg('trust-policy-mismatch.consistent'),
      proofs,
      finding,
      decidedBy: trustNeed(roleArn, identityPoolId),
    };
  },
};

/** The role's trust policy (which also shows the role exists), or the pool's roles when the role is not known. */
function trustNeed(roleArn: string | undefined, identityPoolId: string): EvidenceNeed {
  const roleName = roleArn?.split('/').pop();
  return roleName
    ? {
        kind: 'trust-policy',
        how: msg('need.trust-policy.how', { role: roleName }),
        ask: msg('need.trust-policy.ask', { role: roleName }),
      }
    : {
        kind: 'identity-pool-roles',
        how: msg('need.identity-pool-roles.how', { identityPoolId }),
        ask: msg('need.identity-pool-roles.ask', { identityPoolId }),
      };
}
