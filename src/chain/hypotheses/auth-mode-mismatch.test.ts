import { describe, expect, it } from 'vitest';
import { explain } from '../fixtures/verdict';
import { expectProofsResolve } from '../fixtures/proofs';
import { makeCase, makeCredentials, makeGraphql, makeSignIn, makeUnauthorized } from '../fixtures/cases';

describe('auth-mode-mismatch', () => {
  it('is proven when the call used another mode than the config’s and AppSync refused it', () => {
    const c = makeCase({
      steps: [
        makeSignIn(),
        makeCredentials(),
        makeUnauthorized({
          authMode: 'userPool',
          signedWithAccessKeyId: undefined,
          errors: [{ errorType: 'UnauthorizedException', message: 'Valid authorization header not provided.' }],
        }),
      ],
    });
    const verdict = explain(c);
    expect(verdict.cause).toBe('auth-mode-mismatch');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.headline).toBe("The call used authMode userPool, but the API's rule for it expects iam.");
    expectProofsResolve(c, verdict);
  });

  it('names an IAM call that Amplify could not sign for lack of credentials', () => {
    const c = makeCase({
      steps: [
        makeSignIn(),
        makeGraphql({
          outcome: 'error',
          status: undefined,
          requestId: undefined,
          signedWithAccessKeyId: undefined,
          error: { name: 'NoCredentials', message: 'No credentials' },
        }),
      ],
    });
    const verdict = explain(c);
    expect(verdict.cause).toBe('auth-mode-mismatch');
    expectProofsResolve(c, verdict);
  });
});
