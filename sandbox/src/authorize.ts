import type { SandboxContext } from './context.ts';
import { AwsError, type Protocol } from './http.ts';
import { evaluatePolicies, readOnlyPolicies, rolePolicies, type PrincipalPolicies } from './iam-eval.ts';
import type { VerifiedCaller } from './sigv4.ts';

export interface AuthorizeOptions {
  /**
   * How the error message names the resource, when the service words it differently from the ARN. IAM says
   * `on resource: role authtrace-demo-authenticated`; CloudTrail's LookupEvents names none (resource `*`).
   */
  resourceInMessage?: string;
}

/** The ARN AWS names in AccessDenied messages: the user, or the assumed-role session of temporary credentials. */
export function callerArn(ctx: SandboxContext, caller: VerifiedCaller): string {
  const credentials = caller.credentials;
  if (caller.kind === 'readonly' || !credentials) return ctx.scenario.readOnly.arn;
  const roleName = credentials.roleArn.split('/').pop() ?? '';
  return `arn:aws:sts::${ctx.scenario.accountId}:assumed-role/${roleName}/${credentials.sessionName}`;
}

/** The identity policies AWS evaluates for a caller: the read-only user's, or the assumed role's. */
export function callerPolicies(ctx: SandboxContext, caller: VerifiedCaller): PrincipalPolicies {
  const credentials = caller.credentials;
  if (caller.kind === 'readonly' || !credentials) return readOnlyPolicies(ctx.scenario);
  const role = ctx.scenario.roles.find((r) => r.arn === credentials.roleArn);
  const arn = callerArn(ctx, caller);
  return role
    ? rolePolicies(ctx.scenario, role, arn)
    : { principalArn: arn, accountId: ctx.scenario.accountId, identityPolicies: [] };
}

/**
 * Throws AWS's AccessDenied when the caller's identity policies do not allow `action` on `resource`.
 * JSON services answer 400 `AccessDeniedException`, the query protocol (IAM) 403 `AccessDenied`; the text is IAM's
 * "User: <arn> is not authorized to perform: <action> [on resource: <r>] because no identity-based policy allows
 * the <action> action" or "… with an explicit deny in an identity-based policy" (IAM User Guide,
 * troubleshoot_access-denied).
 */
export async function authorizeReadOnly(
  ctx: SandboxContext,
  caller: VerifiedCaller,
  action: string,
  resource: string,
  protocol: Protocol,
  options: AuthorizeOptions = {},
): Promise<void> {
  const { decision } = await evaluatePolicies(callerPolicies(ctx, caller), action, resource);
  if (decision === 'allowed') return;
  const shown = options.resourceInMessage ?? (resource === '*' ? '' : resource);
  const onResource = shown ? ` on resource: ${shown}` : '';
  const reason =
    decision === 'explicitDeny'
      ? 'with an explicit deny in an identity-based policy'
      : `because no identity-based policy allows the ${action} action`;
  const message = `User: ${callerArn(ctx, caller)} is not authorized to perform: ${action}${onResource} ${reason}`;
  if (protocol === 'query') throw new AwsError(403, 'AccessDenied', message, 'query');
  throw new AwsError(protocol === 'json' ? 400 : 403, 'AccessDeniedException', message, protocol);
}
