import type { Case } from './case';
import { msg, type Message } from './messages/catalog';
import { roleName } from './messages/role-names';
import { roleInQuestion } from './role-resolution';
import type { Verdict } from './verdict';

/** Which resources an appsync:GraphQL statement names: the fields the test request needed, or all of the API's. */
export type FixScope = 'fields' | 'api';

/**
 * A fix safe to paste: one statement to add (never a whole document to replace), the role it goes to, and the
 * console and AWS CLI steps that add it while keeping everything already there.
 */
export interface FixPlan {
  kind: 'permission' | 'trust';
  role: string;
  statement: Record<string, unknown>;
  /** The scopes this fix can take (a permission statement only). */
  scopes: FixScope[];
  console: Message;
  cli: string[];
  note: Message;
}

/** Name of the inline policy the fix adds: its own name, so put-role-policy cannot overwrite another policy. */
export const FIX_POLICY_NAME = 'AuthtraceAllowAppSyncGraphQL';

const asRecord = (value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

function firstStatement(policy: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  const statements = policy?.Statement;
  return asRecord(Array.isArray(statements) ? statements[0] : statements);
}

/** arn:aws:appsync:REGION:ACCOUNT:apis/API_ID/types/T/fields/F → arn:aws:appsync:REGION:ACCOUNT:apis/API_ID/* */
export function apiWideArn(fieldArn: string): string {
  return fieldArn.replace(/^(arn:[^:]+:appsync:[^:]*:[^:]*:apis\/[^/]+)\/.*$/, '$1/*');
}

const resourcesOf = (statement: Record<string, unknown>): string[] => {
  const resource = statement.Resource;
  return (Array.isArray(resource) ? resource : [resource]).filter((r): r is string => typeof r === 'string');
};

// One line, quoted for a POSIX shell: the JSON never holds a single quote (ARNs, ids and IAM keywords only).
const inline = (value: unknown) => `'${JSON.stringify(value)}'`;

/**
 * The paste-ready form of a verdict's fix, when it is a statement for a role (the permission policy's appsync:GraphQL
 * Allow, or the trust policy's sts:AssumeRoleWithWebIdentity Allow); undefined for other fixes. Pure.
 * Commands: PutRolePolicy "adds or updates an inline policy document that is embedded in the specified IAM role"
 * (IAM API Reference, PutRolePolicy); UpdateAssumeRolePolicy replaces the trust policy, so it is read, extended and
 * written back (IAM API Reference, GetRole / UpdateAssumeRolePolicy).
 */
export function planFix(verdict: Verdict, c: Case, scope: FixScope = 'fields'): FixPlan | undefined {
  const statement = firstStatement(verdict.fix.policy);
  const roleArn = roleInQuestion(c);
  if (!statement || !roleArn) return undefined;
  const role = roleName(roleArn);
  if (statement.Action === 'appsync:GraphQL' && statement.Effect === 'Allow') {
    const fields = resourcesOf(statement);
    const api = [...new Set(fields.map(apiWideArn))];
    const scoped = { ...statement, Resource: scope === 'api' ? api : fields };
    const document = { Version: '2012-10-17', Statement: [scoped] };
    return {
      kind: 'permission',
      role,
      statement: scoped,
      scopes: api.length > 0 && api.join() !== fields.join() ? ['fields', 'api'] : ['fields'],
      console: msg('fix.console.permission', { role, policyName: FIX_POLICY_NAME }),
      cli: [
        `aws iam put-role-policy --role-name ${role} --policy-name ${FIX_POLICY_NAME} --policy-document ${inline(document)}`,
      ],
      note: msg('fix.note.permission', { policyName: FIX_POLICY_NAME }),
    };
  }
  if (statement.Action === 'sts:AssumeRoleWithWebIdentity')
    return {
      kind: 'trust',
      role,
      statement,
      scopes: [],
      console: msg('fix.console.trust', { role }),
      cli: [
        `aws iam get-role --role-name ${role} --query Role.AssumeRolePolicyDocument --output json > trust-policy.json`,
        `jq --argjson s ${inline(statement)} '.Statement += [$s]' trust-policy.json > trust-policy-new.json`,
        `aws iam update-assume-role-policy --role-name ${role} --policy-document file://trust-policy-new.json`,
      ],
      note: msg('fix.note.trust'),
    };
  return undefined;
}
