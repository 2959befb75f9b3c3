import { assumedRoleArn, matchingStsRecord } from '../evidence';
import { msg } from '../messages/catalog';
import { recordProof } from '../proof';
import type { Facts } from '../facts';
import type { Assessment, EvidenceNeed, Finding, Hypothesis, Proof } from '../verdict';
import { noRoleRefusal, otherPoolError, poolNotAsked, roleRefusal, schemaNeed, signedRequest } from './chain-reach';
import { FORBIDDEN, loginsAttached } from './stale-identity-id';
import { caseProof, stepPath } from './support';

// Cognito identity's answer to a call without Logins when the pool does not allow guests.
const NO_GUESTS = 'Unauthenticated access is not supported for this identity pool';

const FIX = { summary: msg('guest-credentials-used.fix') };

/**
 * The user signed in, but the credentials were fetched without the ID token: guest (unauthenticated) credentials,
 * for the unauthenticated role, which AppSync refused; or, with guests off, Cognito refused the call outright.
 * Decided by the run (credentials taken without Logins) or the STS record (the pool's unauthenticated role); on a
 * pasted 401 without them it stays open, competing with the role's policies.
 */
export const guestCredentialsUsed: Hypothesis = {
  id: 'guest-credentials-used',
  assess(facts): Assessment {
    const {
      case: c,
      steps: { signIn, credentials },
    } = facts;
    const notAsked = poolNotAsked(facts);
    if (notAsked) return notAsked;
    if (credentials?.outcome === 'error') {
      const message = credentials.error?.message ?? '';
      if (FORBIDDEN.test(message)) return forbiddenIdentity(facts, message);
      if (!message.includes(NO_GUESTS)) return otherPoolError(facts, credentials);
      return {
        status: 'confirmed',
        reason: msg('guest-credentials-used.confirmed.pool', { message }),
        proofs: [
          caseProof(c, [...stepPath(c, credentials), 'error', 'message'], msg('guest-credentials-used.proof.answer')),
        ],
        finding: {
          brokenLink: 'credentials',
          headline: msg('guest-credentials-used.headline.pool'),
          explanation: msg('guest-credentials-used.explanation.pool', { message }),
          fix: FIX,
          customerMessage: msg('guest-credentials-used.customer.pool', { message }),
        },
      };
    }
    const sent = signedRequest(facts);
    if (sent.ruledOut) return sent.ruledOut;
    const { graphql } = sent;
    const refusal = roleRefusal(graphql);
    if (!refusal) return noRoleRefusal(facts, graphql);

    const pool = c.identityPool;
    const record = matchingStsRecord(c, credentials?.accessKeyId);
    const role = record ? assumedRoleArn(record) : undefined;
    const unauth = pool?.roles.unauthenticated;
    // The pool's authenticated role: read from the pool, else as configured for the case.
    const authRole = pool ? pool.roles.authenticated : c.expectedRoleArn;
    const roleProof = record
      ? [recordProof(c, record, ['requestParameters', 'roleArn'], msg('guest-credentials-used.proof.sts-role'), role)]
      : [];
    const byRole = role !== undefined && role === unauth;
    if (!byRole && role && (role === authRole || unauth)) {
      const against =
        role === authRole
          ? pool
            ? ['identityPool', 'roles', 'authenticated']
            : ['expectedRoleArn']
          : ['identityPool', 'roles', 'unauthenticated'];
      return {
        status: 'ruled-out',
        reason: msg('guest-credentials-used.ruled-out.sts-role', { role }),
        proofs: [...roleProof, caseProof(c, against, msg('guest-credentials-used.proof.pool-role'))],
      };
    }
    if (!byRole && !credentials?.guest) {
      if (pool?.allowUnauthenticatedIdentities === false)
        return {
          status: 'ruled-out',
          reason: msg('guest-credentials-used.ruled-out.no-guests'),
          proofs: [
            caseProof(
              c,
              ['identityPool', 'allowUnauthenticatedIdentities'],
              msg('guest-credentials-used.proof.guests'),
            ),
          ],
        };
      // The run marks credentials taken without Logins; a signed-in run without that mark attached the ID token.
      if (signIn?.outcome === 'ok' && credentials?.outcome === 'ok')
        return {
          status: 'ruled-out',
          reason: msg('guest-credentials-used.ruled-out.with-token'),
          proofs: [
            caseProof(
              c,
              [...stepPath(c, credentials), credentials.accessKeyId ? 'accessKeyId' : 'outcome'],
              msg('guest-credentials-used.proof.session'),
            ),
          ],
        };
    }

    const proofs: Proof[] = [];
    if (credentials?.guest)
      proofs.push(caseProof(c, [...stepPath(c, credentials), 'guest'], msg('guest-credentials-used.proof.guest')));
    proofs.push(...roleProof);
    if (byRole)
      proofs.push(
        caseProof(c, ['identityPool', 'roles', 'unauthenticated'], msg('guest-credentials-used.proof.pool-role')),
      );
    proofs.push(caseProof(c, [...stepPath(c, graphql), 'status'], msg('guest-credentials-used.proof.appsync')));
    const guestRole = role ?? unauth;
    const finding: Finding = {
      brokenLink: 'credentials',
      headline: msg('guest-credentials-used.headline.signed', { ...(guestRole ? { role: guestRole } : {}) }),
      explanation: msg('guest-credentials-used.explanation.signed', {
        ...(guestRole ? { role: guestRole } : {}),
        ...(graphql.status !== undefined ? { status: graphql.status } : {}),
      }),
      fix: FIX,
      misleading: msg('guest-credentials-used.misleading'),
      customerMessage: msg('guest-credentials-used.customer.signed', { ...(guestRole ? { role: guestRole } : {}) }),
    };
    if ((byRole || credentials?.guest) && refusal === 'iam')
      return {
        status: 'confirmed',
        reason: byRole
          ? msg('guest-credentials-used.confirmed.sts-role', { role: role ?? '' })
          : msg('guest-credentials-used.confirmed.run'),
        proofs,
        finding,
      };
    const identityPoolId = c.target.identityPoolId;
    const decidedBy: EvidenceNeed =
      byRole || credentials?.guest
        ? schemaNeed(facts, graphql)
        : role
          ? {
              kind: 'identity-pool-roles',
              how: msg('need.identity-pool-roles.how', { identityPoolId }),
              ask: msg('need.identity-pool-roles.ask', { identityPoolId }),
            }
          : { kind: 'sts-record', how: msg('need.sts-record.how'), ask: msg('need.sts-record.ask') };
    const reason =
      byRole || credentials?.guest
        ? msg('guest-credentials-used.consistent.field')
        : role
          ? msg('guest-credentials-used.consistent.role-unknown', { role })
          : msg('guest-credentials-used.consistent.no-record');
    // Nothing points to guest credentials unless the run or the STS record does: open only for lack of evidence.
    const speculative = !byRole && !credentials?.guest;
    return { status: 'consistent', reason, proofs, finding, decidedBy, ...(speculative ? { speculative } : {}) };
  },
};

