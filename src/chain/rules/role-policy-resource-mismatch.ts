import { fieldArn } from '../arn';
import { assumedRoleArn, matchingStsRecord } from '../evidence';
import { recordProof, stepProof } from '../proof';
import type { Proof, Rule } from '../verdict';

/**
 * AppSync's IAM check failed although the credentials are fine: the assumed role's policies do not allow
 * `appsync:GraphQL` on the field ARN. Without the policy itself the exact flaw (other ARN, no statement, a Deny)
 * cannot be told apart; after an account move the usual one is a Resource that still names the old API.
 */
export const rolePolicyResourceMismatch: Rule = {
  id: 'role-policy-resource-mismatch',
  evaluate({ case: c, steps: { credentials, graphql }, accountId }) {
    if (!graphql || graphql.authMode !== 'iam' || credentials?.outcome !== 'ok') return null;
    const errorType = graphql.errorType ?? graphql.errors[0]?.errorType;
    if (graphql.status !== 401 || errorType !== 'UnauthorizedException') return null;

    const record = matchingStsRecord(c, credentials.accessKeyId);
    const roleArn = record ? assumedRoleArn(record) : undefined;
    const role = roleArn ?? 'the authenticated role';
    const apiId = c.target.apiId ?? '<API_ID>';
    const account = accountId ?? '<ACCOUNT_ID>';
    const arns = graphql.fields.map((field) => fieldArn(c.target.region, account, apiId, field));

    const proofs: Proof[] = [];
    if (record) {
      proofs.push(recordProof(c, record, ['requestParameters', 'roleArn'], 'STS assumed the role', roleArn));
      proofs.push(
        recordProof(
          c,
          record,
          ['responseElements', 'credentials', 'accessKeyId'],
          'and issued access key',
          credentials.accessKeyId,
        ),
      );
    }
    if (graphql.signedWithAccessKeyId)
      proofs.push(
        stepProof(c, graphql, ['signedWithAccessKeyId'], 'The request was signed with', graphql.signedWithAccessKeyId),
      );
    proofs.push(stepProof(c, graphql, ['status'], 'AppSync answered', graphql.status));
    proofs.push(
      stepProof(
        c,
        graphql,
        graphql.errorType ? ['errorType'] : ['errors', 0, 'errorType'],
        'with error type',
        errorType,
      ),
    );
    if (graphql.requestId) proofs.push(stepProof(c, graphql, ['requestId'], 'AppSync request id', graphql.requestId));

    const statement = {
      Sid: 'AllowAppSyncGraphQL',
      Effect: 'Allow',
      Action: 'appsync:GraphQL',
      Resource: arns.length ? arns : [`arn:aws:appsync:${c.target.region}:${account}:apis/${apiId}/*`],
    };
    return {
      cause: 'role-policy-resource-mismatch',
      brokenLink: 'appsync-authorized',
      confidence: 'likely',
      headline: `${role} was assumed, but its policy does not allow appsync:GraphQL on this API.`,
      explanation:
        `The credentials work: ${record ? 'CloudTrail shows STS issued them for ' + role : 'the identity pool issued them'} and the request was signed with them. ` +
        `AppSync's IAM check then refused the call (401 UnauthorizedException), which happens when no statement of the role allows appsync:GraphQL on ${arns.join(', ') || 'the field ARN'}. ` +
        'After an app moves to another account the usual cause is a Resource that still names the old account or API id.',
      proofs,
      fix: {
        summary: `Allow appsync:GraphQL on this API's field ARNs in a policy of ${role}.`,
        policy: { Version: '2012-10-17', Statement: [statement] },
      },
      missing: `The permission policies of ${role} (IAM is not readable with these credentials): one document decides between a wrong Resource, a missing statement and a Deny.`,
      alternatives: ['role-policy-missing-action', 'explicit-deny'],
      misleading:
        "Amplify's recovery suggestion (about authMode) does not apply: the request was signed with IAM as the API expects, and IAM refused it.",
      customerMessage: {
        en: `Sign-in and credentials work: the identity pool assumed ${role}${record ? ` (CloudTrail event ${record.eventID})` : ''}. AppSync then rejected the call with 401 UnauthorizedException, which means the role's policy does not allow appsync:GraphQL on ${arns[0] ?? 'your API'}. Please add the attached statement to ${role}, or send us the role's permission policies so we can confirm.`,
        ja: `サインインと認証情報の取得は正常で、ID プールは ${role} を引き受けています${record ? `（CloudTrail イベント ${record.eventID}）` : ''}。その後 AppSync が 401 UnauthorizedException で拒否しました。ロールのポリシーが ${arns[0] ?? 'API'} に対する appsync:GraphQL を許可していないことを示します。添付のステートメントを ${role} に追加していただくか、確認のためロールの許可ポリシーをお送りください。`,
      },
    };
  },
};
