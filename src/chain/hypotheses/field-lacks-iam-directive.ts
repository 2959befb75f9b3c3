import type { Proof, Rule } from './legacy';
import { caseProof, graphqlError, stepPath } from './support';

// AppSync's field-level denial inside a 200: "Not Authorized to access <field> on type <Type>".
const FIELD_DENIED = /^Not Authorized to access (\w+) on type (\w+)/;

/**
 * IAM allowed the signed request (AppSync ran it), then AppSync's own auth rules refused a field to the AWS_IAM
 * mode: the field (or its type) has directives for other modes and no @aws_iam.
 */
export const fieldLacksIamDirective: Rule = {
  id: 'field-lacks-iam-directive',
  evaluate({ case: c, steps: { graphql } }) {
    if (!graphql || graphql.authMode !== 'iam' || graphql.status !== 200) return null;
    const denied = graphqlError(graphql, FIELD_DENIED);
    if (!denied) return null;
    const [, field = '?', type = '?'] = denied.match;
    const proofs: Proof[] = [
      caseProof(c, [...stepPath(c, graphql), 'status'], 'AppSync ran the request'),
      caseProof(c, [...stepPath(c, graphql), 'errors', denied.index, 'message'], 'and refused the field'),
    ];
    if (graphql.signingScope) proofs.push(caseProof(c, [...stepPath(c, graphql), 'signingScope'], 'IAM-signed for'));
    return {
      cause: 'field-lacks-iam-directive',
      brokenLink: 'appsync-authorized',
      confidence: 'proven',
      headline: `${type}.${field} does not allow the AWS_IAM mode: it lacks @aws_iam.`,
      explanation:
        `The request was IAM-signed and AppSync accepted it (HTTP 200), so the role's policy allowed appsync:GraphQL. ` +
        `AppSync's per-field rules then refused ${type}.${field} ("${denied.message}"): when IAM is an additional mode, a field or type with directives for other modes only (or none, when IAM is not the default) is closed to IAM callers.`,
      proofs,
      fix: {
        summary: `Add @aws_iam to ${type}.${field} (and to the types it returns), e.g. \`${field}: … @aws_iam @aws_cognito_user_pools\`; Amplify Gen 2: add allow.authenticated('identityPool') to the model's authorization; Gen 1: @auth(rules: [{ allow: private, provider: iam }]).`,
      },
      misleading:
        "Amplify's recovery suggestion (about authMode) does not apply: IAM authorized the request; the schema's directive refuses the field.",
      customerMessage: {
        en: `AppSync accepts the app's IAM-signed request but refuses the field ${type}.${field} ("${denied.message}"), because the field has no @aws_iam directive. Please add @aws_iam to ${type}.${field} (and the types it returns) in the schema.`,
        ja: `AppSync はアプリの IAM 署名付きリクエストを受け付けていますが、フィールド ${type}.${field} に @aws_iam ディレクティブがないため、アクセスを拒否しています（"${denied.message}"）。スキーマの ${type}.${field}（および返却する型）に @aws_iam を追加してください。`,
      },
    };
  },
};
