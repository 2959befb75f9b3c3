import { describe, expect, it } from 'vitest';
import type { Case, Lookup } from './case';
import {
  ACCESS_KEY_ID,
  FIELD_ARN,
  ROLE_ARN,
  T0,
  iso,
  makeCase,
  makeCredentials,
  makeSignIn,
  makeStsRecord,
  makeUnauthorized,
} from './fixtures/cases';
import { planNext, RECORD_POLL_MS, type PlanContext } from './plan';

const live: PlanContext = { canRun: true, canRead: true, recordDeadline: T0 + 15 * 60_000, now: T0 + 5_000 };
const kinds = (c: Case, context = live) => {
  const plan = planNext(c, context);
  return plan.next === 'done' ? 'done' : { next: plan.next, kinds: plan.asks.map((a) => a.kind) };
};
const lookup = (overrides: Partial<Lookup>): Lookup => ({
  source: 'cloudtrail',
  ask: 'sts-record-by-identity',
  query: {},
  calls: 1,
  outcome: 'not-found',
  cli: '',
  at: iso(3),
  ...overrides,
});
const failedRun = (overrides: Partial<Case> = {}) =>
  makeCase({
    steps: [makeSignIn(), makeCredentials(), makeUnauthorized()],
    records: [],
    expectedRoleArn: undefined,
    ...overrides,
  });

describe('planNext', () => {
  it('runs the chain first, and nothing more without read-only credentials', () => {
    expect(kinds(makeCase({ steps: [], records: [] }))).toEqual({ next: 'ask', kinds: ['run-chain'] });
    expect(kinds(failedRun(), { ...live, canRead: false })).toBe('done');
    expect(kinds(makeCase({ steps: [], records: [] }), { ...live, canRun: false })).toBe('done');
  });

  it('looks for the STS record alone first: the role it shows decides which policies to read', () => {
    const plan = planNext(failedRun(), live);
    expect(plan).toEqual({
      next: 'ask',
      asks: [{ kind: 'sts-record', accessKeyId: ACCESS_KEY_ID, identityId: expect.any(String), issuedAt: iso(1) }],
    });
  });

  it('then reads the pool, the logs, the policies of the role in question, and AWS’s simulation when IAM is hidden', () => {
    let c = failedRun({ records: [makeStsRecord()], lookups: [lookup({ outcome: 'found' })] });
    expect(kinds(c)).toEqual({ next: 'ask', kinds: ['identity-pool', 'appsync-logs'] });
    c = {
      ...c,
      lookups: [
        ...c.lookups,
        lookup({ source: 'cognito-identity', ask: 'identity-pool' }),
        lookup({ source: 'logs', ask: 'appsync-logs', subject: 'req-1' }),
      ],
    };
    expect(planNext(c, live)).toEqual({ next: 'ask', asks: [{ kind: 'role-policies', roleArn: ROLE_ARN }] });
    c = {
      ...c,
      lookups: [
        ...c.lookups,
        lookup({ source: 'iam', ask: 'role-policies', subject: 'authtrace-demo-authenticated', outcome: 'denied' }),
      ],
    };
    expect(planNext(c, live)).toEqual({
      next: 'ask',
      asks: [{ kind: 'simulate-policy', roleArn: ROLE_ARN, action: 'appsync:GraphQL', resources: [FIELD_ARN] }],
    });
    c = {
      ...c,
      lookups: [
        ...c.lookups,
        lookup({ source: 'iam', ask: 'simulate-policy', subject: 'authtrace-demo-authenticated' }),
      ],
    };
    expect(kinds(c)).toBe('done');
  });

  it('reads no policies when the request succeeded', () => {
    const ok = makeCase({ records: [makeStsRecord()], lookups: [lookup({ outcome: 'found' })] });
    expect(kinds(ok)).toEqual({ next: 'ask', kinds: ['identity-pool'] });
    expect(
      kinds({ ...ok, lookups: [...ok.lookups, lookup({ source: 'cognito-identity', ask: 'identity-pool' })] }),
    ).toBe('done');
  });

  it('looks again for an undelivered record every 15 s until the deadline, then gives up', () => {
    const read = [
      lookup({ source: 'cognito-identity', ask: 'identity-pool' }),
      lookup({ source: 'logs', ask: 'appsync-logs', subject: 'req-1' }),
      lookup({ source: 'iam', ask: 'role-policies', subject: 'authtrace-demo-authenticated', outcome: 'denied' }),
      lookup({ source: 'iam', ask: 'simulate-policy', subject: 'authtrace-demo-authenticated' }),
    ];
    const c = failedRun({ expectedRoleArn: ROLE_ARN, lookups: [lookup({}), ...read] });
    expect(planNext(c, live)).toMatchObject({
      next: 'wait',
      until: Date.parse(iso(3)) + RECORD_POLL_MS,
      asks: [{ kind: 'sts-record' }],
    });
    expect(kinds(c, { ...live, recordDeadline: T0 })).toBe('done');
  });

  it('stops looking when CloudTrail refuses (the denial is kept in the case as the answer)', () => {
    const c = failedRun({ lookups: [lookup({ outcome: 'denied' })] });
    expect(kinds(c)).toEqual({ next: 'ask', kinds: ['identity-pool', 'appsync-logs'] });
  });

  it('with failed credentials, looks for the identity’s failed STS call instead of a key', () => {
    const c = makeCase({
      steps: [makeSignIn(), makeCredentials({ outcome: 'error', accessKeyId: undefined })],
      records: [],
    });
    expect(planNext(c, live)).toEqual({
      next: 'ask',
      asks: [{ kind: 'sts-record', identityId: expect.any(String), issuedAt: iso(1) }],
    });
    // The failed record names the role STS refused: its trust policy (read with the role) decides.
    const found = { ...c, records: [makeStsRecord({ errorCode: 'AccessDenied', accessKeyId: '' })] };
    expect(kinds(found)).toEqual({ next: 'ask', kinds: ['identity-pool', 'role-policies'] });
  });
});
