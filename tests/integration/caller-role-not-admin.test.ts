import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectCase } from '@/aws/investigate';
import { diagnose } from '@/chain/diagnose';
import { chainSteps } from '@/chain/evidence';
import type { RunningSandbox } from '../../sandbox/src/server.ts';
import { connectionFrom, startTestSandbox, switchScenario } from './support/sandbox.ts';

/**
 * A function's role signs the request (run variant `signAs`: STS AssumeRole with the identity pool credentials, then
 * Amplify signs with the session): the whole investigation finds CloudTrail's AssumeRole record of the signing key,
 * reads the resolver, and proves caller-role-not-admin with both.
 */
describe('caller-role-not-admin, collected end to end', () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    ({ sandbox } = await startTestSandbox('healthy'));
  });
  afterAll(() => sandbox.close());

  it('signs as the function’s role, finds its AssumeRole record and proves the missing admin role', async () => {
    const config = await switchScenario(sandbox, 'caller-role-not-admin');
    const evidence = await collectCase({
      connection: connectionFrom(config),
      username: config.testUser.username,
      password: config.testUser.password,
      flow: 'USER_SRP_AUTH',
      query: config.testQuery,
      readOnly: config.readOnlyCredentials,
      testRun: config.testRun,
    });
    const { graphql, credentials } = chainSteps(evidence);
    expect(graphql?.status).toBe(200);
    expect(graphql?.signedWithAccessKeyId).toBeDefined();
    expect(graphql?.signedWithAccessKeyId).not.toBe(credentials?.accessKeyId);
    expect(graphql?.signedAs?.sessionArn).toMatch(/assumed-role\/amplify-authtracedemo-main-exportFunctionServiceRole/);
    expect(graphql?.calls.map((c) => `${c.service}:${c.operation}:${c.status ?? ''}`)).toContain('sts:AssumeRole:200');
    // The STS lane shows who was assumed: the AssumeRole record that issued the signing key.
    const assumeRole = evidence.records.find((r) => r.eventName === 'AssumeRole');
    expect(assumeRole?.responseElements).toMatchObject({
      credentials: { accessKeyId: graphql?.signedWithAccessKeyId },
    });
    const verdict = diagnose(evidence);
    expect([verdict.cause, verdict.confidence], JSON.stringify(verdict.candidates)).toEqual([
      'caller-role-not-admin',
      'proven',
    ]);
    const pointers = verdict.proofs.map((p) => p.pointer);
    expect(pointers.some((p) => p.startsWith('/appsync/resolvers/0/'))).toBe(true);
    expect(pointers.some((p) => p.startsWith('/records/') && p.endsWith('/assumedRoleUser/arn'))).toBe(true);
    expect(JSON.stringify(evidence)).not.toMatch(/sessionToken|SecretAccessKey/i);
  });
});
