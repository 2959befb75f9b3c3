import { describe, expect, it } from 'vitest';
import { explain } from '../fixtures/verdict';
import { expectProofsResolve } from '../fixtures/proofs';
import { iso, makeCase, makeCredentials, makeSignIn, makeUnauthorized } from '../fixtures/cases';

const expiredAnswer = {
  status: 401,
  errorType: 'ExpiredTokenException',
  errors: [{ errorType: 'ExpiredTokenException', message: 'The security token included in the request is expired' }],
  error: { name: 'ExpiredTokenException', message: 'The security token included in the request is expired' },
  clockSkewSeconds: 0,
  calls: [
    {
      service: 'appsync',
      operation: 'GraphQL',
      at: iso(3),
      durationMs: 5,
      status: 401,
      errorType: 'ExpiredTokenException',
    },
  ],
};

describe('credentials-expired', () => {
  it('is proven when the credentials expired before the request by the browser’s own clock', () => {
    const c = makeCase({
      steps: [
        makeSignIn(),
        makeCredentials({ expiration: iso(2) }),
        makeUnauthorized({ ...expiredAnswer, at: iso(3) }),
      ],
    });
    const verdict = explain(c);
    expect(verdict.cause).toBe('credentials-expired');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.brokenLink).toBe('credentials-valid-at-request');
    expect(verdict.links.find((l) => l.id === 'credentials-valid-at-request')?.status).toBe('broken');
    expectProofsResolve(c, verdict);
  });

  it('is likely, with clock skew as the alternative, when the expiration is still ahead by the browser’s clock', () => {
    const verdict = explain(makeCase({ steps: [makeSignIn(), makeCredentials(), makeUnauthorized(expiredAnswer)] }));
    expect(verdict.cause).toBe('credentials-expired');
    expect(verdict.confidence).toBe('likely');
    expect(verdict.alternatives).toEqual(['clock-skew']);
  });
});
