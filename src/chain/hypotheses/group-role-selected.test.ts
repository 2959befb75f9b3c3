import { describe, expect, it } from 'vitest';
import { explain } from '../fixtures/verdict';
import { expectProofsResolve } from '../fixtures/proofs';
import { makeCase, makeCredentials, makeSignIn, makeStsRecord, makeUnauthorized, TARGET } from '../fixtures/cases';

const VIEWERS = 'arn:aws:iam::111122223333:role/authtrace-demo-viewers';
const AUTH = 'arn:aws:iam::111122223333:role/authtrace-demo-authenticated';
const PROVIDER = `cognito-idp.us-east-1.amazonaws.com/${TARGET.userPoolId}`;

function groupSignIn() {
  const signIn = makeSignIn();
  const claims = {
    ...signIn.idToken?.claims,
    'cognito:groups': ['viewers'],
    'cognito:roles': [VIEWERS],
    'cognito:preferred_role': VIEWERS,
  };
  return { ...signIn, idToken: { header: {}, claims } };
}
const pool = {
  roles: { authenticated: AUTH },
  roleMappings: { [PROVIDER]: { Type: 'Token', AmbiguousRoleResolution: 'AuthenticatedRole' } },
};

describe('group-role-selected', () => {
  it('is proven when CloudTrail shows the group role, not the pool default', () => {
    const c = makeCase({
      steps: [groupSignIn(), makeCredentials(), makeUnauthorized()],
      records: [makeStsRecord({ requestParameters: { roleArn: VIEWERS } })],
      identityPool: pool,
      expectedRoleArn: VIEWERS,
    });
    const verdict = explain(c);
    expect(verdict.cause).toBe('group-role-selected');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.brokenLink).toBe('role-is-expected');
    expect(verdict.fix.policy).toMatchObject({ Statement: [{ Action: 'appsync:GraphQL' }] });
    expectProofsResolve(c, verdict);
  });

  it('is likely from the token and the pool’s mapping until CloudTrail delivers', () => {
    const c = makeCase({
      steps: [groupSignIn(), makeCredentials(), makeUnauthorized()],
      records: [],
      identityPool: pool,
    });
    const verdict = explain(c);
    expect(verdict.cause).toBe('group-role-selected');
    expect(verdict.confidence).toBe('likely');
    expect(verdict.missing).toContain('AssumeRoleWithWebIdentity');
  });

  it('does not fire when the default role was assumed', () => {
    const c = makeCase({
      steps: [makeSignIn(), makeCredentials(), makeUnauthorized()],
      identityPool: { roles: { authenticated: AUTH } },
    });
    expect(explain(c).cause).toBe('role-policy-resource-mismatch');
  });
});
