import { describe, expect, it } from 'vitest';
import { AUTH_ROLE_ARN, CLIENT_ID, PROVIDER_NAME, UNAUTH_ROLE_ARN } from '../scenarios/base-account.ts';
import { healthy } from '../scenarios/healthy.ts';
import { AwsError } from './http.ts';
import { resolveRole, ruleMatches, type Login } from './role-resolution.ts';
import type { IdentityPool, RoleMapping } from './scenario.ts';

const ADMIN_ROLE = 'arn:aws:iam::111122223333:role/admins';
const EDITOR_ROLE = 'arn:aws:iam::111122223333:role/editors';

function pool(overrides: Partial<IdentityPool> = {}): IdentityPool {
  return { ...healthy.identityPool, ...overrides };
}

function withMapping(mapping: RoleMapping, overrides: Partial<IdentityPool> = {}): IdentityPool {
  return pool({ roleMappings: { [`${PROVIDER_NAME}:${CLIENT_ID}`]: mapping }, ...overrides });
}

function login(claims: Record<string, unknown> = {}): Login {
  return { providerName: PROVIDER_NAME, claims: { sub: 'user-sub', aud: CLIENT_ID, ...claims } };
}

function errorOf(run: () => unknown): AwsError {
  try {
    run();
  } catch (error) {
    if (error instanceof AwsError) return error;
    throw error;
  }
  throw new Error('expected an AwsError');
}

describe('resolveRole', () => {
  it('gives a signed-in user the default authenticated role without a mapping', () => {
    expect(resolveRole(pool(), login())).toBe(AUTH_ROLE_ARN);
  });

  it('gives a guest the unauthenticated role', () => {
    expect(resolveRole(pool(), undefined)).toBe(UNAUTH_ROLE_ARN);
  });

  it('answers InvalidIdentityPoolConfigurationException when the pool has no role to give', () => {
    const error = errorOf(() => resolveRole(pool({ roles: {} }), login()));
    expect(error.code).toBe('InvalidIdentityPoolConfigurationException');
    expect(error.message).toBe('Invalid identity pool configuration. Check assigned IAM roles for this pool.');
    expect(errorOf(() => resolveRole(pool({ roles: {} }), undefined)).code).toBe(
      'InvalidIdentityPoolConfigurationException',
    );
  });

  describe('Token mapping', () => {
    const token: RoleMapping = { type: 'Token', ambiguousRoleResolution: 'AuthenticatedRole' };

    it('uses cognito:preferred_role', () => {
      const claims = { 'cognito:roles': [ADMIN_ROLE, EDITOR_ROLE], 'cognito:preferred_role': EDITOR_ROLE };
      expect(resolveRole(withMapping(token), login(claims))).toBe(EDITOR_ROLE);
    });

    it('uses the only cognito:roles entry', () => {
      expect(resolveRole(withMapping(token), login({ 'cognito:roles': [ADMIN_ROLE] }))).toBe(ADMIN_ROLE);
    });

    it('honours a CustomRoleArn the token carries', () => {
      const claims = { 'cognito:roles': [ADMIN_ROLE, EDITOR_ROLE], 'cognito:preferred_role': EDITOR_ROLE };
      expect(resolveRole(withMapping(token), login(claims), ADMIN_ROLE)).toBe(ADMIN_ROLE);
      expect(resolveRole(withMapping(token), login(claims), 'arn:aws:iam::111122223333:role/other')).toBe(EDITOR_ROLE);
    });

    it('falls back to the authenticated role when ambiguous', () => {
      expect(resolveRole(withMapping(token), login({ 'cognito:roles': [ADMIN_ROLE, EDITOR_ROLE] }))).toBe(
        AUTH_ROLE_ARN,
      );
      expect(resolveRole(withMapping(token), login())).toBe(AUTH_ROLE_ARN);
    });

    it('denies when ambiguous and the resolution is Deny', () => {
      const error = errorOf(() => resolveRole(withMapping({ ...token, ambiguousRoleResolution: 'Deny' }), login()));
      expect(error.code).toBe('NotAuthorizedException');
      expect(error.message).toBe(`The ambiguous role mapping rules for: ${PROVIDER_NAME} denied this request.`);
    });
  });

  describe('Rules mapping', () => {
    const rules: RoleMapping = {
      type: 'Rules',
      ambiguousRoleResolution: 'Deny',
      rules: [
        { claim: 'cognito:groups', matchType: 'Equals', value: 'admins', roleArn: ADMIN_ROLE },
        { claim: 'email', matchType: 'Contains', value: '@example.com', roleArn: EDITOR_ROLE },
      ],
    };

    it('takes the first matching rule, matching list claims element-wise', () => {
      const claims = { 'cognito:groups': ['staff', 'admins'], email: 'a@example.com' };
      expect(resolveRole(withMapping(rules), login(claims))).toBe(ADMIN_ROLE);
      expect(resolveRole(withMapping(rules), login({ email: 'b@example.com' }))).toBe(EDITOR_ROLE);
    });

    it('applies the ambiguous resolution when no rule matches', () => {
      expect(errorOf(() => resolveRole(withMapping(rules), login({ email: 'c@other.org' }))).code).toBe(
        'NotAuthorizedException',
      );
      const lenient = withMapping({ ...rules, ambiguousRoleResolution: 'AuthenticatedRole' });
      expect(resolveRole(lenient, login({ email: 'c@other.org' }))).toBe(AUTH_ROLE_ARN);
    });
  });
});

describe('ruleMatches', () => {
  const claims = { email: 'ann@example.com', 'cognito:groups': ['staff'] };
  const rule = (matchType: 'Equals' | 'Contains' | 'StartsWith' | 'NotEqual', value: string, claim = 'email') => ({
    claim,
    matchType,
    value,
    roleArn: ADMIN_ROLE,
  });

  it('compares claim values like Cognito rules', () => {
    expect(ruleMatches(rule('StartsWith', 'ann@'), claims)).toBe(true);
    expect(ruleMatches(rule('NotEqual', 'bob@example.com'), claims)).toBe(true);
    expect(ruleMatches(rule('NotEqual', 'ann@example.com'), claims)).toBe(false);
    expect(ruleMatches(rule('Equals', 'staff', 'cognito:groups'), claims)).toBe(true);
    expect(ruleMatches(rule('NotEqual', 'x', 'missing'), claims)).toBe(false);
  });
});
