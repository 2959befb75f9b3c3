import { describe, expect, it } from 'vitest';
import { explain } from '../fixtures/verdict';
import { T0, makeCase, makeCredentials, makeSignIn } from '../fixtures/cases';
import { expectProofsResolve } from '../fixtures/proofs';

const exp = T0 / 1000 - 3600;
const now = T0 / 1000 + 1;

function expiredCase(message: string) {
  const signIn = makeSignIn();
  const claims = { ...signIn.idToken?.claims, iat: exp - 3600, exp };
  return makeCase({
    steps: [
      { ...signIn, idToken: { header: {}, claims } },
      makeCredentials({
        outcome: 'error',
        accessKeyId: undefined,
        expiration: undefined,
        error: { name: 'NotAuthorizedException', message },
      }),
    ],
    records: [],
  });
}

describe('token-expired', () => {
  it('is proven by the identity pool’s message and the token’s exp', () => {
    const c = expiredCase(`Invalid login token. Token expired: ${now} >= ${exp}`);
    const verdict = explain(c);
    expect(verdict.cause).toBe('token-expired');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.headline).toContain('60 min earlier');
    expectProofsResolve(c, verdict);
  });

  it('reads the numbers in either order', () => {
    const verdict = explain(expiredCase(`Invalid login token. Token expired: ${exp} >= ${now}`));
    expect(verdict.headline).toContain('60 min earlier');
  });
});
