import { describe, expect, it } from 'vitest';
import type { Case } from '../case';
import { deriveFacts } from '../facts';
import { TARGET, makeCase, makeCredentials, makeGraphql, makeSignIn, makeUnauthorized } from '../fixtures/cases';
import { expectProofsResolve } from '../fixtures/proofs';
import { explain } from '../fixtures/verdict';
import { render } from '../messages/catalog';
import { en } from '../messages/en';
import { authModeMismatch } from './auth-mode-mismatch';

const assess = (c: Case) => authModeMismatch.assess(deriveFacts(c));
// A run records that the token went bare (no "Bearer " prefix, which would decide bearer-prefix instead).
const userPoolCall = (message: string, errorType = 'UnauthorizedException', status = 401) =>
  makeUnauthorized({
    authMode: 'userPool',
    status,
    errorType,
    signedWithAccessKeyId: undefined,
    authorizationScheme: 'bare',
    errors: [{ errorType, message }],
  });
const noCredentials = makeGraphql({
  outcome: 'error',
  status: undefined,
  requestId: undefined,
  signedWithAccessKeyId: undefined,
  error: { name: 'NoCredentials', message: 'No credentials' },
});

describe('auth-mode-mismatch', () => {
  it('is confirmed, and proven, when the call used another mode than the config’s and AppSync refused it', () => {
    const c = makeCase({
      steps: [makeSignIn(), makeCredentials(), userPoolCall('Valid authorization header not provided.')],
    });
    const assessment = assess(c);
    expect(assessment.status).toBe('confirmed');
    expectProofsResolve(c, assessment);

    const verdict = explain(c);
    expect(verdict.cause).toBe('auth-mode-mismatch');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.headline).toBe("The call used authMode userPool, but the API's rule for it expects iam.");
    expectProofsResolve(c, verdict);
  });

  it('reads AWS’s answer to a JWT sent to an IAM-only API (IncompleteSignatureException) as the same refusal', () => {
    const message =
      "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization=<redacted>";
    const c = makeCase({
      steps: [makeSignIn(), makeCredentials(), userPoolCall(message, 'IncompleteSignatureException', 403)],
    });
    expect(assess(c).status).toBe('confirmed');
    expect(explain(c).cause).toBe('auth-mode-mismatch');
  });

  it('is confirmed for an IAM call that Amplify could not sign although the identity pool issued credentials', () => {
    const c = makeCase({ steps: [makeSignIn(), makeCredentials(), noCredentials], records: [] });
    const assessment = assess(c);
    expect(assessment.status).toBe('confirmed');
    expect(render(assessment.reason, en)).toBe(
      'Amplify threw "No credentials" before sending anything: the IAM call had no identity pool credentials.',
    );
    const verdict = explain(c);
    expect(verdict.cause).toBe('auth-mode-mismatch');
    expectProofsResolve(c, verdict);
  });

  it('stays open for "No credentials" while the identity pool’s answer is not in the evidence', () => {
    // Amplify v5 turns every credentials failure into "No credentials": a pool that refused fits as well.
    const c = makeCase({ steps: [makeSignIn(), noCredentials], records: [] });
    expect(c.target.identityPoolId).toBeTruthy();
    const assessment = assess(c);
    expect(assessment).toMatchObject({ status: 'consistent', decidedBy: { kind: 'run-chain' } });
    const verdict = explain(c);
    expect(verdict).toMatchObject({ cause: 'auth-mode-mismatch', confidence: 'likely' });
    expect(verdict.next?.ask).toContain('fetchAuthSession()');
    expectProofsResolve(c, verdict);
  });

  it('is ruled out when the identity pool refused the credentials first', () => {
    const c = makeCase({
      steps: [
        makeSignIn(),
        makeCredentials({
          outcome: 'error',
          accessKeyId: undefined,
          error: {
            name: 'NotAuthorizedException',
            message: 'Token is not from a supported provider of this identity pool.',
          },
        }),
        noCredentials,
      ],
      records: [],
    });
    const assessment = assess(c);
    expect(render(assessment.reason, en)).toBe(
      'The identity pool refused the credentials first: that, not the mode, left the IAM call without credentials.',
    );
    expectProofsResolve(c, assessment);
  });

  it('stays consistent when the call used the config’s own mode, decided by the API’s modes', () => {
    const c = makeCase({
      target: { ...TARGET, authMode: 'userPool' },
      steps: [makeSignIn(), makeCredentials(), userPoolCall('Valid authorization header not provided.')],
    });
    const assessment = assess(c);
    expect(assessment.status).toBe('consistent');
    if (assessment.status === 'consistent') expect(assessment.decidedBy.kind).toBe('api-auth-modes');
    const verdict = explain(c);
    expect(verdict.confidence).toBe('likely');
    expect(verdict.next?.kind).toBe('api-auth-modes');
  });

  it('stays consistent, with api-lacks-iam-mode, when AppSync could not read a call the case does not show signed', () => {
    const c = makeCase({
      steps: [
        makeUnauthorized({
          signedWithAccessKeyId: undefined,
          errors: [{ errorType: 'UnauthorizedException', message: 'Unable to parse JWT token.' }],
        }),
      ],
      records: [],
    });
    const assessment = assess(c);
    expect(assessment.status).toBe('consistent');
    if (assessment.status === 'consistent') expect(assessment.decidedBy.kind).toBe('app-call-code');
    const verdict = explain(c);
    expect(verdict.candidates.map((x) => x.id)).toEqual(['api-lacks-iam-mode', 'auth-mode-mismatch']);
    expect(verdict.next?.kind).toBe('app-call-code');
  });

  it('is ruled out for an IAM-signed call (the IAM modes judge it)', () => {
    const c = makeCase({ steps: [makeSignIn(), makeCredentials(), makeUnauthorized()] });
    const assessment = assess(c);
    expect(render(assessment.reason, en)).toBe(
      'The call was IAM-signed: how AppSync treated IAM is the question of the IAM-specific failure modes.',
    );
    expectProofsResolve(c, assessment);
  });

  it('is ruled out when AppSync accepted the call, or read its token and found it expired', () => {
    const accepted = makeCase({
      steps: [makeSignIn(), makeGraphql({ authMode: 'userPool', signedWithAccessKeyId: undefined })],
    });
    expect(render(assess(accepted).reason, en)).toBe('AppSync accepted the userPool call.');
    const expired = makeCase({ steps: [makeSignIn(), userPoolCall('Token has expired.')] });
    expect(assess(expired).status).toBe('ruled-out');
    expectProofsResolve(expired, assess(expired));
  });
});
