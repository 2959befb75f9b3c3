import { msg } from '../messages/catalog';
import type { Finding, Hypothesis } from '../verdict';
import { refusedAfterIam, schemaOf } from './after-iam';

/**
 * IAM allowed the signed request (AppSync ran it), then AppSync refused a field to the AWS_IAM mode. A field (or its
 * type) without @aws_iam answers so, and so does an Amplify-generated resolver whose IAM allow-list admits only the
 * deployed auth/unauth roles (aws-amplify/amplify-category-api #100, #544, #670, #749; amplify-cli #9635, #10586).
 * Only the schema with its directives decides: confirmed when it shows the field closed to IAM, ruled out when it
 * shows @aws_iam (then the resolver refused).
 */
export const fieldLacksIamDirective: Hypothesis = {
  id: 'field-lacks-iam-directive',
  assess(facts) {
    const refused = refusedAfterIam(facts);
    if ('ruledOut' in refused) return refused.ruledOut;
    const { field, fieldName: name, message, proofs } = refused;
    const finding: Finding = {
      brokenLink: 'appsync-authorized',
      headline: msg('field-lacks-iam-directive.headline', { field }),
      explanation: msg('field-lacks-iam-directive.explanation', { field, message }),
      fix: { summary: msg('field-lacks-iam-directive.fix', { field, name }) },
      misleading: msg('field-lacks-iam-directive.misleading'),
      customerMessage: msg('field-lacks-iam-directive.customer', { field, message }),
    };
    const schema = schemaOf(facts, refused);
    if (schema?.directives.iamAllowed === true)
      return {
        status: 'ruled-out',
        reason: msg('field-lacks-iam-directive.ruled-out.has-iam', { field }),
        proofs: [schema.proof],
      };
    if (schema?.directives.iamAllowed === false) {
      const { onField, onType } = schema.directives;
      const directives = [...(onField.length > 0 ? onField : onType)].join(' ') || '—';
      return {
        status: 'confirmed',
        reason: msg('field-lacks-iam-directive.confirmed', { field, directives }),
        proofs: [...proofs, schema.proof],
        finding,
      };
    }
    return {
      status: 'consistent',
      reason: msg('field-lacks-iam-directive.consistent', { field, message }),
      proofs,
      decidedBy: refused.need,
      finding,
    };
  },
};
