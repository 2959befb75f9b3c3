import { afterEach, describe, expect, it } from 'vitest';
import { runChain } from '@/aws/amplify-chain';
import { findStsRecord } from '@/aws/cloudtrail';
import { issueTime } from '@/chain/plan';
import type { RunningSandbox, ScenarioOverrides } from '../../sandbox/src/server.ts';
import { connectionFrom, startTestSandbox } from './support/sandbox.ts';

/** The product's STS-record search (src/aws/cloudtrail.ts) against the sandbox's CloudTrail behaviours. */
describe('findStsRecord', () => {
  let sandbox: RunningSandbox | undefined;
  afterEach(async () => {
    await sandbox?.close();
    sandbox = undefined;
  });

  async function issueCredentials(overrides: ScenarioOverrides, scenarioId = 'healthy') {
    const started = await startTestSandbox(scenarioId, overrides);
    sandbox = started.sandbox;
    const { config } = started;
    const result = await runChain({
      connection: connectionFrom(config),
      username: config.testUser.username,
      password: config.testUser.password,
      flow: 'USER_PASSWORD_AUTH',
      query: config.testQuery,
    });
    const issued = result.credentials;
    if (!issued?.identityId) throw new Error('no identity');
    return {
      region: config.region,
      endpoint: started.sandbox.url,
      credentials: config.readOnlyCredentials,
      ...(issued.accessKeyId ? { accessKeyId: issued.accessKeyId } : {}),
      identityId: issued.identityId,
      issuedAt: new Date(issueTime(issued)),
    };
  }

  // A busy app's day: 10,000 events, 60 % of them other users' sign-ins on the same role.
  const BUSY_DAY = 10_000;

  it('finds the record with one selective call among a busy day of events, when Username selects', async () => {
    const search = await issueCredentials({ noiseEvents: BUSY_DAY });
    const found = await findStsRecord(search);
    expect(found.record?.eventName).toBe('AssumeRoleWithWebIdentity');
    expect(found.lookups).toEqual([expect.objectContaining({ outcome: 'found', calls: 1 })]);
    expect(found.lookups[0]?.cli).toContain('AttributeKey=Username');
    expect(JSON.stringify(found.record)).not.toMatch(/sessionToken/);
  });

  it('finds it in two calls when Username does not select (unconfirmed): the narrow EventName window', async () => {
    const search = await issueCredentials({
      noiseEvents: BUSY_DAY,
      unconfirmed: { usernameSelectsIdentityId: false },
    });
    const found = await findStsRecord(search);
    expect(found.record?.responseElements).toMatchObject({ credentials: { accessKeyId: search.accessKeyId } });
    expect(found.lookups.map((l) => [l.ask, l.outcome, l.calls])).toEqual([
      ['sts-record-by-identity', 'not-found', 1],
      ['sts-record-by-event-name', 'found', 1],
    ]);
    expect(found.lookups[1]?.cli).toContain('AttributeKey=EventName,AttributeValue=AssumeRoleWithWebIdentity');
  });

  it('finds a failed call (no credentials) by the same EventName window when Username does not select', async () => {
    const search = await issueCredentials(
      { noiseEvents: BUSY_DAY, unconfirmed: { usernameSelectsIdentityId: false } },
      'trust-policy-mismatch',
    );
    expect(search.accessKeyId).toBeUndefined();
    const found = await findStsRecord(search);
    expect(found.record).toMatchObject({ errorCode: 'AccessDenied', userIdentity: { userName: search.identityId } });
    expect(found.lookups.reduce((sum, l) => sum + l.calls, 0)).toBeLessThanOrEqual(2);
  });

  it('looks in us-east-1 too: the global STS endpoint records its calls there', async () => {
    // The sandbox account lives in us-east-1; a pool in eu-west-1 is pretended by searching from there.
    const search = await issueCredentials({ stsEndpoint: 'global', unconfirmed: { usernameSelectsIdentityId: false } });
    const found = await findStsRecord({ ...search, region: 'eu-west-1' });
    expect(found.record?.awsRegion).toBe('us-east-1');
    expect(found.lookups.map((l) => [l.subject, l.ask, l.outcome])).toEqual([
      ['eu-west-1', 'sts-record-by-identity', 'not-found'],
      ['eu-west-1', 'sts-record-by-event-name', 'not-found'],
      ['us-east-1', 'sts-record-by-identity', 'not-found'],
      ['us-east-1', 'sts-record-by-event-name', 'found'],
    ]);
    expect(found.lookups[3]?.cli).toContain('--region us-east-1');
  });

  it('backs off on ThrottlingException instead of failing', async () => {
    const search = await issueCredentials({ lookupCallsPerSecond: 1 });
    const results = await Promise.all([findStsRecord(search), findStsRecord(search), findStsRecord(search)]);
    for (const result of results) expect(result.record).toBeDefined();
    const calls = results.flatMap((r) => r.lookups).reduce((sum, l) => sum + l.calls, 0);
    expect(calls).toBeGreaterThan(3); // some calls were throttled and retried
  });

  it('reports "not found yet" while CloudTrail has not delivered the record', async () => {
    const search = await issueCredentials({ deliveryDelaySeconds: 600 });
    const found = await findStsRecord(search);
    expect(found.record).toBeUndefined();
    expect(found.lookups.map((l) => l.outcome)).toEqual(['not-found', 'not-found']);
  });
});
