import { describe, expect, it } from 'vitest';
import type { AmplifyAuthCheck } from '../scenario.ts';
import { runAmplifyCheck } from './amplify-auth.ts';

const POOL = 'us-east-1:5b0c3f7e-8d2a-4e19-9a6b-1c2d3e4f5a6b';
const AUTH = 'arn:aws:sts::111122223333:assumed-role/app-authRole/CognitoIdentityCredentials';
const UNAUTH = 'arn:aws:sts::111122223333:assumed-role/app-unauthRole/CognitoIdentityCredentials';
const check = (overrides: Partial<AmplifyAuthCheck>): AmplifyAuthCheck => ({
  generation: 'gen1',
  authRole: AUTH,
  unauthRole: UNAUTH,
  identityPoolId: POOL,
  adminRoles: [],
  rules: [{ allow: 'private', provider: 'iam' }],
  ...overrides,
});
const iam = (userArn: string, extra: object = {}) => ({ mode: 'AWS_IAM' as const, identity: { userArn, ...extra } });

describe('runAmplifyCheck (model of the transformer’s IAM branch)', () => {
  it('admits the stashed auth role, or an authenticated identity of the baked-in pool', () => {
    expect(runAmplifyCheck(check({}), iam(AUTH)).allowed).toBe(true);
    const other = 'arn:aws:sts::111122223333:assumed-role/renamed-role/CognitoIdentityCredentials';
    expect(runAmplifyCheck(check({}), iam(other)).allowed).toBe(false);
    const fromPool = iam(other, { cognitoIdentityPoolId: POOL, cognitoIdentityAuthType: 'authenticated' });
    expect(runAmplifyCheck(check({}), fromPool).allowed).toBe(true);
    expect(runAmplifyCheck(check({ identityPoolId: 'us-east-1:other' }), fromPool).allowed).toBe(false);
  });

  it('admits only the unauth role on a public rule, and only admin roles when no IAM rule exists', () => {
    const guest = check({ rules: [{ allow: 'public', provider: 'iam' }] });
    expect(runAmplifyCheck(guest, iam(UNAUTH)).allowed).toBe(true);
    expect(runAmplifyCheck(guest, iam(AUTH)).allowed).toBe(false);
    const userPoolsOnly = check({ adminRoles: ['reportsFn'], rules: [{ allow: 'private', provider: 'userPools' }] });
    expect(runAmplifyCheck(userPoolsOnly, iam(AUTH)).allowed).toBe(false);
    expect(runAmplifyCheck(userPoolsOnly, iam('arn:aws:sts::1:assumed-role/reportsFn-role/fn')).allowed).toBe(true);
    expect(runAmplifyCheck(userPoolsOnly, { mode: 'AMAZON_COGNITO_USER_POOLS', groups: [] }).allowed).toBe(true);
  });
});
