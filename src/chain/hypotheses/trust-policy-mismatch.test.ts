import { describe, expect, it } from 'vitest';
import { explain } from '../fixtures/verdict';
import { expectProofsResolve } from '../fixtures/proofs';
import { makeCase, makeInvalidPoolConfig, makeSignIn, makeStsRecord } from '../fixtures/cases';

const invalid = makeInvalidPoolConfig();

describe('trust-policy-mismatch', () => {
  it('is proven by the failed STS record', () => {
    const c = makeCase({
      steps: [makeSignIn(), invalid],
      records: [makeStsRecord({ errorCode: 'AccessDenied', responseElements: null })],
    });
    const verdict = explain(c);
    expect(verdict.cause).toBe('trust-policy-mismatch');
    expect(verdict.confidence).toBe('proven');
    expectProofsResolve(c, verdict);
  });

  it('with the pool’s roles readable, no longer offers no-authenticated-role as the alternative', () => {
    const c = makeCase({
      steps: [makeSignIn(), invalid],
      records: [],
      identityPool: { roles: { authenticated: 'arn:aws:iam::111122223333:role/authtrace-demo-authenticated' } },
    });
    const verdict = explain(c);
    expect(verdict.cause).toBe('trust-policy-mismatch');
    expect(verdict.confidence).toBe('likely');
    expect(verdict.alternatives).toBeUndefined();
  });
});
