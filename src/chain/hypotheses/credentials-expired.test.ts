import { describe, expect, it } from 'vitest';
import type { Case } from '../case';
import { deriveFacts } from '../facts';
import { iso, makeCase, makeCredentials, makeSignIn, makeUnauthorized } from '../fixtures/cases';
import { expectProofsResolve } from '../fixtures/proofs';
import { explain } from '../fixtures/verdict';
import { render } from '../messages/catalog';
import { en } from '../messages/en';
import { credentialsExpired } from './credentials-expired';

const assess = (c: Case) => credentialsExpired.assess(deriveFacts(c));
const expiredAnswer = {
  status: 401,
  errorType: 'ExpiredTokenException',
  errors: [{ errorType: 'ExpiredTokenException', message: 'The security token included in the request is expired' }],
  error: { name: 'ExpiredTokenException', message: 'The security token included in the request is expired' },
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
        makeUnauthorized({ ...expiredAnswer, clockSkewSeconds: 0, at: iso(3) }),
      ],
    });
    expect(assess(c).status).toBe('confirmed');
    const verdict = explain(c);
    expect(verdict.cause).toBe('credentials-expired');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.candidates.map((x) => x.id)).toEqual(['credentials-expired']);
    expect(verdict.brokenLink).toBe('credentials-valid-at-request');
    expect(verdict.headline).toBe('The request was signed with credentials that had expired 1 s earlier.');
    expect(verdict.links.find((l) => l.id === 'credentials-valid-at-request')?.status).toBe('broken');
    expectProofsResolve(c, verdict);
  });

  it('is proven when the clock was measured in sync, whatever the recorded expiration says', () => {
    const c = makeCase({
      steps: [makeSignIn(), makeCredentials(), makeUnauthorized({ ...expiredAnswer, clockSkewSeconds: 0 })],
    });
    const a = assess(c);
    expect(a.status).toBe('confirmed');
    expect(render(a.reason, en)).toContain("the browser's clock was within 0 s of AppSync's");
    expect(explain(c)).toMatchObject({ cause: 'credentials-expired', confidence: 'proven' });
  });

  it('is likely, with clock skew leading, when by the browser’s unmeasured clock the credentials were valid for another hour', () => {
    // Before the differential: "likely credentials-expired, alternative clock-skew". The same two candidates now come
    // in chain order: the browser's clock disagreeing with AWS's by an hour points to the clock first.
    const c = makeCase({ steps: [makeSignIn(), makeCredentials(), makeUnauthorized(expiredAnswer)] });
    const a = assess(c);
    expect(a).toMatchObject({ status: 'consistent', decidedBy: { kind: 'device-clock' } });
    const verdict = explain(c);
    expect(verdict.confidence).toBe('likely');
    expect(verdict.candidates.map((x) => x.id)).toEqual(['clock-skew', 'credentials-expired']);
    expect(verdict.next?.kind).toBe('device-clock');
  });

  it('is ruled out, pointing at the clock, when the skew is proven', () => {
    const c = makeCase({
      steps: [makeSignIn(), makeCredentials(), makeUnauthorized({ ...expiredAnswer, clockSkewSeconds: -4200 })],
    });
    const a = assess(c);
    expect(a.status).toBe('ruled-out');
    expect(render(a.reason, en)).toBe(
      "The device's clock is off (see the clock skew): that explains AppSync's expired-token answer.",
    );
    expect(a.proofs.map((p) => p.pointer)).toContain('/steps/2/clockSkewSeconds');
    expectProofsResolve(c, a);
  });

  it('is ruled out when AppSync did not say the token had expired', () => {
    const c = makeCase({ steps: [makeSignIn(), makeCredentials({ expiration: iso(0) }), makeUnauthorized()] });
    expect(render(assess(c).reason, en)).toBe(
      'AppSync did not say the security token had expired: it answered HTTP 401 UnauthorizedException.',
    );
  });
});
