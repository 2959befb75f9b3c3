import { describe, expect, it } from 'vitest';
import type { Case } from '../case';
import { diagnose } from '../diagnose';
import { deriveFacts } from '../facts';
import { makeCase, makeCredentials, makeGraphql, makeSignIn, makeStsRecord, makeUnauthorized } from '../fixtures/cases';
import { expectProofsResolve } from '../fixtures/proofs';
import { explain } from '../fixtures/verdict';
import { render } from '../messages/catalog';
import { en } from '../messages/en';
import { guestCredentialsUsed } from './guest-credentials-used';

const UNAUTH = 'arn:aws:iam::111122223333:role/authtrace-demo-unauthenticated';
const AUTH = 'arn:aws:iam::111122223333:role/authtrace-demo-authenticated';
const assess = (c: Case) => guestCredentialsUsed.assess(deriveFacts(c));
const unauthRecord = () =>
  makeStsRecord({ requestParameters: { roleArn: UNAUTH, roleSessionName: 'CognitoIdentityCredentials' } });
// What a customer pastes on the offline page: the STS record and the 401, no sign-in and no pool roles.
const pasted = (records = [makeStsRecord()]) =>
  makeCase({ steps: [makeCredentials(), makeUnauthorized()], records, expectedRoleArn: undefined });

describe('guest-credentials-used', () => {
  it('is proven by guest credentials and the unauthenticated role in CloudTrail', () => {
    const c = makeCase({
      steps: [makeSignIn(), makeCredentials({ guest: true }), makeUnauthorized()],
      records: [unauthRecord()],
      identityPool: { roles: { authenticated: AUTH, unauthenticated: UNAUTH }, allowUnauthenticatedIdentities: true },
    });
    expect(assess(c).status).toBe('confirmed');
    const verdict = explain(c);
    expect(verdict.cause).toBe('guest-credentials-used');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.candidates.map((x) => x.id)).toEqual(['guest-credentials-used']);
    expect(verdict.ruledOut.find((r) => r.id === 'group-role-selected')?.reason).toBe(
      'The credentials were a guest’s: no group role applies.',
    );
    expect(verdict.headline).toContain(UNAUTH);
    expect(verdict.misleading).toContain('authMode');
    expectProofsResolve(c, verdict);
  });

  it('is confirmed from the STS role alone when the run did not mark the credentials', () => {
    const c = makeCase({
      steps: [makeSignIn(), makeCredentials(), makeUnauthorized()],
      records: [unauthRecord()],
      identityPool: { roles: { authenticated: AUTH, unauthenticated: UNAUTH } },
    });
    const a = assess(c);
    expect(a.status).toBe('confirmed');
    expect(render(a.reason, en)).toBe(`STS assumed the pool's unauthenticated role, ${UNAUTH}.`);
    const verdict = explain(c);
    expect(verdict.cause).toBe('guest-credentials-used');
    expect(verdict.candidates[0]).toMatchObject({ id: 'guest-credentials-used', status: 'confirmed' });
    expectProofsResolve(c, verdict);
  });

  it('names a guest call refused by a pool without guest access', () => {
    const c = makeCase({
      steps: [
        makeSignIn(),
        makeCredentials({
          outcome: 'error',
          error: {
            name: 'NotAuthorizedException',
            message: 'Unauthenticated access is not supported for this identity pool.',
          },
        }),
      ],
      records: [],
    });
    const verdict = explain(c);
    expect(verdict).toMatchObject({ cause: 'guest-credentials-used', confidence: 'proven', brokenLink: 'credentials' });
    expect(verdict.headline).toBe(
      'The app asked for credentials without its ID token, and the identity pool does not allow guests.',
    );
    expectProofsResolve(c, verdict);
  });

  it('is ruled out when the run requested credentials with the ID token, even before CloudTrail delivers', () => {
    const c = makeCase({ steps: [makeSignIn(), makeCredentials(), makeUnauthorized()], records: [] });
    const a = assess(c);
    expect(a.status).toBe('ruled-out');
    expect(render(a.reason, en)).toBe("The credentials were requested with the signed-in user's ID token.");
    expectProofsResolve(c, a);
  });

  it('is ruled out when STS assumed the pool’s authenticated role', () => {
    const c = { ...pasted(), identityPool: { roles: { authenticated: AUTH, unauthenticated: UNAUTH } } };
    const a = assess(c);
    expect(render(a.reason, en)).toBe(`STS assumed ${AUTH}, not the pool's unauthenticated role.`);
    expectProofsResolve(c, a);
  });

  it('is ruled out when the pool allows no guests', () => {
    const c = { ...pasted([]), identityPool: { roles: {}, allowUnauthenticatedIdentities: false } };
    expect(render(assess(c).reason, en)).toBe(
      'The identity pool does not allow guests, so it issues no guest credentials.',
    );
  });

  it('is ruled out when AppSync accepted the request', () => {
    const c = makeCase({ steps: [makeSignIn(), makeCredentials({ guest: true }), makeGraphql()] });
    expect(render(assess(c).reason, en)).toBe("AppSync did not refuse the caller's role: it answered HTTP 200.");
  });

  it('on a pasted 401, stays open without the pool’s roles, but never leads the role’s own policy', () => {
    const c = pasted();
    const a = assess(c);
    expect(a).toMatchObject({ status: 'consistent', speculative: true, decidedBy: { kind: 'identity-pool-roles' } });
    expect(render(a.reason, en)).toBe(
      `STS assumed ${AUTH}; whether it is the pool's unauthenticated role is not known.`,
    );
    const verdict = diagnose(c);
    expect(verdict.cause).not.toBe('guest-credentials-used');
    expect(verdict.confidence).toBe('likely');
    expect(verdict.candidates.find((x) => x.id === 'guest-credentials-used')).toMatchObject({ speculative: true });
  });

  it('on a field refused inside a 200, is not proven without the schema (a field without @aws_iam fits too)', () => {
    const refusedField = makeGraphql({
      outcome: 'error',
      errors: [{ errorType: 'Unauthorized', message: 'Not Authorized to access listNotes on type Query' }],
    });
    const c = makeCase({ steps: [makeSignIn(), makeCredentials({ guest: true }), refusedField], records: [] });
    const a = assess(c);
    expect(a).toMatchObject({ status: 'consistent', decidedBy: { kind: 'appsync-schema' } });
    expect(a.status === 'consistent' && a.speculative).toBeFalsy();
    expect(explain(c).confidence).toBe('likely');
  });
});
