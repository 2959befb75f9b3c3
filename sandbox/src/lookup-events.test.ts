import { describe, expect, it } from 'vitest';
import { AUTH_ROLE_ARN, IDENTITY_POOL_ID } from '../scenarios/base-account.ts';
import { healthy } from '../scenarios/healthy.ts';
import { trustPolicyMismatch } from '../scenarios/trust-policy-mismatch.ts';
import type { SandboxContext } from './context.ts';
import { AwsError } from './http.ts';
import { lookupEvents, type LookupEventsOutput } from './lookup-events.ts';
import type { Scenario } from './scenario.ts';
import { cognitoOrigin } from './sts-record.ts';
import { testContext } from './test-support/identity-fixtures.ts';
import { recordWebIdentityCall, trailOf } from './trail.ts';

function scenarioWith(cloudtrail: Partial<Scenario['cloudtrail']>, base: Scenario = healthy): Scenario {
  return { ...base, cloudtrail: { ...base.cloudtrail, ...cloudtrail } };
}

/** A successful Cognito STS record for `identityId` at the context's current time. */
async function stsCall(ctx: SandboxContext, identityId: string, accessKeyId = 'ASIAEXAMPLEEXAMPLE00') {
  return recordWebIdentityCall(ctx, {
    at: ctx.now(),
    region: 'us-east-1',
    roleArn: AUTH_ROLE_ARN,
    sessionName: 'CognitoIdentityCredentials',
    durationSeconds: 3600,
    identityPoolId: IDENTITY_POOL_ID,
    identityId,
    origin: cognitoOrigin('us-east-1'),
    requestId: 'req',
    outcome: {
      credentials: { accessKeyId, sessionToken: 'token', expiration: ctx.now() + 3_600_000, assumedRoleId: 'AROAX:s' },
    },
  });
}

/** Runs a call with throttling out of the way (each call one virtual second later). */
async function lookup(ctx: SandboxContext, clock: { now: number }, input: Record<string, unknown> = {}) {
  clock.now += 1000;
  return lookupEvents(ctx, input);
}

async function rejection(promise: Promise<unknown>): Promise<AwsError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AwsError)) throw new Error(`expected an AwsError, got ${String(error)}`);
  return error;
}

const byUser = (identityId: string) => ({
  LookupAttributes: [{ AttributeKey: 'Username', AttributeValue: identityId }],
});

