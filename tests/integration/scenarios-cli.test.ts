import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../scripts/check-run.ts';
import { listScenarios } from '../../sandbox/scenarios/registry.ts';
import type { RunningSandbox } from '../../sandbox/src/server.ts';
import { startTestSandbox, switchScenario, UNCONFIRMED_VARIANTS } from './support/sandbox.ts';
import { tempDir } from '../../scripts/test-temp.ts';

/**
 * `npm run check` given only the sandbox's config document, as an engineer would run it: the CLI must apply the
 * scenario's run variant as the dashboard does, so every scenario comes out as the failure mode it declares.
 */
describe('every scenario through `npm run check --config <sandbox config>`', () => {
  let sandbox: RunningSandbox;
  let dir: string;
  beforeAll(async () => {
    ({ sandbox } = await startTestSandbox('healthy'));
    dir = await tempDir('authtrace-cli-');
  });
  afterAll(() => sandbox.close());

  describe.each(UNCONFIRMED_VARIANTS)('$name', ({ overrides }) => {
    for (const scenario of listScenarios()) {
      it(`${scenario.id} → ${scenario.expected}`, async () => {
        const config = await switchScenario(sandbox, scenario.id, overrides);
        const configFile = join(dir, `${scenario.id}.json`);
        const credentialsFile = join(dir, `${scenario.id}.env`);
        await writeFile(configFile, JSON.stringify(config));
        const { accessKeyId, secretAccessKey } = config.readOnlyCredentials;
        await writeFile(
          credentialsFile,
          `AWS_ACCESS_KEY_ID=${accessKeyId}\nAWS_SECRET_ACCESS_KEY=${secretAccessKey}\n`,
        );
        const out: string[] = [];
        const err: string[] = [];
        const args = ['--config', configFile, '--username', config.testUser.username];
        const code = await runCheck([...args, '--readonly-credentials', credentialsFile, '--json'], {
          out: (line) => out.push(line),
          err: (line) => err.push(line),
          env: { AUTHTRACE_PASSWORD: config.testUser.password },
        });
        const { verdict } = JSON.parse(out.join('\n')) as { verdict: { cause: string; confidence: string } };
        expect(verdict.cause, err.join('\n')).toBe(scenario.expected);
        expect(code).toBe(scenario.expected === 'healthy' ? 0 : 1);
      });
    }
  });
});
