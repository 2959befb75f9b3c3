import { msg } from '../messages/catalog';
import type { Hypothesis, Proof } from '../verdict';
import {
  decisionOf,
  denialFinding,
  policiesProof,
  policyDenial,
  policyNeed,
  simulationProof,
  statementProof,
  statementsForAction,
} from './iam-denial';

/**
 * AppSync's IAM check refused the signed request because a Deny (inline, managed or permissions boundary) matches
 * the field ARN. Our evaluation quotes the statement; AWS's simulation names its policy. Independent of the Allows:
 * a Deny and a missing Allow can both be true, and then both are confirmed.
 */
export const explicitDeny: Hypothesis = {
  id: 'explicit-deny',
  assess(facts) {
    const judged = policyDenial(facts);
    if (judged.ruledOut) return judged.ruledOut;
    const { denial, role, recorded } = judged;
    const { case: c } = facts;
    const { policies } = denial;

    const denied = denial.access.find(
      (a) => decisionOf(a) === 'explicit-deny' || a.evaluation?.decision === 'explicit-deny',
    );
    if (denied) {
      const statement = denied.evaluation?.decision === 'explicit-deny' ? denied.evaluation.decisive[0] : undefined;
      const policy = statement?.policy ?? denied.simulation?.matchedStatements[0]?.sourcePolicyId ?? '';
      const sid = statement?.sid ?? '';
      const arn = denied.arn;
      const proofs: Proof[] = [...denial.proofs, ...simulationProof(c, denied)];
      if (statement && policies)
        proofs.push(
          statementProof(c, policies, statement.policy, statement.index, msg('iam-denial.proof.deny', { policy })),
        );
      return {
        status: 'confirmed',
        reason: msg('explicit-deny.confirmed', { policy, sid, arn }),
        proofs,
        finding: denialFinding({
          headline: msg('explicit-deny.headline', {
            policy,
            sid,
            field: `${denied.field.typeName}.${denied.field.fieldName}`,
          }),
          explanation: msg('explicit-deny.explanation', { role, recorded, arn }),
          fix: {
            summary: msg('explicit-deny.fix', { policy, sid, arn }),
            ...(statement ? { policy: statement.statement } : {}),
          },
          customerMessage: msg('explicit-deny.customer', { role, policy, sid, arn }),
        }),
      };
    }

    const first = denial.access[0];
    if (first && denial.access.every((a) => decisionOf(a) !== 'unknown')) {
      const allowed = denial.access.every((a) => decisionOf(a) === 'allowed');
      return {
        status: 'ruled-out',
        reason: allowed
          ? msg('iam-denial.ruled-out.allowed', { arn: first.arn })
          : msg('explicit-deny.ruled-out.no-deny', { arn: first.arn }),
        proofs: first.simulation ? simulationProof(c, first) : policies ? [policiesProof(c, policies)] : [],
      };
    }
    // Without the field ARN, a role with no Deny for the action in any of its policies cannot deny this one.
    if (policies && statementsForAction(policies, 'appsync:GraphQL', 'Deny', ['identity', 'boundary']).length === 0)
      return {
        status: 'ruled-out',
        reason: msg('explicit-deny.ruled-out.no-deny-statement', { role }),
        proofs: [policiesProof(c, policies)],
      };
    return {
      status: 'consistent',
      reason: msg('explicit-deny.consistent', { role }),
      proofs: denial.proofs,
      decidedBy: policyNeed(denial, facts, { arn: true }),
      finding: denialFinding({
        headline: msg('explicit-deny.headline.unproven', { role }),
        explanation: msg('explicit-deny.explanation.unproven', { role, recorded }),
        fix: { summary: msg('explicit-deny.fix.unproven') },
        customerMessage: msg('explicit-deny.customer.unproven', { role }),
      }),
    };
  },
};
