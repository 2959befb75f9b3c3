import { msg } from '../messages/catalog';
import type { Hypothesis } from '../verdict';
import {
  allowsForAction,
  allowStatement,
  denialFinding,
  policyDenial,
  policyNeed,
  simulatedAllowed,
  statementProof,
} from './iam-denial';
import { caseProof } from './support';

/**
 * AppSync's IAM check refused the signed request and none of the role's permission policies allows appsync:GraphQL
 * at all. The documents decide on their own, without the field ARN; AWS's simulation alone cannot tell this from an
 * Allow on other ARNs.
 */
export const rolePolicyMissingAction: Hypothesis = {
  id: 'role-policy-missing-action',
  assess(facts) {
    const judged = policyDenial(facts);
    if (judged.ruledOut) return judged.ruledOut;
    const { denial, role, recorded } = judged;
    const { case: c } = facts;
    const fix = {
      summary: msg('role-policy-missing-action.fix', { role }),
      policy: { Version: '2012-10-17', Statement: [allowStatement(denial.arns)] },
    };
    const { policies } = denial;

    if (policies) {
      const allow = allowsForAction(policies, 'appsync:GraphQL')[0];
      if (allow)
        return {
          status: 'ruled-out',
          reason: msg('role-policy-missing-action.ruled-out.has-allow', { policy: allow.policy }),
          proofs: [
            statementProof(
              c,
              policies,
              allow.policy,
              allow.index,
              msg('iam-denial.proof.allow', { policy: allow.policy }),
            ),
          ],
        };
      const p = c.policies.indexOf(policies);
      const permission = policies.documents.flatMap((d, index) =>
        d.kind === 'inline' || d.kind === 'managed' ? [{ name: d.name, index }] : [],
      );
      const names = permission.map((d) => d.name).join(', ');
      const count = permission.length;
      return {
        status: 'confirmed',
        reason: msg('role-policy-missing-action.confirmed', { role, count, names }),
        proofs: [
          ...denial.proofs,
          ...permission.map((d) =>
            caseProof(c, ['policies', p, 'documents', d.index, 'name'], msg('role-policy-missing-action.proof.policy')),
          ),
        ],
        finding: denialFinding({
          headline: msg('role-policy-missing-action.headline', { role }),
          explanation: msg('role-policy-missing-action.explanation', { role, recorded, count, names }),
          fix,
          customerMessage: msg('role-policy-missing-action.customer', { role }),
        }),
      };
    }
    const allowed = simulatedAllowed(c, denial);
    if (allowed) return allowed;
    return {
      status: 'consistent',
      reason: msg('role-policy-missing-action.consistent', { role }),
      proofs: denial.proofs,
      decidedBy: policyNeed(denial, facts, { arn: false }),
      finding: denialFinding({
        headline: msg('role-policy-missing-action.headline.unproven', { role }),
        explanation: msg('role-policy-missing-action.explanation.unproven', { role, recorded }),
        fix,
        customerMessage: msg('role-policy-missing-action.customer.unproven', { role }),
      }),
    };
  },
};
