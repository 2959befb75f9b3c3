import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectCase } from '@/aws/investigate';
import { chainSteps } from '@/chain/evidence';
import { checkLinks } from '@/chain/links';
import type { RunningSandbox } from '../../sandbox/src/server.ts';
import { connectionFrom, startTestSandbox } from './support/sandbox.ts';
import type { SandboxConfig } from '../../sandbox/src/config.ts';

/**
 * AWS_IAM as an additional mode (the API defaults to user pools; the app's call uses IAM): the run must get the
 * identity pool credentials it signs with, so no card says "no credentials" beside "signed with ASIA…".
 */
describe('a run against an API with IAM as an additional mode', () => {
  let sandbox: RunningSandbox;
  let config: SandboxConfig;
  beforeAll(async () => {
    ({ sandbox, config } = await startTestSandbox('field-lacks-iam-directive'));
  });
  afterAll(() => sandbox.close());

  it('records the credentials the request was signed with', async () => {
    const connection = connectionFrom(config);
    expect(connection.target.authMode).toBe('userPool');
    const evidence = await collectCase({
      connection,
      username: config.testUser.username,
      password: config.testUser.password,
      flow: 'USER_SRP_AUTH',
      query: config.testQuery,
      ...(config.testRun ? { testRun: config.testRun } : {}),
    });
    const { credentials, graphql } = chainSteps(evidence);
    expect(credentials?.outcome).toBe('ok');
    expect(graphql?.signedWithAccessKeyId).toMatch(/^ASIA/);
    expect(credentials?.accessKeyId).toBe(graphql?.signedWithAccessKeyId);
    expect(checkLinks(evidence).find((l) => l.id === 'request-signed-with-key')?.status).toBe('holds');
  });

  it('gets credentials from the pasted config alone: its additional modes, not the scenario’s run variant', async () => {
    // The config as pasted into Connect (the same reader): the API defaults to user pools, IAM is an additional mode.
    const connection = connectionFrom(config);
    expect(connection.apiAuthModes).toContain('iam');
    const run = (c: typeof connection) =>
      collectCase({
        connection: c,
        username: config.testUser.username,
        password: config.testUser.password,
        flow: 'USER_SRP_AUTH',
        query: config.testQuery,
      });
    const { credentials } = chainSteps(await run(connection));
    expect(credentials?.outcome).toBe('ok');
    expect(credentials?.accessKeyId).toMatch(/^ASIA/);
    // The contrast: the same default mode without the list gets none (what the dashboard did before).
    const { target, endpoints } = connection;
    expect(chainSteps(await run({ target, endpoints })).credentials).toBeUndefined();
  });
});
