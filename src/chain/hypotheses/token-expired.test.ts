import { describe, expect, it } from 'vitest';
import type { Case } from '../case';
import { diagnose } from '../diagnose';
import { deriveFacts } from '../facts';
import { T0, makeCase, makeCredentials, makeSignIn } from '../fixtures/cases';
import { expectProofsResolve } from '../fixtures/proofs';
import { explain } from '../fixtures/verdict';
import { render } from '../messages/catalog';
import { en } from '../messages/en';
import { ja } from '../messages/ja';
import { renderVerdict } from '../messages/render-verdict';
import { tokenExpired } from './token-expired';

const exp = T0 / 1000 - 3600;
const now = T0 / 1000 + 1;
const assess = (c: Case) => tokenExpired.assess(deriveFacts(c));

function expiredCase(message: string, tokenExp = exp) {
  const signIn = makeSignIn();
  const claims = { ...signIn.idToken?.claims, iat: tokenExp - 3600, exp: tokenExp };
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
    expect(assess(c).status).toBe('confirmed');
    const verdict = explain(c);
    expect(verdict.cause).toBe('token-expired');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.candidates.map((x) => x.id)).toEqual(['token-expired']);
    expect(verdict.brokenLink).toBe('credentials');
    expect(verdict.headline).toContain('60 min earlier');
    expect(verdict.explanation).toContain(
      'The token expired at 2026-11-24 07:30:00 UTC (issued 2026-11-24 06:30:00 UTC)',
    );
    expect(verdict.explanation).toContain("2026-11-24 08:30:01 UTC by the identity pool's clock");
    expectProofsResolve(c, verdict);
  });

  it('reads the numbers in either order', () => {
    const verdict = explain(expiredCase(`Invalid login token. Token expired: ${exp} >= ${now}`));
    expect(verdict.headline).toContain('60 min earlier');
  });

  it('writes times, never AWS’s epoch numbers, in either language', () => {
    const c = expiredCase(`Invalid login token. Token expired: ${now} >= ${exp}`);
    for (const catalog of [en, ja]) {
      const v = renderVerdict(diagnose(c), catalog);
      for (const text of [v.headline, v.explanation, v.customerMessage, v.fix.summary])
        expect(text).not.toMatch(/\d{10}/);
    }
    expect(renderVerdict(diagnose(c), ja).customerMessage).toContain('いただけますでしょうか');
  });

  it('says when the device’s clock still held the token valid, which is why Amplify did not refresh it', () => {
    // By the browser's clock (credentials asked at T0+1) the token is valid until T0+600; AWS's clock says expired.
    const late = T0 / 1000 + 900;
    const c = expiredCase(`Invalid login token. Token expired: ${late} >= ${T0 / 1000 + 600}`, T0 / 1000 + 600);
    expect(explain(c).explanation).toContain('the device clock is behind AWS');
  });

  it('is ruled out once the identity pool accepted the token', () => {
    const c = makeCase();
    const a = assess(c);
    expect(a.status).toBe('ruled-out');
    expect(render(a.reason, en)).toBe('The identity pool accepted the ID token and issued credentials.');
    expectProofsResolve(c, a);
  });

  it('is ruled out by another refusal of the token', () => {
    const c = expiredCase("Invalid login token. Couldn't verify signed token.");
    const a = assess(c);
    expect(render(a.reason, en)).toBe('The identity pool refused with another error (NotAuthorizedException).');
    expectProofsResolve(c, a);
  });
});
