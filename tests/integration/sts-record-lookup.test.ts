import { afterEach, describe, expect, it } from 'vitest';
import { runChain } from '@/aws/amplify-chain';
import { findStsRecord } from '@/aws/cloudtrail';
import type { RunningSandbox, ScenarioOverrides } from '../../sandbox/src/server.ts';
import { connectionFrom, startTestSandbox } from './support/sandbox.ts';

/** The product's STS-record search (src/aws/cloudtrail.ts) against the sandbox's CloudTrail behaviours. */
describe('findStsRecord', () => {
  let sandbox: RunningSandbox | undefined;
  afterEach(async () => {
    await sandbox?.close();
    sandbox = undefined;
  });

  async function issueCredentials(overrides: ScenarioOverrides) {
    const started = await startTestSandbox('healthy', overrides);
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
    if (!issued?.accessKeyId) throw new Error('no credentials issued');
    return {
      region: config.region,
      endpoint: started.sandbox.url,
      credentials: config.readOnlyCredentials,
      accessKeyId: issued.accessKeyId,
      identityId: issued.identityId,
      issuedAt: new Date(issued.at),
    };
  }

  it('finds the record with one selective call among 2,000 unrelated events', async () => {
    const search = await issueCredentials({ noiseEvents: 2000 });
    const found = await findStsRecord(search);
    expect(found.record?.eventName).toBe('AssumeRoleWithWebIdentity');
    expect(found.lookups).toEqual([expect.objectContaining({ outcome: 'found', calls: 1 })]);
    expect(found.lookups[0]?.cli).toContain('AttributeKey=Username');
    expect(JSON.stringify(found.record)).not.toMatch(/sessionToken/);
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