describe('lookupEvents', () => {
  it('returns the STS record in LookupEvents shape, attributed to the identity id and the role', async () => {
    const { ctx, clock } = testContext(healthy);
    const stored = await stsCall(ctx, 'us-east-1:mine');
    const { Events } = await lookup(ctx, clock, byUser('us-east-1:mine'));
    expect(Events).toHaveLength(1);
    const [event] = Events;
    expect(event).toMatchObject({
      EventId: stored.record.eventID,
      EventName: 'AssumeRoleWithWebIdentity',
      EventSource: 'sts.amazonaws.com',
      ReadOnly: 'true',
      Username: 'us-east-1:mine',
      EventTime: Math.floor(stored.at / 1000),
      Resources: [{ ResourceType: 'AWS::IAM::Role', ResourceName: AUTH_ROLE_ARN }],
    });
    expect(event && 'AccessKeyId' in event).toBe(false);
    const record = JSON.parse(event?.CloudTrailEvent ?? '{}') as Record<string, unknown>;
    expect(record).toMatchObject({
      userIdentity: {
        type: 'WebIdentityUser',
        principalId: `cognito-identity.amazonaws.com:${IDENTITY_POOL_ID}:us-east-1:mine`,
        userName: 'us-east-1:mine',
        identityProvider: 'cognito-identity.amazonaws.com',
      },
      requestParameters: {
        roleArn: AUTH_ROLE_ARN,
        roleSessionName: 'CognitoIdentityCredentials',
        durationSeconds: 3600,
      },
      responseElements: {
        credentials: { accessKeyId: 'ASIAEXAMPLEEXAMPLE00', expiration: 'Nov 24, 2026, 9:30:00 AM' },
        subjectFromWebIdentityToken: 'us-east-1:mine',
        assumedRoleUser: {
          arn: 'arn:aws:sts::111122223333:assumed-role/authtrace-demo-authenticated/CognitoIdentityCredentials',
        },
        provider: 'cognito-identity.amazonaws.com',
        audience: IDENTITY_POOL_ID,
      },
      eventTime: '2026-11-24T08:30:00Z',
      resources: [{ ARN: AUTH_ROLE_ARN, accountId: '111122223333', type: 'AWS::IAM::Role' }],
      eventType: 'AwsApiCall',
      managementEvent: true,
      eventCategory: 'Management',
      recipientAccountId: '111122223333',
    });
  });

  it('filters by each lookup attribute', async () => {
    const { ctx, clock } = testContext(healthy);
    await stsCall(ctx, 'us-east-1:a');
    await stsCall(ctx, 'us-east-1:b');
    const count = async (AttributeKey: string, AttributeValue: string) =>
      (await lookup(ctx, clock, { LookupAttributes: [{ AttributeKey, AttributeValue }] })).Events.length;
    expect(await count('Username', 'us-east-1:a')).toBe(1);
    expect(await count('EventName', 'AssumeRoleWithWebIdentity')).toBe(2);
    expect(await count('EventSource', 'sts.amazonaws.com')).toBe(2);
    expect(await count('ResourceName', AUTH_ROLE_ARN)).toBe(2);
    expect(await count('ResourceType', 'AWS::IAM::Role')).toBe(2);
    expect(await count('ReadOnly', 'false')).toBe(0);
    expect(await count('AccessKeyId', 'ASIAEXAMPLEEXAMPLE00')).toBe(0);
    const [first] = (await lookup(ctx, clock)).Events;
    expect(await count('EventId', first?.EventId ?? '')).toBe(1);
  });

  it('answers CloudTrail validation errors', async () => {
    const { ctx, clock } = testContext(healthy);
    const two = [
      { AttributeKey: 'Username', AttributeValue: 'a' },
      { AttributeKey: 'EventName', AttributeValue: 'b' },
    ];
    expect((await rejection(lookup(ctx, clock, { LookupAttributes: two }))).code).toBe(
      'InvalidLookupAttributesException',
    );
    const unknownKey = [{ AttributeKey: 'RoleArn', AttributeValue: 'x' }];
    expect((await rejection(lookup(ctx, clock, { LookupAttributes: unknownKey }))).code).toBe(
      'InvalidLookupAttributesException',
    );
    expect((await rejection(lookup(ctx, clock, { MaxResults: 0 }))).code).toBe('InvalidMaxResultsException');
    expect((await rejection(lookup(ctx, clock, { MaxResults: 51 }))).code).toBe('InvalidMaxResultsException');
    expect((await rejection(lookup(ctx, clock, { StartTime: 2_000_000_000, EndTime: 1_000_000_000 }))).code).toBe(
      'InvalidTimeRangeException',
    );
    expect((await rejection(lookup(ctx, clock, { NextToken: 'garbage' }))).code).toBe('InvalidNextTokenException');
  });

  it('pages newest first with an opaque token bound to the query', async () => {
    const { ctx, clock } = testContext(healthy);
    for (const id of ['1', '2', '3', '4', '5']) {
      clock.now += 1000;
      await stsCall(ctx, `us-east-1:${id}`);
    }
    const seen: string[] = [];
    let page: LookupEventsOutput = await lookup(ctx, clock, { MaxResults: 2 });
    const firstToken = page.NextToken;
    for (;;) {
      seen.push(...page.Events.map((e) => e.Username ?? ''));
      if (!page.NextToken) break;
      page = await lookup(ctx, clock, { MaxResults: 2, NextToken: page.NextToken });
    }
    expect(seen).toEqual(['us-east-1:5', 'us-east-1:4', 'us-east-1:3', 'us-east-1:2', 'us-east-1:1']);
    const other = { MaxResults: 2, NextToken: firstToken, ...byUser('us-east-1:1') };
    expect((await rejection(lookup(ctx, clock, other))).code).toBe('InvalidNextTokenException');
  });

  it('keeps to the time window, compared at one-second precision', async () => {
    const { ctx, clock } = testContext(healthy);
    const stored = await stsCall(ctx, 'us-east-1:t');
    const second = Math.floor(stored.at / 1000);
    expect((await lookup(ctx, clock, { StartTime: second, EndTime: second })).Events).toHaveLength(1);
    expect((await lookup(ctx, clock, { StartTime: second + 1 })).Events).toHaveLength(0);
    expect((await lookup(ctx, clock, { StartTime: second - 60, EndTime: second - 1 })).Events).toHaveLength(0);
  });

  it('shows a record only after the delivery delay', async () => {
    const { ctx, clock } = testContext(scenarioWith({ deliveryDelaySeconds: 300 }));
    await stsCall(ctx, 'us-east-1:late');
    expect((await lookup(ctx, clock, byUser('us-east-1:late'))).Events).toHaveLength(0);
    clock.now += 300_000;
    expect((await lookup(ctx, clock, byUser('us-east-1:late'))).Events).toHaveLength(1);
  });

  it('throttles beyond the calls allowed per second with "Rate exceeded"', async () => {
    const { ctx, clock } = testContext(healthy);
    await lookupEvents(ctx, {});
    await lookupEvents(ctx, {});
    const error = await rejection(lookupEvents(ctx, {}));
    expect(error).toMatchObject({ status: 400, code: 'ThrottlingException', message: 'Rate exceeded' });
    clock.now += 1001;
    await expect(lookupEvents(ctx, {})).resolves.toBeDefined();
  });

  it('seeds noise once: other identities on the same role, so only the Username lookup is selective', async () => {
    const { ctx, clock } = testContext(scenarioWith({ noiseEvents: 300 }));
    await stsCall(ctx, 'us-east-1:mine');
    expect(await trailOf(ctx)).toHaveLength(301);
    const mine = await lookup(ctx, clock, byUser('us-east-1:mine'));
    expect(mine.Events).toHaveLength(1);
    const byName = await lookup(ctx, clock, {
      LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'AssumeRoleWithWebIdentity' }],
    });
    expect(byName.Events).toHaveLength(50);
    expect(byName.NextToken).toBeDefined();
    const noise = byName.Events.map((e) => JSON.parse(e.CloudTrailEvent) as { requestParameters: { roleArn: string } });
    expect(noise.every((r) => r.requestParameters.roleArn === AUTH_ROLE_ARN)).toBe(true);
    // Spread over a day around the run (a busy app's sign-ins): most before, some still to come.
    const times = (await trailOf(ctx)).map((e) => e.at);
    expect(ctx.now() - Math.min(...times)).toBeGreaterThan(12 * 3600_000);
    expect(ctx.now() - Math.min(...times)).toBeLessThanOrEqual(23 * 3600_000);
    expect(Math.max(...times) - ctx.now()).toBeGreaterThan(0);
    expect(Math.max(...times) - ctx.now()).toBeLessThanOrEqual(3600_000);
  });

  it('selects a WebIdentityUser event by identity id only when the scenario says Username does (unconfirmed)', async () => {
    const { ctx, clock } = testContext({ ...healthy, unconfirmed: { usernameSelectsIdentityId: false } });
    await stsCall(ctx, 'us-east-1:mine');
    clock.now += 1000;
    expect((await lookup(ctx, clock, byUser('us-east-1:mine'))).Events).toHaveLength(0);
    const byName = await lookup(ctx, clock, {
      LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'AssumeRoleWithWebIdentity' }],
    });
    expect(byName.Events).toHaveLength(1);
    expect(byName.Events[0]).not.toHaveProperty('Username');
  });

  it("answers each region's events only: the global STS endpoint's land in us-east-1", async () => {
    const { ctx, clock } = testContext({ ...healthy, region: 'eu-west-1' });
    await stsCall(ctx, 'eu-west-1:mine');
    clock.now += 1000;
    const byName = { LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'AssumeRoleWithWebIdentity' }] };
    clock.now += 1000;
    expect((await lookupEvents(ctx, byName, 'us-east-1')).Events).toHaveLength(1);
    clock.now += 1000;
    expect((await lookupEvents(ctx, byName, 'eu-west-1')).Events).toHaveLength(0);
  });

  it('makes other users fail too when the role does not trust the pool', async () => {
    const { ctx, clock } = testContext(scenarioWith({ noiseEvents: 40 }, trustPolicyMismatch));
    const { Events } = await lookup(ctx, clock, {
      LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'AssumeRoleWithWebIdentity' }],
    });
    expect(Events.length).toBeGreaterThan(0);
    expect(
      Events.every((e) => (JSON.parse(e.CloudTrailEvent) as { errorCode?: string }).errorCode === 'AccessDenied'),
    ).toBe(true);
  });
});
