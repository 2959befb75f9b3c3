import { describe, expect, it } from 'vitest';
import { explain } from '../fixtures/verdict';
import { makeCase, makeCredentials, makeInvalidPoolConfig, makeSignIn, makeStsRecord } from '../fixtures/cases';

const UNAUTH = 'arn:aws:iam::111122223333:role/authtrace-demo-unauthenticated';
import { expectProofsResolve } from '../fixtures/proofs';

const invalid = makeInvalidPoolConfig();

describe('no-authenticated-role', () => {
  it('is proven when the readable pool has no authenticated role', () => {
    const c = makeCase({
      steps: [makeSignIn(), invalid],
      records: [],
      identityPool: { roles: { unauthenticated: UNAUTH } },
    });
    const verdict = explain(c);
    expect(verdict.cause).toBe('no-authenticated-role');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.fix.policy).toMatchObject({ Roles: { unauthenticated: UNAUTH } });
    expectProofsResolve(c, verdict);
  });

  it('names a role mapping that resolves to Deny from Cognito’s message', () => {
    const c = makeCase({
      steps: [
        makeSignIn(),
        makeCredentials({
          outcome: 'error',
          error: {
            name: 'NotAuthorizedException',
            message:
              'The ambiguous role mapping rules for: cognito-idp.us-east-1.amazonaws.com/us-east-1_aT7rAcE01 denied this request.',
          },
        }),
      ],
      records: [],
    });
    const verdict = explain(c);
    expect(verdict.cause).toBe('no-authenticated-role');
    expect(verdict.fix.policy).toMatchObject({
      RoleMappings: {
        'cognito-idp.us-east-1.amazonaws.com/us-east-1_aT7rAcE01': { AmbiguousRoleResolution: 'AuthenticatedRole' },
      },
    });
    expectProofsResolve(c, verdict);
  });

  it('leaves a failed STS call to the trust policy rule', () => {
    const c = makeCase({
      steps: [makeSignIn(), invalid],
      records: [makeStsRecord({ errorCode: 'AccessDenied', responseElements: null })],
      identityPool: { roles: { unauthenticated: UNAUTH } },
    });
    expect(explain(c).cause).toBe('trust-policy-mismatch');
  });

  it('without the pool’s roles, stays a likely trust policy mismatch with this as the alternative', () => {
    const verdict = explain(makeCase({ steps: [makeSignIn(), invalid], records: [] }));
    expect(verdict.cause).toBe('trust-policy-mismatch');
    expect(verdict.confidence).toBe('likely');
    expect(verdict.alternatives).toEqual(['no-authenticated-role']);
  });
});
