import { msg } from '../messages/catalog';
import type { Hypothesis, Proof } from '../verdict';
import { caseProof, graphqlError, stepPath, unanswered } from './support';

// AppSync's field-level denial inside a 200: "Not Authorized to access <field> on type <Type>".
const FIELD_DENIED = /^Not Authorized to access (\w+) on type (\w+)/;

/**
 * IAM allowed the signed request (AppSync ran it), then AppSync refused a field to the AWS_IAM mode. A field (or its
 * type) without @aws_iam answers so, and so does an Amplify-generated resolver whose IAM allow-list admits only the
 * deployed auth/unauth roles (aws-amplify/amplify-category-api #100, #544, #670, #749; amplify-cli #9635, #10586): at
 * most consistent, the schema and its resolver decide.
 */
export const fieldLacksIamDirective: Hypothesis = {
  id: 'field-lacks-iam-directive',
  assess(facts) {
    const stopped = unanswered(facts);
    const { case: c, steps } = facts;
    const { graphql } = steps;
    if (stopped || !graphql)
      return { status: 'ruled-out', ...(stopped ?? { reason: msg('appsync-stage.ruled-out.no-request'), proofs: [] }) };
    const at = (path: (string | number)[], label: Proof['label']) =>
      caseProof(c, [...stepPath(c, graphql), ...path], label);
    if (graphql.authMode !== 'iam')
      return {
        status: 'ruled-out',
        reason: msg('appsync-stage.ruled-out.not-iam', { mode: graphql.authMode }),
        proofs: [at(['authMode'], msg('appsync-stage.proof.call-mode'))],
      };
    // An offline case built from the app's error may not know the status; the field error itself says 200.
    if (graphql.status !== undefined && graphql.status !== 200)
      return {
        status: 'ruled-out',
        reason: msg('field-lacks-iam-directive.ruled-out.refused-whole', { status: graphql.status }),
        proofs: [at(['status'], msg('proof.appsync-status'))],
      };
    const denied = graphqlError(graphql, FIELD_DENIED);
    if (!denied)
      return {
        status: 'ruled-out',
        reason: msg('field-lacks-iam-directive.ruled-out.no-field-error'),
        proofs: graphql.status !== undefined ? [at(['status'], msg('proof.appsync-status'))] : [],
      };

    const [, name = '?', type = '?'] = denied.match;
    const field = `${type}.${name}`;
    const { message } = denied;
    const proofs: Proof[] = [];
    if (graphql.status !== undefined) proofs.push(at(['status'], msg('field-lacks-iam-directive.proof.ran')));
    proofs.push(at(['errors', denied.index, 'message'], msg('field-lacks-iam-directive.proof.refused')));
    if (graphql.signingScope) proofs.push(at(['signingScope'], msg('appsync-stage.proof.scope')));
    return {
      status: 'consistent',
      reason: msg('field-lacks-iam-directive.consistent', { field, message }),
      proofs,
      decidedBy: {
        kind: 'appsync-schema',
        how: msg('need.appsync-schema.how', { apiId: c.target.apiId ?? '<API_ID>', field }),
        ask: msg('need.appsync-schema.ask', { field }),
      },
      finding: {
        brokenLink: 'appsync-authorized',
        headline: msg('field-lacks-iam-directive.headline', { field }),
        explanation: msg('field-lacks-iam-directive.explanation', { field, message }),
        fix: { summary: msg('field-lacks-iam-directive.fix', { field, name }) },
        misleading: msg('field-lacks-iam-directive.misleading'),
        customerMessage: msg('field-lacks-iam-directive.customer', { field, message }),
      },
    };
  },
};
