import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectCase } from '@/aws/investigate';
import { diagnose } from '@/chain/diagnose';
import { listScenarios } from '../../sandbox/scenarios/registry.ts';
import type { RunningSandbox } from '../../sandbox/src/server.ts';
import { connectionFrom, startTestSandbox, switchScenario, UNCONFIRMED_VARIANTS } from './support/sandbox.ts';

/** Scenarios whose read-only principal cannot read the evidence that decides (the seed hides the customer's IAM). */
const HIDDEN: Record<string, { open: string[]; next: string }> = {
  'role-policy-resource-mismatch': {
    open: ['role-policy-resource-mismatch', 'role-policy-missing-action', 'explicit-deny'],
    next: 'role-policies',
  },
};

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
        // With the read-only credentials every other mode is ruled out by evidence, unless the scenario hides the
        // evidence that decides: then the verdict stays likely and asks for it.
        const hidden = HIDDEN[scenario.id];
        expect({
          confidence: verdict.confidence,
          open: verdict.candidates.map((c) => c.id),
          next: verdict.next?.kind,
        }).toEqual(
          hidden
            ? { confidence: 'likely', open: hidden.open, next: hidden.next }
            : { confidence: 'proven', open: [scenario.expected], next: undefined },
        );
        // No secret of the run reaches the case.
        const text = JSON.stringify(evidence);
        expect(text).not.toContain(config.testUser.password);
        expect(text).not.toContain(config.readOnlyCredentials.secretAccessKey);
        expect(text).not.toMatch(/sessionToken/i);
      });
    }
  });
});
