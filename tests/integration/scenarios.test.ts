import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChain } from '@/aws/amplify-chain';
import { findStsRecord } from '@/aws/cloudtrail';
import { assembleCase } from '@/chain/assemble';
import { diagnose } from '@/chain/diagnose';
import { listScenarios } from '../../sandbox/scenarios/registry.ts';
import type { RunningSandbox } from '../../sandbox/src/server.ts';
import { startTestSandbox, switchScenario } from './support/sandbox.ts';

/**
 * The product's whole collection (real Amplify, real CloudTrail client) against every sandbox scenario:
 * the verdict must name the failure mode the scenario declares.
 */
describe('every scenario, collected and diagnosed end to end', () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    ({ sandbox } = await startTestSandbox('healthy'));
  });
  afterAll(() => sandbox.close());

  for (const scenario of listScenarios()) {
    it(`${scenario.id} → ${scenario.expected}`, async () => {
      const config = await switchScenario(sandbox, scenario.id);
      const { auth, data } = config.amplifyOutputs;
      const target = {
        region: config.region,
        userPoolId: auth.user_pool_id,
        userPoolClientId: auth.user_pool_client_id,
        identityPoolId: auth.identity_pool_id,
        graphqlEndpoint: data.url,
        apiId: config.apiId,
        authMode: 'iam' as const,
      };
      const createdAt = new Date().toISOString();
      const result = await runChain({
        connection: {
          target,
          endpoints: { cognitoIdp: sandbox.url, cognitoIdentity: sandbox.url, cloudtrail: sandbox.url },
        },
        username: config.testUser.username,
        password: config.testUser.password,
        flow: 'USER_SRP_AUTH',
        query: config.testQuery,
      });
      expect(result.signIn.outcome).toBe('ok');
      const issued = result.credentials;
      const found =
        issued && (issued.accessKeyId || issued.identityId)
          ? await findStsRecord({
              region: config.region,
              endpoint: sandbox.url,
              credentials: config.readOnlyCredentials,
              accessKeyId: issued.accessKeyId,
              identityId: issued.identityId,
              issuedAt: new Date(issued.at),
            })
          : { lookups: [] };
      // Issued credentials: the record that issued them. Failed ones: the failed STS call (trust policy cases).
      if (
        scenario.expected === 'healthy' ||
        scenario.expected.startsWith('role-policy') ||
        scenario.expected === 'trust-policy-mismatch'
      ) {
        expect(found.record, 'the STS record of this identity').toBeDefined();
      }
      const evidence = assembleCase({
        createdAt,
        target,
        steps: [result.signIn, result.credentials, result.graphql],
        records: found.record ? [found.record] : [],
        lookups: found.lookups,
      });
      expect(diagnose(evidence).cause).toBe(scenario.expected);
      // No secret of the run reaches the case.
      expect(JSON.stringify(evidence)).not.toContain(config.testUser.password);
      expect(JSON.stringify(evidence)).not.toMatch(/sessionToken/i);
    });
  }
});
