import { msg } from '../messages/catalog';
import { stepProof } from '../proof';
import type { Hypothesis } from '../verdict';

/** AppSync answered the test request with data and no errors: nothing in the chain is broken. */
export const healthy: Hypothesis = {
  id: 'healthy',
  assess({ case: c, steps: { graphql } }) {
    const status =
      graphql?.status !== undefined
        ? [stepProof(c, graphql, ['status'], msg('proof.appsync-status'), graphql.status)]
        : [];
    if (!graphql || graphql.outcome !== 'ok' || graphql.status !== 200 || graphql.errors.length > 0)
      return { status: 'ruled-out', reason: msg('healthy.ruled-out'), proofs: status };
    return {
      status: 'confirmed',
      reason: msg('healthy.confirmed'),
      proofs: status,
      finding: {
        brokenLink: null,
        headline: msg('healthy.headline'),
        explanation: msg('healthy.explanation'),
        fix: { summary: msg('healthy.fix') },
        customerMessage: msg('healthy.customer'),
      },
    };
  },
};
