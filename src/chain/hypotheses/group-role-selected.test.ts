import { describe, expect, it } from 'vitest';
import type { Case } from '../case';
import { diagnose } from '../diagnose';
import { deriveFacts } from '../facts';
import {
  TARGET,
  makeCase,
  makeCredentials,
  makeGraphql,
  makeSignIn,
  makeStsRecord,
  makeUnauthorized,
} from '../fixtures/cases';
import { expectProofsResolve } from '../fixtures/proofs';
import { explain } from '../fixtures/verdict';
import { render } from '../messages/catalog';
import { en } from '../messages/en';
import { groupRoleSelected } from './group-role-selected';

const VIEWERS = 'arn:aws:iam::111122223333:role/authtrace-demo-viewers';
const AUTH = 'arn:aws:iam::111122223333:role/authtrace-demo-authenticated';
const PROVIDER = `cognito-idp.us-east-1.amazonaws.com/${TARGET.userPoolId}`;
const assess = (c: Case) => groupRoleSelected.assess(deriveFacts(c));

function groupSignIn() {
  const signIn = makeSignIn();
  const claims = {
    ...signIn.idToken?.claims,
    'cognito:groups': ['viewers'],
    'cognito:roles': [VIEWERS],
    'cognito:preferred_role': VIEWERS,
  };
  return { ...signIn, idToken: { header: {}, claims } };
}
const pool = {
  roles: { authenticated: AUTH },
  roleMappings: { [PROVIDER]: { Type: 'Token', AmbiguousRoleResolution: 'AuthenticatedRole' } },
};
const viewersRecord = () => makeStsRecord({ requestParameters: { roleArn: VIEWERS } });

describe('group-role-selected', () => {
  it('is confirmed when CloudTrail shows the group role, not the pool default, and leads the verdict', () => {
    const c = makeCase({
      steps: [groupSignIn(), makeCredentials(), makeUnauthorized()],
      records: [viewersRecord()],
      identityPool: pool,
      expectedRoleArn: VIEWERS,
    });
    const a = assess(c);
    expect(a.status).toBe('confirmed');
    expect(render(a.reason, en)).toBe(
      `STS assumed the group role ${VIEWERS}, not the pool's default authenticated role.`,
    );
    const verdict = explain(c);
    // The IAM-decision modes read the same 401 on the group role's policies; group-role-selected, earlier in the
    // chain, leads them.
    expect(verdict.cause).toBe('group-role-selected');
    expect(verdict.candidates[0]).toMatchObject({ id: 'group-role-selected', status: 'confirmed' });
    expect(verdict.ruledOut.map((r) => r.id)).toContain('guest-credentials-used');
    // The pool's mapping chose the group's role as configured: the role link holds, AppSync's authorization breaks.
    expect(verdict.links.find((l) => l.id === 'role-is-expected')?.status).toBe('holds');
    expect(verdict.brokenLink).toBe('appsync-authorized');
    expect(verdict.headline).toBe(
      `The identity pool chose the group role ${VIEWERS}, not ${AUTH}, and that role may not make this call.`,
    );
    expect(verdict.fix.policy).toMatchObject({ Statement: [{ Action: 'appsync:GraphQL' }] });
    expectProofsResolve(c, verdict);
  });

  it('stays open from the token and the pool’s mapping until CloudTrail shows the role', () => {
    const c = makeCase({
      steps: [groupSignIn(), makeCredentials(), makeUnauthorized()],
      records: [],
      identityPool: pool,
    });
    const a = assess(c);
    expect(a).toMatchObject({ status: 'consistent', decidedBy: { kind: 'sts-record' } });
    expect(a.status === 'consistent' && a.speculative).toBeFalsy();
    expect(render(a.reason, en)).toBe(`The user's group carries ${VIEWERS}, which the identity pool may have chosen.`);
    const verdict = explain(c);
    expect(verdict.cause).toBe('group-role-selected');
    expect(verdict.confidence).toBe('likely');
    expectProofsResolve(c, verdict);
  });

  it('is ruled out when the default role was assumed', () => {
    const c = makeCase({
      steps: [makeSignIn(), makeCredentials(), makeUnauthorized()],
      identityPool: { roles: { authenticated: AUTH } },
    });
    const a = assess(c);
    expect(render(a.reason, en)).toBe(`STS assumed the pool's default authenticated role, ${AUTH}.`);
    expectProofsResolve(c, a);
    expect(explain(c).cause).toBe('role-policy-resource-mismatch');
  });

  it('is ruled out by a token without group roles, before CloudTrail delivers', () => {
    const c = makeCase({ steps: [makeSignIn(), makeCredentials(), makeUnauthorized()], records: [] });
    const a = assess(c);
    expect(render(a.reason, en)).toBe(
      'The ID token carries no group role (no cognito:roles or cognito:preferred_role).',
    );
    expectProofsResolve(c, a);
  });

  it('is ruled out when the pool has no role mapping: the token’s roles are ignored', () => {
    const c = makeCase({
      steps: [groupSignIn(), makeCredentials(), makeUnauthorized()],
      records: [],
      identityPool: { roles: { authenticated: AUTH } },
    });
    expect(render(assess(c).reason, en)).toBe(
      `The identity pool's role settings give this user its default authenticated role, ${AUTH}.`,
    );
  });

  it('is ruled out for guest credentials and when AppSync answered', () => {
    const guest = makeCase({ steps: [makeSignIn(), makeCredentials({ guest: true }), makeUnauthorized()] });
    expect(render(assess(guest).reason, en)).toBe('The credentials were a guest’s: no group role applies.');
    const ok = makeCase({ steps: [groupSignIn(), makeCredentials(), makeGraphql()] });
    expect(render(assess(ok).reason, en)).toBe("AppSync did not refuse the caller's role: it answered HTTP 200.");
  });

  it('on a field refused inside a 200, is not proven without the schema (a field without @aws_iam fits too)', () => {
    const refusedField = makeGraphql({
      outcome: 'error',
      errors: [{ errorType: 'Unauthorized', message: 'Not Authorized to access listNotes on type Query' }],
    });
    const c = makeCase({
      steps: [groupSignIn(), makeCredentials(), refusedField],
      records: [viewersRecord()],
      identityPool: pool,
    });
    const a = assess(c);
    expect(a).toMatchObject({ status: 'consistent', decidedBy: { kind: 'appsync-schema' } });
    expect(a.status === 'consistent' && a.decidedBy.how).toMatchObject({
      params: { apiId: TARGET.apiId, field: 'Query.listNotes' },
    });
    const verdict = explain(c);
    expect(verdict.confidence).toBe('likely');
    expect(verdict.candidates.map((x) => x.id)).toContain('group-role-selected');
    expectProofsResolve(c, verdict);
  });

  it('on a pasted 401 with the STS record only, stays open (is it the default role?) but never leads', () => {
    const c = makeCase({
      steps: [makeCredentials(), makeUnauthorized()],
      records: [viewersRecord()],
      expectedRoleArn: undefined,
    });
    const a = assess(c);
    expect(a).toMatchObject({ status: 'consistent', speculative: true, decidedBy: { kind: 'identity-pool-roles' } });
    expect(diagnose(c).cause).not.toBe('group-role-selected');
  });
});
