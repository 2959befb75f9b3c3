import { explainArnMismatch, type ArnDifference } from '../arn';
import type { Case, PolicyEvidence } from '../case';
import type { FieldAccess } from '../field-access';
import { msg } from '../messages/catalog';
import type { Assessment, Finding, Hypothesis, Proof } from '../verdict';
import {
  allowsForAction,
  allowStatement,
  decisionOf,
  denialFinding,
  type IamDenial,
  policiesProof,
  policyDenial,
  policyNeed,
  type PolicyStatement,
  refusedArn,
  roleParams,
  simulatedAllowed,
  simulationProof,
  statementPath,
  statementProof,
} from './iam-denial';
import { caseProof } from './support';

/** One Resource pattern of an Allow for appsync:GraphQL, and how it differs from a field ARN (empty: it covers it). */
interface Pattern {
  allow: PolicyStatement;
  pattern: string;
  /** Its path in the case's policies, for a proof. */
  path: (string | number)[];
  differences: ArnDifference[];
}

function patterns(c: Case, policies: PolicyEvidence, allows: PolicyStatement[], arn: string): Pattern[] {
  return allows.flatMap((allow) => {
    const resource = allow.statement.Resource;
    const path = [...statementPath(c, policies, allow.policy, allow.index), 'Resource'];
    const list: unknown[] = Array.isArray(resource) ? resource : [resource];
    return list.flatMap((pattern, index) =>
      typeof pattern === 'string'
        ? [
            {
              allow,
              pattern,
              path: Array.isArray(resource) ? [...path, index] : path,
              differences: explainArnMismatch(pattern, arn),
            },
          ]
        : [],
    );
  });
}

type Fix = Finding['fix'];

const FIELDS_COMPARED = 20;

/**
 * AppSync's IAM check refused the signed request and the role's Allow for appsync:GraphQL names other ARNs (the case
 * that started Authtrace: after a move, the policy still points at the old account's API). The role's policies
 * decide, compared part by part with the exact field ARN; without them (or without the API id) the three policy
 * modes stay open.
 */
export const rolePolicyResourceMismatch: Hypothesis = {
  id: 'role-policy-resource-mismatch',
  assess(facts) {
    const judged = policyDenial(facts);
    if (judged.ruledOut) return judged.ruledOut;
    const { denial, role } = judged;
    const { case: c } = facts;
    const fix: Fix = {
      summary: msg('role-policy-resource-mismatch.fix', { role }),
      policy: { Version: '2012-10-17', Statement: [allowStatement(denial.arns)] },
    };
    const { policies } = denial;

    if (policies) {
      const allows = allowsForAction(policies, 'appsync:GraphQL');
      if (allows.length === 0)
        return {
          status: 'ruled-out',
          reason: msg('role-policy-resource-mismatch.ruled-out.no-allow', { role }),
          proofs: [policiesProof(c, policies)],
        };
      // A field no Allow's Resource covers: the policy names other ARNs, whatever else it says.
      // Fields IAM allowed are covered by definition; of the others, the first few decide (each costs every Resource
      // entry compared part by part, and a case may hold a thousand fields: the work stays bounded).
      for (const access of denial.access.filter((a) => decisionOf(a) !== 'allowed').slice(0, FIELDS_COMPARED)) {
        const all = patterns(c, policies, allows, access.arn);
        if (all.length === 0 || all.some((p) => p.differences.length === 0)) continue;
        const closest = [...all].sort((a, b) => a.differences.length - b.differences.length)[0] as Pattern;
        return mismatch(c, denial, access, closest, fix);
      }
      // Every field is covered by an Allow's Resource: IAM's decision tells whether that Allow applied.
      const refused = denial.access.find((a) => decisionOf(a) === 'implicit-deny');
      if (refused) return notApplied(c, denial, policies, refused, allows);
      const first = denial.access[0];
      if (first && denial.access.every((a) => decisionOf(a) !== 'unknown')) {
        const covering = patterns(c, policies, allows, first.arn).find((p) => p.differences.length === 0);
        return covering
          ? {
              status: 'ruled-out',
              reason: msg('role-policy-resource-mismatch.ruled-out.covered', {
                policy: covering.allow.policy,
                arn: first.arn,
              }),
              proofs: [
                statementProof(
                  c,
                  policies,
                  covering.allow.policy,
                  covering.allow.index,
                  msg('iam-denial.proof.allow', { policy: covering.allow.policy }),
                ),
              ],
            }
          : { status: 'ruled-out', reason: msg('iam-denial.ruled-out.allowed', { arn: first.arn }), proofs: [] };
      }
    } else {
      const allowed = simulatedAllowed(c, denial);
      if (allowed) return allowed;
    }
    return {
      status: 'consistent',
      reason: msg('role-policy-resource-mismatch.consistent', { role }),
      proofs: denial.proofs,
      decidedBy: policyNeed(denial, facts, { arn: true }),
      finding: unprovenFinding(denial, fix),
    };
  },
};

