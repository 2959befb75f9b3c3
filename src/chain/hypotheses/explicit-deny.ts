import type { Rule } from './legacy';
import { iamDenial, statementProof } from './iam-denial';

export const explicitDeny: Rule = {
  id: 'explicit-deny',
  evaluate(input) {
    const denial = iamDenial(input);
    if (!denial) return null;
    const denied = denial.access.find(
      (a) => a.evaluation?.decision === 'explicit-deny' || a.simulation?.decision === 'explicitDeny',
    );
    if (!denied) return null;
    const statement = denied.evaluation?.decisive[0];
    const proofs = [...denial.proofs];
    if (statement && denial.policies)
      proofs.push(
        statementProof(
          input.case,
          denial.policies,
          statement.policy,
          statement.index,
          `Deny statement in ${statement.policy}`,
        ),
      );
    const where = statement
      ? `${statement.policy}${statement.sid ? ` (Sid ${statement.sid})` : ''}`
      : (denied.simulation?.matchedStatements[0]?.sourcePolicyId ?? 'one of its policies');
    return {
      cause: 'explicit-deny',
      brokenLink: 'appsync-authorized',
      confidence: 'proven',
      headline: `A Deny in ${where} refuses appsync:GraphQL on ${denied.field.typeName}.${denied.field.fieldName}.`,
      explanation: `${denial.role} was assumed and the request was signed with its credentials, but an explicit Deny matches ${denied.arn}. An explicit Deny overrides every Allow (IAM policy evaluation logic), so AppSync answered 401 UnauthorizedException.`,
      proofs,
      fix: {
        summary: `Remove the Deny in ${where}, or narrow it so it no longer matches ${denied.arn}.`,
        ...(statement ? { policy: statement.statement } : {}),
      },
      misleading: "Amplify's recovery suggestion (about authMode) does not apply: IAM refused the signed request.",
      customerMessage: {
        en: `The identity pool assumed ${denial.role} correctly, but a Deny statement in ${where} matches ${denied.arn}, so AppSync refuses the call. Please remove or narrow that Deny (the statement is attached).`,
        ja: `ID プールは ${denial.role} を正しく引き受けていますが、${where} の Deny ステートメントが ${denied.arn} に一致するため、AppSync が呼び出しを拒否しています。該当する Deny を削除するか、対象を絞ってください（ステートメントを添付します）。`,
      },
    };
  },
};
