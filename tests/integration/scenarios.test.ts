import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectCase } from '@/aws/investigate';
import { diagnose } from '@/chain/diagnose';
import { listScenarios } from '../../sandbox/scenarios/registry.ts';
import type { RunningSandbox } from '../../sandbox/src/server.ts';
import { connectionFrom, startTestSandbox, switchScenario, UNCONFIRMED_VARIANTS } from './support/sandbox.ts';

/**
 * The product's whole collection (real Amplify, real AWS SDK clients) against every sandbox scenario:
 * the verdict must name the failure mode the scenario declares.
 */
describe('every scenario, collected and diagnosed end to end', () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    ({ sandbox } = await startTestSandbox('healthy'));
  });
  afterAll(() => sandbox.close());

  describe.each(UNCONFIRMED_VARIANTS)('$name', ({ overrides }) => {
    for (const scenario of listScenarios()) {
      it(`${scenario.id} → ${scenario.expected}`, async () => {
        const config = await switchScenario(sandbox, scenario.id, overrides);
        const evidence = await collectCase({
          connection: connectionFrom(config),
          username: config.testUser.username,
          password: config.testUser.password,
          flow: 'USER_SRP_AUTH',
          query: config.testQuery,
          readOnly: config.readOnlyCredentials,
          testRun: config.testRun,
        });
        const verdict = diagnose(evidence);
        expect(verdict.cause, JSON.stringify(verdict.headline)).toBe(scenario.expected);
        // No secret of the run reaches the case.
        const text = JSON.stringify(evidence);
        expect(text).not.toContain(config.testUser.password);
        expect(text).not.toContain(config.readOnlyCredentials.secretAccessKey);
        expect(text).not.toMatch(/sessionToken/i);
      });
    }
  });
});
