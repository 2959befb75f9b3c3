import { AwsError } from './http.ts';
import type { IdentityPool, RoleMapping, RoleMappingRule } from './scenario.ts';

/** A verified sign-in: the provider name (`cognito-idp.<region>.amazonaws.com/<pool id>`) and the ID token's claims. */
export type Login = { providerName: string; claims: Record<string, unknown> };

// Cognito's answer when it cannot hand out a role: 400 `InvalidIdentityPoolConfigurationException` "Invalid identity
// pool configuration. Check assigned IAM roles for this pool." (aws-amplify/amplify-swift #3124: status 400 and the
// x-amzn-ErrorType / x-amzn-ErrorMessage headers; amazon-archives/amazon-cognito-auth-js #167, #196 for a role whose
// trust policy refuses). For a pool with no role set at all: awslabs/aws-sdk-ios-samples #195 ("Is your unauth role
// tied with the identity pool?"); aws/aws-sdk-js #1615 — the same text for both cases is inferred (unconfirmed).
export function invalidPoolConfiguration(): AwsError {
  return new AwsError(
    400,
    'InvalidIdentityPoolConfigurationException',
    'Invalid identity pool configuration. Check assigned IAM roles for this pool.',
  );
}

// 400 `NotAuthorizedException`; text from aws-amplify/amplify-js #3621 ("The ambiguous role mapping rules for:
// accounts.google.com denied this request."); aws-amplify/amplify-js #8644 for a user pool provider.
function ambiguousDenied(providerName: string): AwsError {
  return new AwsError(
    400,
    'NotAuthorizedException',
    `The ambiguous role mapping rules for: ${providerName} denied this request.`,
  );
}

function claimValues(claims: Record<string, unknown>, claim: string): string[] {
  const value = claims[claim];
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

export function ruleMatches(rule: RoleMappingRule, claims: Record<string, unknown>): boolean {
  const values = claimValues(claims, rule.claim);
  switch (rule.matchType) {
    case 'Equals':
      return values.includes(rule.value);
    case 'Contains':
      return values.some((v) => v.includes(rule.value));
    case 'StartsWith':
      return values.some((v) => v.startsWith(rule.value));
    case 'NotEqual':
      return values.length > 0 && !values.includes(rule.value);
  }
}

function fromToken(claims: Record<string, unknown>, customRoleArn: string | undefined): string | undefined {
  const roles = claimValues(claims, 'cognito:roles');
  // A CustomRoleArn the token carries wins (GetCredentialsForIdentity API reference).
  if (customRoleArn && roles.includes(customRoleArn)) return customRoleArn;
  const preferred = claimValues(claims, 'cognito:preferred_role')[0];
  if (preferred) return preferred;
  return roles.length === 1 ? roles[0] : undefined;
}

function fromMapping(mapping: RoleMapping, login: Login, customRoleArn: string | undefined): string | undefined {
  if (mapping.type === 'Token') return fromToken(login.claims, customRoleArn);
  return (mapping.rules ?? []).find((rule) => ruleMatches(rule, login.claims))?.roleArn;
}

/** The `RoleMappings` key of a user pool provider and app client. */
export function roleMappingKey(providerName: string, clientId: unknown): string {
  return typeof clientId === 'string' && providerName.startsWith('cognito-idp.')
    ? `${providerName}:${clientId}`
    : providerName;
}

/**
 * How Cognito chooses the role for GetCredentialsForIdentity (developer guide, "Role-based access control"):
 * guests get the unauthenticated role; signed-in users get the provider's role mapping (Token: the token's
 * `cognito:preferred_role`, or its only `cognito:roles` entry; Rules: the first matching claim rule), and when the
 * mapping does not decide, `AmbiguousRoleResolution` (the default authenticated role, or Deny).
 * Without a mapping, the pool's default authenticated role.
 * Throws the AwsError Cognito answers when no role results.
 */
export function resolveRole(pool: IdentityPool, login: Login | undefined, customRoleArn?: string): string {
  if (!login) {
    if (!pool.roles.unauthenticated) throw invalidPoolConfiguration();
    return pool.roles.unauthenticated;
  }
  // Role mappings of a user pool provider are keyed `<provider name>:<app client id>` (SetIdentityPoolRoles API
  // reference: "cognito-idp.us-east-1.amazonaws.com/us-east-1_abcdefghi:app_client_id").
  const mapping = pool.roleMappings[roleMappingKey(login.providerName, login.claims.aud)];
  const mapped = mapping ? fromMapping(mapping, login, customRoleArn) : undefined;
  if (mapped) return mapped;
  if (mapping?.ambiguousRoleResolution === 'Deny') throw ambiguousDenied(login.providerName);
  if (!pool.roles.authenticated) throw invalidPoolConfiguration();
  return pool.roles.authenticated;
}
