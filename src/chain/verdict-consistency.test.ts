import { describe, expect, it } from 'vitest';
import type { Case } from './case';
import { diagnose } from './diagnose';
import {
  FIELD_ARN,
  TARGET,
  allowOn,
  makeCase,
  makeCredentials,
  makeDeniedCase,
  makeSignIn,
  makeStsRecord,
  makeUnauthorized,
} from './fixtures/cases';
import { explain } from './fixtures/verdict';

const VIEWERS = 'arn:aws:iam::111122223333:role/authtrace-demo-viewers';
const AUTH = 'arn:aws:iam::111122223333:role/authtrace-demo-authenticated';
const PROVIDER = `cognito-idp.us-east-1.amazonaws.com/${TARGET.userPoolId}`;

function groupSignIn() {
  const signIn = makeSignIn();
  const claims = { ...signIn.idToken?.claims, 'cognito:groups': ['viewers'], 'cognito:preferred_role': VIEWERS };
  return { ...signIn, idToken: { header: {}, claims } };
}
const groupPool = {
  roles: { authenticated: AUTH },
  roleMappings: { [PROVIDER]: { Type: 'Token', AmbiguousRoleResolution: 'AuthenticatedRole' } },
};
const viewersRecord = () => makeStsRecord({ requestParameters: { roleArn: VIEWERS } });

const CASES: Record<string, Case> = {
  'group role chosen by the mapping': makeCase({
    steps: [groupSignIn(), makeCredentials(), makeUnauthorized()],
    records: [viewersRecord()],
    identityPool: groupPool,
    expectedRoleArn: VIEWERS,
  }),
  'group role assumed, the default expected': makeCase({
    steps: [groupSignIn(), makeCredentials(), makeUnauthorized()],
    records: [viewersRecord()],
    expectedRoleArn: AUTH,
  }),
  'seed denial, CloudTrail not delivered': makeDeniedCase([
    { name: 'p', kind: 'inline', document: allowOn('arn:aws:appsync:us-east-1:999999999999:apis/old/*') },
  ]),
  'seed denial, no policies, no record': makeDeniedCase(undefined, { records: [] }),
  healthy: makeCase(),
};

describe('what the verdict says agrees with the links and the evidence', () => {
  it.each(Object.entries(CASES))('%s: the broken link named is never one the links say holds', (_, c) => {
    const verdict = diagnose(c);
    if (verdict.cause === 'healthy') {
      expect(verdict.brokenLink).toBeNull();
      return;
    }
    const named = verdict.links.find((l) => l.id === verdict.brokenLink);
    // A break before the links (sign-in, credentials) names no link; a link id must be one of the case's links.
    if (verdict.brokenLink === 'sign-in' || verdict.brokenLink === 'credentials') expect(named).toBeUndefined();
    else expect(named?.status, String(verdict.brokenLink)).toMatch(/^(broken|unproven)$/);
  });

  it('names role-is-expected when STS assumed another role than the expected one', () => {
    const verdict = diagnose(CASES['group role assumed, the default expected'] as Case);
    expect(verdict.links.find((l) => l.id === 'role-is-expected')?.status).toBe('broken');
    expect(verdict.brokenLink).toBe('role-is-expected');
  });

  it('says "CloudTrail shows" only once the STS record is in the case', () => {
    const waiting = makeDeniedCase(
      [{ name: 'p', kind: 'inline', document: allowOn(FIELD_ARN.replace('listNotes', 'getNote')) }],
      {
        records: [],
      },
    );
    const delivered = { ...waiting, records: [makeStsRecord()] };
    expect(explain(waiting).explanation).not.toMatch(/CloudTrail shows/);
    expect(explain(waiting).explanation).toMatch(/no CloudTrail record/);
    expect(explain(delivered).explanation).toMatch(/CloudTrail shows STS issued/);
  });
});
