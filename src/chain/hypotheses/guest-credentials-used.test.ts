import { describe, expect, it } from 'vitest';
import { explain } from '../fixtures/verdict';
import { expectProofsResolve } from '../fixtures/proofs';
import { makeCase, makeCredentials, makeSignIn, makeStsRecord, makeUnauthorized } from '../fixtures/cases';

const UNAUTH = 'arn:aws:iam::111122223333:role/authtrace-demo-unauthenticated';
const AUTH = 'arn:aws:iam::111122223333:role/authtrace-demo-authenticated';

describe('guest-credentials-used', () => {
  it('is proven by guest credentials and the unauthenticated role in CloudTrail', () => {
    const c = makeCase({
      steps: [makeSignIn(), makeCredentials({ guest: true }), makeUnauthorized()],
      records: [
        makeStsRecord({ requestParameters: { roleArn: UNAUTH, roleSessionName: 'CognitoIdentityCredentials' } }),
      ],
      identityPool: { roles: { authenticated: AUTH, unauthenticated: UNAUTH }, allowUnauthenticatedIdentities: true },
    });
    const verdict = explain(c);
    expect(verdict.cause).toBe('guest-credentials-used');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.headline).toContain(UNAUTH);
    expectProofsResolve(c, verdict);
  });

  it('is named from the STS role alone when the run did not mark the credentials', () => {
    const c = makeCase({
      steps: [makeSignIn(), makeCredentials(), makeUnauthorized()],
      records: [makeStsRecord({ requestParameters: { roleArn: UNAUTH } })],
      identityPool: { roles: { authenticated: AUTH, unauthenticated: UNAUTH } },
    });
    expect(explain(c).cause).toBe('guest-credentials-used');
  });

  it('names a guest call refused by a pool without guest access', () => {
    const c = makeCase({
      steps: [
        makeSignIn(),
        makeCredentials({
          outcome: 'error',
          error: {
            name: 'NotAuthorizedException',
            message: 'Unauthenticated access is not supported for this identity pool.',
          },
        }),
      ],
      records: [],
    });
    const verdict = explain(c);
    expect(verdict.cause).toBe('guest-credentials-used');
    expectProofsResolve(c, verdict);
  });
});