/** The Allow names other ARNs: confirmed, with the differing parts of the closest pattern as proofs. */
function mismatch(c: Case, denial: IamDenial, access: FieldAccess, closest: Pattern, fix: Fix): Assessment {
  const { role, recorded } = roleParams(denial);
  const { pattern } = closest;
  const arn = access.arn;
  const first = closest.differences[0];
  const proofs: Proof[] = [
    ...denial.proofs,
    ...(denial.policies
      ? [
          statementProof(
            c,
            denial.policies,
            closest.allow.policy,
            closest.allow.index,
            msg('iam-denial.proof.allow', { policy: closest.allow.policy }),
          ),
        ]
      : []),
    ...closest.differences.map((d) =>
      caseProof(
        c,
        closest.path,
        msg('role-policy-resource-mismatch.proof.part', { part: d.part, policy: d.policy, request: d.request }),
      ),
    ),
  ];
  return {
    status: 'confirmed',
    reason: msg('role-policy-resource-mismatch.confirmed', { pattern, arn }),
    proofs,
    finding: denialFinding({
      headline: msg('role-policy-resource-mismatch.headline', { role }),
      explanation: msg('role-policy-resource-mismatch.explanation', {
        role,
        recorded,
        pattern,
        arn,
        part: first?.part ?? '',
        policyPart: first?.policy ?? '',
        requestPart: first?.request ?? '',
      }),
      fix,
      customerMessage: msg('role-policy-resource-mismatch.customer', { role, pattern, arn }),
    }),
  };
}

/**
 * An Allow's Resource covers the field, yet IAM implicitly denied it: the Allow's Condition does not hold, or the
 * permissions boundary lacks the field. Confirmed: the statement still does not allow this request.
 */
function notApplied(
  c: Case,
  denial: IamDenial,
  policies: PolicyEvidence,
  access: FieldAccess,
  allows: PolicyStatement[],
): Assessment {
  const { role, recorded } = roleParams(denial);
  const layer = access.evaluation?.lacksAllow?.includes('identity') === false ? 'boundary' : 'condition';
  const covering = patterns(c, policies, allows, access.arn).find((p) => p.differences.length === 0);
  const policy = covering?.allow.policy ?? allows[0]?.policy ?? '';
  const statement = covering?.allow ?? allows[0];
  const arn = access.arn;
  return {
    status: 'confirmed',
    reason: msg('role-policy-resource-mismatch.confirmed.not-applied', { policy, arn, layer }),
    proofs: [
      ...denial.proofs,
      ...(statement
        ? [statementProof(c, policies, statement.policy, statement.index, msg('iam-denial.proof.allow', { policy }))]
        : []),
      ...simulationProof(c, access),
    ],
    finding: denialFinding({
      headline: msg('role-policy-resource-mismatch.headline.not-applied', { role, layer }),
      explanation: msg('role-policy-resource-mismatch.explanation.not-applied', { role, recorded, policy, arn, layer }),
      fix: { summary: msg('role-policy-resource-mismatch.fix.not-applied', { policy, layer }) },
      customerMessage: msg('role-policy-resource-mismatch.customer.not-applied', { role, policy, layer }),
    }),
  };
}

/** The lead finding while the policies cannot decide: the role's policy does not allow this API (true of all three). */
function unprovenFinding(denial: IamDenial, fix: Fix): Finding {
  const { role, recorded } = roleParams(denial);
  return denialFinding({
    headline: msg('role-policy-resource-mismatch.headline.unproven', { role, recorded }),
    explanation: msg('role-policy-resource-mismatch.explanation.unproven', {
      role,
      recorded,
      arns: denial.arns.join(', '),
    }),
    fix,
    customerMessage: msg('role-policy-resource-mismatch.customer.unproven', {
      role,
      recorded,
      arn: refusedArn(denial),
    }),
  });
}
