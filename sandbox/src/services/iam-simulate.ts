import type { SandboxContext } from '../context.ts';
import { evaluatePolicies, rolePolicies, type MatchedStatement } from '../iam-eval.ts';
import type { Role } from '../scenario.ts';
import { members, tag } from './iam-xml.ts';

/** Numbered query list parameters: `ActionNames.member.1`, `ActionNames.member.2`, … */
export function memberList(params: URLSearchParams, name: string): string[] {
  const values: string[] = [];
  for (let i = 1; params.has(`${name}.member.${i}`); i++) values.push(params.get(`${name}.member.${i}`) ?? '');
  return values;
}

/** IAM's `SourcePolicyType`: `role` for inline role policies, `aws-managed` / `user-managed` for attached ones. */
function sourcePolicyType(statement: MatchedStatement): string {
  if (statement.source === 'inline') return 'role';
  return statement.policyId.includes(':aws:policy/') ? 'aws-managed' : 'user-managed';
}

/** IAM names a managed policy by its name in `SourcePolicyId`, an inline one by its policy name. */
function sourcePolicyId(statement: MatchedStatement): string {
  return statement.source === 'inline' ? statement.policyId : (statement.policyId.split('/').pop() ?? '');
}

/**
 * `SimulatePrincipalPolicy` for a role: one `EvaluationResults` member per action × resource, with
 * `EvalDecision` `allowed` | `explicitDeny` | `implicitDeny` and the deciding statements (positions omitted).
 */
export async function simulateRole(
  ctx: SandboxContext,
  role: Role,
  actions: string[],
  resources: string[],
): Promise<string> {
  const policies = rolePolicies(ctx.scenario, role);
  const results: string[] = [];
  for (const action of actions) {
    for (const resource of resources) {
      const { decision, matchedStatements } = await evaluatePolicies(policies, action, resource);
      const matched = matchedStatements.map(
        (s) => `${tag('SourcePolicyId', sourcePolicyId(s))}${tag('SourcePolicyType', sourcePolicyType(s))}`,
      );
      results.push(
        `${tag('EvalActionName', action)}${tag('EvalResourceName', resource)}${tag('EvalDecision', decision)}` +
          `<MatchedStatements>${members(matched)}</MatchedStatements><MissingContextValues/>`,
      );
    }
  }
  return `<EvaluationResults>${members(results)}</EvaluationResults>${tag('IsTruncated', false)}`;
}
