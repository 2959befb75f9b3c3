import { describe, expect, it } from 'vitest';
import type { Case, GraphqlStep } from '../case';
import { deriveFacts } from '../facts';
import { TARGET, makeCase, makeCredentials, makeGraphql, makeSignIn, makeUnauthorized } from '../fixtures/cases';
import { expectProofsResolve } from '../fixtures/proofs';
import { explain } from '../fixtures/verdict';
import { render } from '../messages/catalog';
import { en } from '../messages/en';
import { apiLacksIamMode } from './api-lacks-iam-mode';

const assess = (c: Case) => apiLacksIamMode.assess(deriveFacts(c));
const SCOPE = { date: '20261124', region: 'us-east-1', service: 'appsync' };
const refusedWith = (message: string, overrides: Partial<GraphqlStep> = {}) =>
  makeCase({
    steps: [
      makeSignIn(),
      makeCredentials(),
      makeUnauthorized({
        errors: [{ errorType: 'UnauthorizedException', message }],
        signingScope: SCOPE,
        ...overrides,
      }),
    ],
  });

describe('api-lacks-iam-mode', () => {
  it('is confirmed, and proven, when AppSync read the signed request as a JWT', () => {
    const c = refusedWith('Unable to parse JWT token.');
    const assessment = assess(c);
    expect(assessment.status).toBe('confirmed');
    expect(render(assessment.reason, en)).toContain(
      'AppSync answered the IAM-signed request with "Unable to parse JWT token."',
    );
    expectProofsResolve(c, assessment);

    const verdict = explain(c);
    expect(verdict.cause).toBe('api-lacks-iam-mode');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.fix.policy).toEqual({ additionalAuthenticationProviders: [{ authenticationType: 'AWS_IAM' }] });
    expect(verdict.customerMessage).toContain(`Please add AWS_IAM to the API ${TARGET.apiId}`);
    // The IAM-decision modes step aside: AppSync never evaluated IAM.
    expect(verdict.ruledOut.find((r) => r.id === 'role-policy-resource-mismatch')?.reason).toBe(
      'AppSync could not read the request’s authorization ("Unable to parse JWT token."): it never evaluated IAM.',
    );
    expectProofsResolve(c, verdict);
  });

  it('stays consistent on "Valid authorization header not provided.", which a header lost on the way gives too', () => {
    const c = refusedWith('Valid authorization header not provided.');
    expect(assess(c)).toMatchObject({ status: 'consistent', decidedBy: { kind: 'api-auth-modes' } });
    const verdict = explain(c);
    expect(verdict).toMatchObject({
      cause: 'api-lacks-iam-mode',
      confidence: 'likely',
      next: { kind: 'api-auth-modes' },
    });
  });

  it('stays consistent when the case does not show the request was signed, decided by the app’s call code', () => {
    const c = refusedWith('Unable to parse JWT token.', { signingScope: undefined, signedWithAccessKeyId: undefined });
    const assessment = assess(c);
    expect(assessment.status).toBe('consistent');
    if (assessment.status === 'consistent') expect(assessment.decidedBy.kind).toBe('app-call-code');
    const verdict = explain(c);
    expect(verdict.confidence).toBe('likely');
    expect(verdict.candidates.map((x) => x.id)).toContain('api-lacks-iam-mode');
    expect(verdict.next?.kind).toBe('app-call-code');
  });

  it('stays consistent when Amplify hid AppSync’s text and the config does not name IAM, decided by the API’s modes', () => {
    const c = {
      ...refusedWith('Unauthorized'),
      target: { ...TARGET, authMode: 'userPool' as const },
    };
    const assessment = assess(c);
    expect(assessment.status).toBe('consistent');
    if (assessment.status !== 'consistent') return;
    expect(assessment.decidedBy.kind).toBe('api-auth-modes');
    expect(render(assessment.decidedBy.how, en)).toContain(`aws appsync get-graphql-api --api-id ${TARGET.apiId}`);
    // The IAM refusal fits as well: the role's policies still split the most candidates.
    const verdict = explain(c);
    expect(verdict.candidates.map((x) => x.id)).toEqual([
      'api-lacks-iam-mode',
      'role-policy-resource-mismatch',
      'role-policy-missing-action',
      'explicit-deny',
    ]);
    expect(verdict.next?.kind).toBe('role-policies');
  });

  it('is ruled out when Amplify hid AppSync’s text but the app config names AWS_IAM as the API’s mode', () => {
    const c = refusedWith('Unauthorized');
    const assessment = assess(c);
    expect(assessment.status).toBe('ruled-out');
    expect(render(assessment.reason, en)).toBe(
      'Amplify hid AppSync’s message, but the app config names AWS_IAM as the API’s authorization mode.',
    );
    expectProofsResolve(c, assessment);
  });

  it('is ruled out by IAM’s own refusal ("Permission denied"): AppSync evaluated the request as IAM', () => {
    const c = refusedWith('Permission denied');
    const assessment = assess(c);
    expect(assessment.status).toBe('ruled-out');
    expect(render(assessment.reason, en)).toContain('"Permission denied"');
    expectProofsResolve(c, assessment);
  });

  it('is ruled out when AppSync checked the signature', () => {
    const c = makeCase({
      steps: [
        makeSignIn(),
        makeCredentials(),
        makeGraphql({
          outcome: 'error',
          status: 403,
          errorType: 'InvalidSignatureException',
          errors: [
            { errorType: 'InvalidSignatureException', message: 'Credential should be scoped to a valid region.' },
          ],
        }),
      ],
    });
    const assessment = assess(c);
    expect(render(assessment.reason, en)).toBe(
      'AppSync checked the request’s SigV4 signature (InvalidSignatureException), which it does only for an AWS_IAM mode.',
    );
    expectProofsResolve(c, assessment);
  });

  it('is ruled out when AppSync accepted the IAM request, or the call did not use IAM', () => {
    expect(render(assess(makeCase()).reason, en)).toBe(
      'AppSync accepted the IAM-signed request (HTTP 200): the API has an AWS_IAM mode.',
    );
    const c = refusedWith('Valid authorization header not provided.', { authMode: 'userPool' });
    expect(render(assess(c).reason, en)).toBe('The call used authMode userPool, not IAM.');
    expectProofsResolve(c, assess(c));
  });
});
