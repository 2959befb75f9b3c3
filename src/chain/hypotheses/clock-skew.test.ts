import { describe, expect, it } from 'vitest';
import type { Case } from '../case';
import { diagnose } from '../diagnose';
import { deriveFacts } from '../facts';
import { iso, makeCase, makeCredentials, makeSignIn, makeUnauthorized } from '../fixtures/cases';
import { expectProofsResolve } from '../fixtures/proofs';
import { explain } from '../fixtures/verdict';
import { render } from '../messages/catalog';
import { en } from '../messages/en';
import { clockSkew } from './clock-skew';

const assess = (c: Case) => clockSkew.assess(deriveFacts(c));
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
const expiredToken = (overrides: Parameters<typeof makeUnauthorized>[0] = {}) =>
  makeUnauthorized({
    status: 401,
    errorType: 'ExpiredTokenException',
    errors: [{ errorType: 'ExpiredTokenException', message: 'The security token included in the request is expired' }],
    ...overrides,
  });

describe('clock-skew', () => {
  it('names the skew, not the expired credentials it causes after Amplify’s retry', () => {
    const c = makeCase({ steps: [makeSignIn(), makeCredentials(), skewed] });
    expect(assess(c).status).toBe('confirmed');
    const verdict = explain(c);
    expect(verdict.cause).toBe('clock-skew');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.candidates.map((x) => x.id)).toEqual(['clock-skew']);
    expect(verdict.ruledOut.find((r) => r.id === 'credentials-expired')?.reason).toContain('clock skew');
    expect(verdict.headline).toContain('70 min behind');
    expect(verdict.explanation).toContain('symptom of the skew');
    expect(verdict.explanation).toContain('which expire at 2026-11-24 09:30:01 UTC by the browser');
    expectProofsResolve(c, verdict);
  });

  it('is named from the Date header alone when the message is not recorded', () => {
    const c = makeCase({ steps: [makeSignIn(), makeCredentials(), { ...skewed, errors: [] }] });
    expect(explain(c)).toMatchObject({ cause: 'clock-skew', confidence: 'proven' });
    expect(render(assess(c).reason, en)).toBe("The browser's clock was 70 min behind AppSync's Date header.");
  });

  it('is ruled out by a clock measured within 5 minutes of AppSync’s', () => {
    const c = makeCase({ steps: [makeSignIn(), makeCredentials(), makeUnauthorized({ clockSkewSeconds: 2 })] });
    const a = assess(c);
    expect(a.status).toBe('ruled-out');
    expect(render(a.reason, en)).toBe("The browser's clock was within 2 s of AppSync's Date header.");
    expectProofsResolve(c, a);
  });

  it('is ruled out when AppSync got past the signature’s time to an IAM decision', () => {
    const c = makeCase({ steps: [makeSignIn(), makeCredentials(), makeUnauthorized()] });
    expect(render(assess(c).reason, en)).toBe(
      "AppSync did not refuse the signature's time: it answered HTTP 401 UnauthorizedException.",
    );
  });

  it('is ruled out when the credentials had expired by the browser’s own clock', () => {
    const c = makeCase({
      steps: [makeSignIn(), makeCredentials({ expiration: iso(2) }), expiredToken({ at: iso(3) })],
    });
    const a = assess(c);
    expect(a.status).toBe('ruled-out');
    expectProofsResolve(c, a);
  });

  it('stays open, and leads, when AWS says expired while the browser’s clock holds the credentials valid', () => {
    const c = makeCase({ steps: [makeSignIn(), makeCredentials(), expiredToken()] });
    const a = assess(c);
    expect(a).toMatchObject({ status: 'consistent', decidedBy: { kind: 'device-clock' } });
    const verdict = explain(c);
    expect(verdict.cause).toBe('clock-skew');
    expect(verdict.candidates.map((x) => x.id)).toEqual(['clock-skew', 'credentials-expired']);
    expect(verdict.next?.kind).toBe('device-clock');
    expect(verdict.headline).toContain('the device clock may be behind');
    expectProofsResolve(c, verdict);
  });

  it('is only speculative when no expiration is known: expired credentials lead', () => {
    const c = makeCase({ steps: [makeSignIn(), makeCredentials({ expiration: undefined }), expiredToken()] });
    expect(assess(c)).toMatchObject({ status: 'consistent', speculative: true });
    const verdict = diagnose(c);
    expect(verdict.cause).toBe('credentials-expired');
    expect(verdict.candidates.map((x) => x.id)).toEqual(['credentials-expired', 'clock-skew']);
  });
});
