import type { Rule } from './legacy';
import { allowStatement, allowsForAction, iamDenial } from './iam-denial';

export const rolePolicyMissingAction: Rule = {
  id: 'role-policy-missing-action',
  evaluate(input) {
    const denial = iamDenial(input);
    if (!denial?.policies) return null;
    if (!denial.access.some((a) => a.evaluation?.decision === 'implicit-deny')) return null;
    if (allowsForAction(denial.policies, 'appsync:GraphQL').length > 0) return null;
    const permissionPolicies = denial.policies.documents.filter((d) => d.kind === 'inline' || d.kind === 'managed');
    const statement = allowStatement(denial.arns);
    return {
      cause: 'role-policy-missing-action',
      brokenLink: 'appsync-authorized',
      confidence: 'proven',
      headline: `${denial.role} has no statement that allows appsync:GraphQL at all.`,
      explanation: `The role was assumed and the request was signed with its credentials. None of its ${permissionPolicies.length} permission polic${permissionPolicies.length === 1 ? 'y' : 'ies'} (${permissionPolicies.map((d) => d.name).join(', ') || 'none'}) allows the action appsync:GraphQL, so IAM refuses every AppSync call (401 UnauthorizedException).`,
      proofs: denial.proofs,
      fix: {
        summary: `Add a statement allowing appsync:GraphQL on this API's fields to ${denial.role}.`,
        policy: { Version: '2012-10-17', Statement: [statement] },
      },
      misleading: "Amplify's recovery suggestion (about authMode) does not apply: IAM refused the signed request.",
      customerMessage: {
        en: `The identity pool assumed ${denial.role}, but none of its policies allows appsync:GraphQL, so AppSync refuses the call. Please add the attached statement to the role.`,
        ja: `ID プールは ${denial.role} を引き受けていますが、そのポリシーのいずれも appsync:GraphQL を許可していないため、AppSync が呼び出しを拒否しています。添付のステートメントをロールに追加してください。`,
      },
    };
  },
};
