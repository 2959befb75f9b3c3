import { describe, expect, it } from 'vitest';
import { explain } from '../fixtures/verdict';
import { expectProofsResolve } from '../fixtures/proofs';
import { makeCase, makeCredentials, makeSignIn, makeUnauthorized } from '../fixtures/cases';

const skewed = makeUnauthorized({
  status: 403,
  errorType: 'InvalidSignatureException',
  errors: [
    {
      errorType: 'InvalidSignatureException',
      message: 'Signature expired: 20261124T083002Z is now earlier than 20261124T093502Z (20261124T094002Z - 5 min.)',
    },
  ],
  error: { name: 'ExpiredTokenException', message: 'The security token included in the request is expired' },
  clockSkewSeconds: -4200,
  calls: [
    {
      service: 'appsync',
      operation: 'GraphQL',
      at: '2026-11-24T08:30:02.000Z',
      durationMs: 5,
      status: 403,
      errorType: 'InvalidSignatureException',
      serverDate: 'Tue, 24 Nov 2026 09:40:02 GMT',
    },
    {
      service: 'appsync',
      operation: 'GraphQL',
      at: '2026-11-24T08:30:02.300Z',
      durationMs: 5,
      status: 401,
      errorType: 'ExpiredTokenException',
      serverDate: 'Tue, 24 Nov 2026 09:40:02 GMT',
    },
  ],
});

describe('clock-skew', () => {
  it('names the skew, not the expired credentials it causes after Amplify’s retry', () => {
    const c = makeCase({ steps: [makeSignIn(), makeCredentials(), skewed] });
    const verdict = explain(c);
    expect(verdict.cause).toBe('clock-skew');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.headline).toContain('70 min behind');
    expect(verdict.explanation).toContain('symptom of the skew');
    expectProofsResolve(c, verdict);
  });

  it('is named from the Date header alone when the message is not recorded', () => {
    const c = makeCase({ steps: [makeSignIn(), makeCredentials(), { ...skewed, errors: [] }] });
    expect(explain(c).cause).toBe('clock-skew');
  });
});
