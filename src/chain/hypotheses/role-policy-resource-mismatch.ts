import { explainArnMismatch, type ArnDifference } from '../arn';
import type { Proof, Rule } from './legacy';
import { allowStatement, allowsForAction, iamDenial, statementProof } from './iam-denial';

const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');

function describe(differences: ArnDifference[]): string {
  return differences.map((d) => `${d.part}: the policy names ${d.policy}, the API needs ${d.request}`).join('; ');
}

/**
 * AppSync's IAM check refused the signed request and the role's Allow for appsync:GraphQL names other ARNs (the
 * case that started Authtrace: after a move, the policy still points at the old account's API). Without the
 * policy the exact flaw (other ARN, no statement, a Deny) cannot be told apart: then the verdict is "likely".
 */
export const rolePolicyResourceMismatch: Rule = {
  id: 'role-policy-resource-mismatch',
  evaluate(input) {
    const denial = iamDenial(input);
    if (!denial) return null;
    const { role, arns } = denial;
    const target = arns[0] ?? 'the field ARN';
    const fix = {
      summary: `Allow appsync:GraphQL on this API's field ARNs in a policy of ${role}.`,
      policy: { Version: '2012-10-17', Statement: [allowStatement(arns)] },
    };
    const misleading =
      "Amplify's recovery suggestion (about authMode) does not apply: the request was signed with IAM as the API expects, and IAM refused it.";

    if (denial.policies && denial.access.length > 0) {
      if (!denial.access.some((a) => a.evaluation?.decision === 'implicit-deny')) return null;
      const allows = allowsForAction(denial.policies, 'appsync:GraphQL');
      if (allows.length === 0) return null;
      const differences = allows.flatMap((allow) =>
        list(allow.statement.Resource).map((pattern) => ({
          allow,
          pattern,
          diff: explainArnMismatch(pattern, target),
        })),
      );
      const closest = [...differences].sort((a, b) => a.diff.length - b.diff.length)[0];
      const proofs: Proof[] = [...denial.proofs];
      if (closest)
        proofs.push(
          statementProof(
            input.case,
            denial.policies,
            closest.allow.policy,
            closest.allow.index,
            `The role's Allow in ${closest.allow.policy}`,
          ),
        );
      const why = closest ? describe(closest.diff) : '';
      return {
        cause: 'role-policy-resource-mismatch',
        brokenLink: 'appsync-authorized',
        confidence: 'proven',
        headline: `${role} allows appsync:GraphQL, but only on other ARNs than this API's.`,
        explanation: `The role was assumed and the request was signed with its credentials. Its policy allows appsync:GraphQL on ${closest?.pattern ?? 'other resources'}, which does not cover ${target}${why ? ` (${why})` : ''}.`,
        proofs,
        fix,
        misleading,
        customerMessage: {
          en: `The identity pool assumed ${role} correctly, but the role's policy allows appsync:GraphQL only on ${closest?.pattern ?? 'other resources'}${why ? ` (${why})` : ''}. Please change its Resource to ${target} (or this API's /* ), as in the attached statement.`,
          ja: `ID プールは ${role} を正しく引き受けていますが、ロールのポリシーは ${closest?.pattern ?? '別のリソース'} に対してのみ appsync:GraphQL を許可しています。Resource を ${target}（またはこの API の /*）に変更してください（ステートメントを添付します）。`,
        },
      };
    }

    const simulated = denial.access.find((a) => a.simulation);
    if (simulated?.simulation && simulated.simulation.decision !== 'implicitDeny') return null;
    return {
      cause: 'role-policy-resource-mismatch',
      brokenLink: 'appsync-authorized',
      confidence: 'likely',
      headline: `${role} was assumed, but its policy does not allow appsync:GraphQL on this API.`,
      explanation:
        `The credentials work: ${denial.proofs.length > 4 ? `CloudTrail shows STS issued them for ${role}` : 'the identity pool issued them'} and the request was signed with them. ` +
        `AppSync's IAM check then refused the call (401 UnauthorizedException), which happens when no statement of the role allows appsync:GraphQL on ${arns.join(', ') || 'the field ARN'}. ` +
        'After an app moves to another account the usual cause is a Resource that still names the old account or API id.',
      proofs: denial.proofs,
      fix,
      missing: denial.policies
        ? "The API id (AppSync console → the API → Settings): the role's policy is here, but without the id the exact field ARN cannot be evaluated."
        : `The permission policies of ${role} (IAM is not readable with these credentials): one document decides between a wrong Resource, a missing statement and a Deny.`,
      alternatives: ['role-policy-missing-action', 'explicit-deny'],
      misleading,
      customerMessage: {
        en: `Sign-in and credentials work: the identity pool assumed ${role}. AppSync then rejected the call with 401 UnauthorizedException, which means the role's policy does not allow appsync:GraphQL on ${target}. Please add the attached statement to ${role}, or send us the role's permission policies so we can confirm.`,
        ja: `サインインと認証情報の取得は正常で、ID プールは ${role} を引き受けています。その後 AppSync が 401 UnauthorizedException で拒否しました。ロールのポリシーが ${target} に対する appsync:GraphQL を許可していないことを示します。添付のステートメントを ${role} に追加していただくか、確認のためロールの許可ポリシーをお送りください。`,
      },
    };
  },
};