/**
 * "Access to Identity '…' is forbidden" is also what a signed-in identity gets when asked for without its login (an app
 * that drops Logins but keeps the identity id): open unless the case shows the login was attached (stale-identity-id).
 */
function forbiddenIdentity(facts: Facts, message: string): Assessment {
  const {
    case: c,
    steps: { signIn, credentials },
  } = facts;
  if (loginsAttached(facts) && signIn)
    return {
      status: 'ruled-out',
      reason: msg('guest-credentials-used.ruled-out.with-token'),
      proofs: [caseProof(c, [...stepPath(c, signIn), 'outcome'], msg('guest-credentials-used.proof.signed-in'))],
    };
  const proofs = credentials
    ? [caseProof(c, [...stepPath(c, credentials), 'error', 'message'], msg('guest-credentials-used.proof.answer'))]
    : [];
  return {
    status: 'consistent',
    reason: msg('guest-credentials-used.consistent.forbidden'),
    proofs,
    finding: {
      brokenLink: 'credentials',
      headline: msg('guest-credentials-used.headline.forbidden'),
      explanation: msg('guest-credentials-used.explanation.forbidden', { message }),
      fix: FIX,
      customerMessage: msg('guest-credentials-used.customer.forbidden', { message }),
    },
    decidedBy: { kind: 'app-call-code', how: msg('need.app-call-code.how'), ask: msg('need.app-call-code.ask') },
  };
}
