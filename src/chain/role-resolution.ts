import type { Case, IdentityPoolEvidence } from './case';
import { assumedRoleArn, chainSteps, matchingStsRecord } from './evidence';
import type { DecodedToken } from './case';
import { msg, type Message } from './messages/catalog';

export interface RoleResolution {
  /** The role Cognito should choose; undefined when it should deny or it cannot be known. */
  roleArn?: string;
  how: 'default' | 'token' | 'rules' | 'ambiguous-default' | 'ambiguous-deny' | 'guest' | 'unknown';
  /** Why that role (the catalog's `role.*`). */
  reason: Message;
}

type AmbiguousWhy = 'several-roles' | 'no-role' | 'no-rule';

interface MappingRule {
  Claim?: string;
  MatchType?: string;
  Value?: string;
  RoleARN?: string;
}

function claimValues(token: DecodedToken | undefined, claim: string): string[] {
  const value = token?.claims[claim];
  if (Array.isArray(value)) return value.map(String);
  return value === undefined ? [] : [String(value)];
}

function ruleMatches(rule: MappingRule, token: DecodedToken | undefined): boolean {
  const values = claimValues(token, rule.Claim ?? '');
  const wanted = rule.Value ?? '';
  switch (rule.MatchType) {
    case 'Equals':
      return values.includes(wanted);
    case 'Contains':
      return values.some((v) => v.includes(wanted));
    case 'StartsWith':
      return values.some((v) => v.startsWith(wanted));
    case 'NotEqual':
      return values.length > 0 && !values.includes(wanted);
    default:
      return false;
  }
}

/**
 * The role mapping of the user pool provider. AWS keys it `<provider name>:<app client id>` (SetIdentityPoolRoles
 * API reference): the app's own client first; a key for the provider alone (older pools, pasted configs) after.
 */
function mappingFor(
  pool: IdentityPoolEvidence,
  providerPrefix: string,
  clientId: string,
): Record<string, unknown> | undefined {
  const entries = Object.entries(pool.roleMappings ?? {});
  const entry =
    entries.find(([key]) => key === `${providerPrefix}:${clientId}`) ?? entries.find(([key]) => key === providerPrefix);
  return entry && entry[1] && typeof entry[1] === 'object' ? (entry[1] as Record<string, unknown>) : undefined;
}

/**
 * Which role the identity pool should have chosen for this sign-in, the way Cognito resolves it: a role mapping
 * for the user pool provider (token claims `cognito:preferred_role` / `cognito:roles`, or rules on claims), its
 * ambiguous-resolution setting, else the pool's authenticated role. (Cognito developer guide, "Role-based access
 * control".)
 */
export function resolveRole(c: Case): RoleResolution {
  const pool = c.identityPool;
  if (!pool) return { how: 'unknown', reason: msg('role.unknown') };
  const { signIn, credentials } = chainSteps(c);
  if (credentials?.guest)
    return {
      roleArn: pool.roles.unauthenticated,
      how: 'guest',
      reason: msg('role.guest'),
    };
  const token = signIn?.idToken;
  const mapping = mappingFor(
    pool,
    `cognito-idp.${c.target.region}.amazonaws.com/${c.target.userPoolId}`,
    c.target.userPoolClientId,
  );
  const ambiguous = (why: AmbiguousWhy): RoleResolution =>
    mapping?.AmbiguousRoleResolution === 'Deny'
      ? { how: 'ambiguous-deny', reason: msg('role.ambiguous-deny', { why }) }
      : { roleArn: pool.roles.authenticated, how: 'ambiguous-default', reason: msg('role.ambiguous-default', { why }) };

  if (mapping?.Type === 'Token') {
    const preferred = claimValues(token, 'cognito:preferred_role')[0];
    if (preferred)
      return {
        roleArn: preferred,
        how: 'token',
        reason: msg('role.token-preferred'),
      };
    const roles = claimValues(token, 'cognito:roles');
    if (roles.length === 1) return { roleArn: roles[0], how: 'token', reason: msg('role.token-only') };
    return ambiguous(roles.length ? 'several-roles' : 'no-role');
  }
  if (mapping?.Type === 'Rules') {
    const rules = ((mapping.RulesConfiguration as { Rules?: MappingRule[] } | undefined)?.Rules ?? []) as MappingRule[];
    const hit = rules.find((rule) => ruleMatches(rule, token));
    if (hit?.RoleARN)
      return {
        roleArn: hit.RoleARN,
        how: 'rules',
        reason: msg('role.rule', { claim: hit.Claim ?? '', match: hit.MatchType ?? '', value: hit.Value ?? '' }),
      };
    return ambiguous('no-rule');
  }
  return pool.roles.authenticated
    ? {
        roleArn: pool.roles.authenticated,
        how: 'default',
        reason: msg('role.default'),
      }
    : { how: 'ambiguous-deny', reason: msg('role.no-authenticated') };
}

/**
 * The role the run's credentials belong to: the one CloudTrail shows was assumed for them, else the one the pool
 * should choose. Adapters, rules and views all ask this one question the same way.
 */
export function roleInQuestion(c: Case): string | undefined {
  const record = matchingStsRecord(c, chainSteps(c).credentials?.accessKeyId);
  return (record ? assumedRoleArn(record) : undefined) ?? c.expectedRoleArn ?? resolveRole(c).roleArn;
}
